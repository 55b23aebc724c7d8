import type { INodeProperties } from 'n8n-workflow';

import { choice, collection, optionList, shown } from '../../shared/fields';

/**
 * JFramework's pickers (a searchable list, or the ID), its sort options, and its enumerations.
 * The fields themselves are built with the shared vocabulary (nodes/shared/fields.ts).
 */

type Send = { type: 'body' | 'query'; property: string };

/** The records that have a list in JFramework, so their IDs can be picked from it. */
const KINDS = {
	coupon: { name: 'couponId', displayName: 'Coupon', search: 'searchCoupons', what: 'the coupon (search by name or code)' },
	feature: { name: 'featureId', displayName: 'Feature', search: 'searchFeatures', what: 'the feature (search by name or code)' },
	invoice: { name: 'invoiceId', displayName: 'Invoice', search: 'searchInvoices', what: 'the invoice (search by code or name)' },
	license: { name: 'licenseId', displayName: 'License', search: 'searchLicenses', what: 'the license (search by license code)' },
	package: { name: 'packageId', displayName: 'Package', search: 'searchPackages', what: 'the package' },
	payment: { name: 'paymentId', displayName: 'Payment', search: 'searchPayments', what: 'the payment (search by code)' },
	price: { name: 'priceId', displayName: 'Price', search: 'searchPrices', what: 'the price' },
	subscriptionType: {
		name: 'subscriptionTypeId',
		displayName: 'Subscription Type',
		search: 'searchSubscriptionTypes',
		what: 'the subscription type (billing period)',
	},
	wallet: { name: 'walletId', displayName: 'Wallet', search: 'searchWallets', what: 'the wallet (of the user behind the credential)' },
} as const;

export type RecordKind = keyof typeof KINDS;

/** The parameter name a record kind's picker uses (packageId, couponId, …). */
export const idParameter = (kind: RecordKind): string => KINDS[kind].name;
export const recordLabel = (kind: RecordKind): string => KINDS[kind].displayName;

/**
 * An optional picker for one record (inside a collection: filters, additional fields), sent where
 * `send` says; without `send`, the operation places the ID itself.
 */
export function optionalLocator(
	kind: RecordKind,
	send: Send | undefined,
	options: { description?: string; name?: string; displayName?: string } = {},
): INodeProperties {
	const k = KINDS[kind];
	return {
		displayName: options.displayName ?? k.displayName,
		name: options.name ?? send?.property ?? k.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: options.description ?? `Only ${k.what}: pick it from the list or enter the ID`,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: k.search, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'sApKpllz4sAplsmzha' },
		],
		...(send ? { routing: { send } } : {}),
	};
}

/** A required picker for one record, shown for the given operations. */
export function locator(
	kind: RecordKind,
	resource: string,
	operations: string[],
	options: { send?: Send; description?: string; name?: string; displayName?: string } = {},
): INodeProperties {
	const k = KINDS[kind];
	const picker = optionalLocator(kind, options.send, {
		name: options.name ?? k.name,
		displayName: options.displayName,
		description: options.description ?? `The ID of ${k.what}: pick it from the list or enter the ID`,
	});
	return shown(resource, operations, picker, true);
}

/** Pickers for records that many operations refer to. */
export const packageLocator = (resource: string, operations: string[], send?: Send) =>
	locator('package', resource, operations, { send, description: 'The package: pick it from the list or enter its ID' });

export const subscriptionTypeLocator = (resource: string, operations: string[], send?: Send) =>
	locator('subscriptionType', resource, operations, {
		send,
		description: 'The subscription type (billing period): pick it from the list or enter its ID',
	});

/** Sorting of a list: JFramework's sortDataField and sortOrder query parameters. */
export function sortCollection(resource: string, operation: string, fields: Array<string | [string, string]>): INodeProperties {
	return collection(
		resource,
		[operation],
		'sort',
		'Sort',
		[
			choice('sortDataField', 'Sort By', 'The field JFramework sorts the list by', optionList(fields), 'query'),
			choice('sortOrder', 'Sort Order', 'Ascending (asc) or descending (desc)', optionList([['Ascending', 'asc'], ['Descending', 'desc']]), 'query'),
		],
		'Add Sort Option',
	);
}

/* ---------------------------------------------------------------------------------------------
 * JFramework's enumerations (names as shown, values as sent)
 * ------------------------------------------------------------------------------------------- */

export const ACTIVE_INACTIVE = optionList(['Active', 'Inactive']);
export const LICENSE_STATUS = optionList(['Active', 'Expired', 'Inactive', ['Not Started', 'NotStarted'], 'Used']);
export const LICENSE_TYPE = optionList([['Mail Delivery', 'MailDelivery'], 'Normal', 'Postpaid', 'Prepaid', 'Refunded']);
export const COUPON_STATUS = optionList(['Active', 'Deleted', 'Expired', 'Inactive']);
export const INVOICE_STATUS = optionList(['Paid', 'Unpaid']);
export const INVOICE_TYPE = optionList(['Post', 'Provisional']);
export const SUBSCRIPTION_UNIT = optionList(['Day', 'Hour', 'Month', 'Week', 'Year']);
export const FEATURE_TYPE = optionList(['Function', 'Limitation']);
export const RESET_POLICY = optionList(['Custom', 'Daily', 'Lifetime', 'Monthly', 'Weekly', 'Yearly']);
/** The payment states JFramework knows (its SDK's PaymentStatus). */
export const PAYMENT_STATUS = optionList([
	['Canceled Reversal', 'CanceledReversal'],
	'Completed',
	'Created',
	'Deleted',
	'Denied',
	'Failed',
	'Pending',
	'Refunded',
	'Reserved',
	'Voided',
]);
export const WALLET_HISTORY_TYPE = optionList([
	'Authorization',
	'Capture',
	'Inquiry',
	['License Purchase', 'LicensePurchase'],
	'Payment',
	'Refund',
	'Reversal',
	'Unknown',
	'Void',
	['Wallet Add Money', 'WalletAddMoney'],
	['Wallet Convert', 'WalletConvert'],
	['Wallet Earning Coin', 'WalletEarningCoin'],
	['Wallet Redeem', 'WalletRedeem'],
	['Wallet Withdraw', 'WalletWithdraw'],
]);
export const WALLET_HISTORY_STATUS = optionList([
	['Canceled Reversal', 'CanceledReversal'],
	'Completed',
	'Deleted',
	'Denied',
	'Expired',
	'Failed',
	'Pending',
	'Refunded',
	'Reserved',
	'Voided',
	'Waiting',
]);
