import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';

import { boolean, number, text } from '../../../shared/fields';
import { check, failInput, isBlank, isCurrencyCode, isEmail, nonNegativeNumber, positiveInteger, positiveNumber, readParameter } from '../../../shared/validation';
import { customerLocator, subscriptionLocator } from '../../shared/descriptions';
import { addressOption, byDisplayName, currencyField, customFieldsOption, extraJsonOption, zohoDateField } from '../../shared/fields';
import { isBillingCycles, isIdList, isZohoId, wholeNumberFrom, zohoDateCheck } from '../../shared/validation';

export const RESOURCE = 'subscription';

/** The subscription picker of every operation that works on one subscription (its ID goes in the path). */
export const subscriptionId = (operations: string[]): INodeProperties => subscriptionLocator(RESOURCE, operations);

export const subscriptionPath = '/subscriptions/{subscriptionId}';

/** Required-subscription check (first preSend of every operation on one subscription). */
export const subscriptionRequired = check('subscriptionId', 'Subscription', [], true);

/** Fields of Create and Update besides customer and plan (Zoho's names; sorted by display name in the collections). */
const common = {
	addons: (verb: string) => addonsOption(`Add-Ons ${verb}; each needs its code and a quantity`),
	autoCollect: boolean('auto_collect', 'Auto Collect', 'Whether the subscription is online: Zoho charges the card or bank account automatically on every renewal (on Create, set Card ID or Bank Account ID too). Off = offline: invoices are paid by other means.'),
	bankAccountId: text('account_id', 'Bank Account ID', 'ID of the customer\'s bank account (ACH) to charge when Auto Collect is on', 'body', { placeholder: '90300000792007' }),
	cardId: text('card_id', 'Card ID', 'ID of the customer\'s card to charge when Auto Collect is on', 'body', { placeholder: '9030000079226' }),
	contactPersons: contactPersonsOption(),
	couponCode: text('coupon_code', 'Coupon Code', 'Code of a coupon to apply to the subscription', 'body', { placeholder: 'Flat10' }),
	customFields: customFieldsOption(),
	exchangeRate: number('exchange_rate', 'Exchange Rate', 'Rate from the organization\'s currency to the customer\'s currency', 'body', { typeOptions: { minValue: 0, numberPrecision: 6 }, default: 1 }) as INodeProperties,
	paymentGateways: paymentGatewaysOption('Payment gateways through which the customer may pay this subscription'),
	paymentTerms: number('payment_terms', 'Payment Terms (Days)', 'Days the customer has to pay each invoice (0 = due on receipt)', 'body', { typeOptions: { minValue: 0 } }) as INodeProperties,
	paymentTermsLabel: text('payment_terms_label', 'Payment Terms Label', 'Label of the payment terms on invoices, such as Net 15', 'body', { placeholder: 'Due On Receipt' }),
	referenceId: text('reference_id', 'Reference ID', 'Your own reference, to find the subscription again (e.g. an order number)', 'body', { placeholder: 'bowmanfurniture' }),
	salespersonName: text('salesperson_name', 'Sales Person Name', 'Name of the sales person assigned to the subscription', 'body', { placeholder: 'Franklin' }),
	templateId: text('template_id', 'Invoice Template ID', 'ID of the invoice template for this subscription\'s invoices', 'body', { placeholder: '903000000063009' }),
	chargeSetupFeeImmediately: boolean('can_charge_setup_fee_immediately', 'Charge Setup Fee Immediately', 'Whether to invoice the setup fee as soon as the trial starts, instead of with the first renewal'),
	allowPartialPayments: boolean('allow_partial_payments', 'Allow Partial Payments', 'Whether the customer may pay invoices in parts'),
};

/** Additional Fields of Create Subscription. */
export const createFields: INodeProperties[] = byDisplayName([
	boolean('add_to_unbilled_charges', 'Add to Unbilled Charges', 'Whether to keep the first billing cycle\'s charges as unbilled charges instead of invoicing them now'),
	common.addons('to subscribe to together with the plan'),
	common.allowPartialPayments,
	common.autoCollect,
	common.bankAccountId,
	common.cardId,
	common.chargeSetupFeeImmediately,
	common.contactPersons,
	common.couponCode,
	boolean('create_backdated_invoice', 'Create Backdated Invoice', 'Whether to invoice the current billing cycle of a subscription that starts in the past'),
	common.customFields,
	common.exchangeRate,
	extraJsonOption('additionalFields'),
	common.templateId,
	common.paymentGateways,
	common.paymentTerms,
	common.paymentTermsLabel,
	text('place_of_supply', 'Place of Supply', 'Place of supply of the subscription (India GST: a state code such as TN)', 'body', { placeholder: 'TN' }),
	common.referenceId,
	common.salespersonName,
	zohoDateField(
		'starts_at',
		'Starts At',
		'When the subscription starts: today when unset; a future date makes it a future subscription, a past date backdates it',
	),
]);

/** Update Fields of Update Subscription. */
export const updateFields: INodeProperties[] = byDisplayName([
	common.addons('of the subscription after the update (replaces the current ones)'),
	common.allowPartialPayments,
	common.autoCollect,
	common.bankAccountId,
	common.cardId,
	common.chargeSetupFeeImmediately,
	common.contactPersons,
	common.couponCode,
	common.customFields,
	boolean('end_of_term', 'Apply at End of Term', 'Whether to apply the changes at the end of the current term (they show under Get Scheduled Changes) instead of immediately'),
	common.exchangeRate,
	extraJsonOption('updateFields'),
	common.templateId,
	common.paymentGateways,
	common.paymentTerms,
	common.paymentTermsLabel,
	common.referenceId,
	text('salesperson_id', 'Sales Person ID', 'ID of the sales person assigned to the subscription', 'body', { placeholder: '903000000058001' }),
	common.salespersonName,
]);

/**
 * Checks of Create / Update fields inside the given collection. Auto Collect without a card or
 * bank account is stopped on Create only: an existing subscription may have one on file already.
 */
export const fieldChecks = (collection: string, isCreate: boolean) => [
	addonChecks(`${collection}.addons.addon`, 'Add-Ons'),
	...(isCreate ? [autoCollectCheck(collection)] : []),
	check(`${collection}.card_id`, 'Card ID', [isZohoId]),
	check(`${collection}.account_id`, 'Bank Account ID', [isZohoId]),
	check(`${collection}.contactpersons`, 'Contact Person IDs', [isIdList()]),
	check(`${collection}.exchange_rate`, 'Exchange Rate', [positiveNumber]),
	check(`${collection}.payment_terms`, 'Payment Terms (Days)', [nonNegativeNumber]),
	zohoDateCheck(`${collection}.starts_at`, 'Starts At'),
];

/* ------------------------------------------------------------------------------------------------
 * Shared with the hosted pages: the customer, the plan details, add-ons, gateways, contact persons
 * ---------------------------------------------------------------------------------------------- */

const show = (resource: string, operations: string[], extra: IDataObject = {}): INodeProperties['displayOptions'] => ({
	show: { resource: [resource], operation: operations, ...extra },
});

/** The fields of a new customer's address (a customer's, without the state code). */
const NEW_CUSTOMER_ADDRESS = ['attention', 'street', 'city', 'state', 'zip', 'country', 'fax'];

/** A text of the new customer, sent inside Zoho's `customer` object. */
const newCustomerText = (name: string, displayName: string, description: string): INodeProperties =>
	text(name, displayName, description, 'body', {}, `customer.${name}`);

/** The customer to subscribe, existing or new: for Create Subscription and the New Subscription hosted page. */
export function subscriberFields(resource: string, operations: string[]): INodeProperties[] {
	return [
		{
			displayName: 'Customer Type',
			name: 'customerType',
			type: 'options',
			noDataExpression: true,
			default: 'existing',
			description: 'Subscribe an existing Zoho customer (by ID), or create the customer together with the subscription',
			displayOptions: show(resource, operations),
			options: [
				{ name: 'Existing Customer', value: 'existing', description: 'Pick the customer or enter its customer_id' },
				{ name: 'New Customer', value: 'new', description: 'Zoho creates the customer from a display name and an email' },
			],
		},
		{
			...customerLocator(resource, operations, {
				description: 'The existing customer to subscribe: pick it from the list or enter its customer_id',
			}),
			displayOptions: show(resource, operations, { customerType: ['existing'] }),
			routing: { send: { type: 'body', property: 'customer_id', preSend: [check('customerId', 'Customer', [isZohoId], true)] } },
		},
		{
			displayName: 'Customer Display Name',
			name: 'customerDisplayName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Bowman Furniture',
			description: 'Name of the new customer as shown in Zoho and on invoices',
			displayOptions: show(resource, operations, { customerType: ['new'] }),
			routing: {
				send: {
					type: 'body',
					property: 'customer.display_name',
					preSend: [check('customerDisplayName', 'Customer Display Name', [], true)],
				},
			},
		},
		{
			displayName: 'Customer Email',
			name: 'customerEmail',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'Email address of the new customer (invoices and receipts go there)',
			displayOptions: show(resource, operations, { customerType: ['new'] }),
			routing: {
				send: { type: 'body', property: 'customer.email', preSend: [check('customerEmail', 'Customer Email', [isEmail], true)] },
			},
		},
		{
			displayName: 'Customer Details',
			name: 'customerDetails',
			type: 'collection',
			placeholder: 'Add Detail',
			default: {},
			description: 'More about the new customer; sent inside Zoho\'s customer object',
			displayOptions: show(resource, operations, { customerType: ['new'] }),
			options: [
				addressOption('billingAddress', 'Billing Address', 'customer.billing_address', NEW_CUSTOMER_ADDRESS),
				newCustomerText('company_name', 'Company Name', 'Registered name of the company the customer represents'),
				currencyField('currency_code', 'Currency the customer pays in, as an ISO 4217 code such as USD or EUR (defaults to the organization\'s)', 'customer.currency_code'),
				newCustomerText('first_name', 'First Name', 'First name of the customer\'s contact'),
				newCustomerText('last_name', 'Last Name', 'Last name of the customer\'s contact'),
				number('payment_terms', 'Payment Terms (Days)', 'Days the customer has to pay an invoice (0 = due on receipt)', 'body', { typeOptions: { minValue: 0 } }, 'customer.payment_terms'),
				newCustomerText('salutation', 'Salutation', 'Salutation such as Mr. or Ms.'),
				addressOption('shippingAddress', 'Shipping Address', 'customer.shipping_address', NEW_CUSTOMER_ADDRESS),
			],
		},
	];
}

/** Checks for the new customer's details (currency code). */
export const customerDetailChecks = [check('customerDetails.currency_code', 'Currency Code', [isCurrencyCode])];
/** Per-subscription plan settings, sent inside Zoho's `plan` object. */
export function planDetailsField(resource: string, operations: string[]): INodeProperties {
	const plan = (property: string) => ({ send: { type: 'body' as const, property: `plan.${property}` } });
	return {
		displayName: 'Plan Details',
		name: 'planDetails',
		type: 'collection',
		placeholder: 'Add Plan Detail',
		default: {},
		description: 'Settings of the plan for this subscription only; unset ones come from the plan',
		displayOptions: show(resource, operations),
		options: [
			{
				displayName: 'Billing Cycles',
				name: 'billing_cycles',
				type: 'number',
				default: -1,
				description: 'How many times the subscription renews before it expires; -1 renews until cancelled',
				routing: plan('billing_cycles'),
			},
			{
				displayName: 'Exclude Setup Fee',
				name: 'exclude_setup_fee',
				type: 'boolean',
				default: false,
				description: 'Whether to leave out the plan\'s setup fee for this subscription',
				routing: plan('exclude_setup_fee'),
			},
			{
				displayName: 'Exclude Trial',
				name: 'exclude_trial',
				type: 'boolean',
				default: false,
				description: 'Whether to skip the plan\'s free trial for this subscription',
				routing: plan('exclude_trial'),
			},
			{
				displayName: 'Plan Description',
				name: 'plan_description',
				type: 'string',
				default: '',
				description: 'Shown instead of the plan name on this subscription\'s invoices',
				routing: plan('plan_description'),
			},
			{
				displayName: 'Price',
				name: 'price',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'Price per unit of the plan for this subscription (overrides the plan\'s price)',
				routing: plan('price'),
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'How many units of the plan (e.g. seats)',
				routing: plan('quantity'),
			},
			{
				displayName: 'Setup Fee',
				name: 'setup_fee',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'One-time setup fee for this subscription (overrides the plan\'s)',
				routing: plan('setup_fee'),
			},
			{
				displayName: 'Tax ID',
				name: 'tax_id',
				type: 'string',
				default: '',
				description: 'ID of the tax or tax group applied to the plan',
				routing: plan('tax_id'),
			},
			{
				displayName: 'Trial Days',
				name: 'trial_days',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Free trial days for this subscription (overrides the plan\'s trial period)',
				routing: plan('trial_days'),
			},
		],
	};
}

/** Checks for the Plan Details collection. */
export const planDetailChecks = [
	check('planDetails.quantity', 'Plan Details → Quantity', [positiveInteger]),
	check('planDetails.price', 'Plan Details → Price', [nonNegativeNumber]),
	check('planDetails.setup_fee', 'Plan Details → Setup Fee', [nonNegativeNumber]),
	check('planDetails.trial_days', 'Plan Details → Trial Days', [wholeNumberFrom(0)]),
	check('planDetails.billing_cycles', 'Plan Details → Billing Cycles', [isBillingCycles]),
];

/**
 * Add-Ons as Zoho's `addons: [{ addon_code, quantity, price?, addon_description?, tax_id? }]`.
 * Price 0 (the default) keeps the add-on's own price; empty texts are left out.
 */
export function addonsOption(description: string, withDescription = true): INodeProperties {
	const values: INodeProperties[] = [
		{
			displayName: 'Add-On Code',
			name: 'addon_code',
			type: 'string',
			default: '',
			placeholder: 'Email-basic',
			description: 'Code of the add-on (Zoho addresses add-ons by code)',
		},
		...(withDescription
			? [
					{
						displayName: 'Description',
						name: 'addon_description',
						type: 'string' as const,
						default: '',
						description: 'Shown instead of the add-on name on invoices',
					},
				]
			: []),
		{
			displayName: 'Price',
			name: 'price',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Price per unit for this subscription; 0 keeps the add-on\'s own price',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
		},
		{
			displayName: 'Tax ID',
			name: 'tax_id',
			type: 'string',
			default: '',
			description: 'ID of the tax or tax group applied to the add-on',
		},
	];
	return {
		displayName: 'Add-Ons',
		name: 'addons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Add-On',
		default: {},
		description,
		options: [{ displayName: 'Add-On', name: 'addon', values }],
		routing: {
			send: {
				type: 'body',
				property: 'addons',
				value:
					'={{ ($value.addon || []).map(a => Object.fromEntries(Object.entries(a).filter(([k, v]) => v !== "" && v !== null && v !== undefined && !(k === "price" && Number(v) === 0)))) }}',
			},
		},
	};
}

/** Payment gateways Zoho can charge through, as `payment_gateways: [{ payment_gateway }]`. */
export function paymentGatewaysOption(description: string): INodeProperties {
	return {
		displayName: 'Payment Gateways',
		name: 'payment_gateways',
		type: 'multiOptions',
		default: [],
		description,
		options: [
			{ name: '2Checkout', value: '2checkout' },
			{ name: 'Authorize.Net', value: 'authorize_net' },
			{ name: 'Forte', value: 'forte' },
			{ name: 'PayPal Payflow Pro', value: 'payflow_pro' },
			{ name: 'PayPal Payments Pro', value: 'payments_pro' },
			{ name: 'Stripe', value: 'stripe' },
			{ name: 'Test Gateway', value: 'test_gateway' },
			{ name: 'WePay', value: 'wepay' },
			{ name: 'Worldpay', value: 'worldpay' },
		],
		routing: {
			send: { type: 'body', property: 'payment_gateways', value: '={{ $value.map(g => ({ payment_gateway: g })) }}' },
		},
	};
}

/** Contact persons (comma-separated IDs) as `contactpersons: [{ contactperson_id }]`. */
export function contactPersonsOption(displayName = 'Contact Person IDs', name = 'contactpersons'): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder: '903000000000099, 903000000000101',
		description: 'IDs of the customer\'s contact persons who receive this subscription\'s emails, separated by commas',
		routing: {
			send: {
				type: 'body',
				property: 'contactpersons',
				value: '={{ String($value).split(",").map(s => s.trim()).filter(s => s).map(id => ({ contactperson_id: id })) }}',
			},
		},
	};
}

/**
 * Checks the add-on entries of an Add-Ons fixed collection (at `path`): each needs a code, a
 * quantity of 1 or more and a price of 0 or more; `atLeastOne` when the operation needs add-ons.
 */
export function addonChecks(path: string, label: string, atLeastOne = false): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const entries = (readParameter(this, path, false) as IDataObject[] | undefined) ?? [];
		if (atLeastOne && entries.length === 0) failInput(this, label, 'add at least one add-on (its code and quantity)');
		entries.forEach((entry, i) => {
			const which = entries.length > 1 ? `add-on ${i + 1}` : 'the add-on';
			if (isBlank(entry.addon_code)) failInput(this, label, `${which} has no add-on code`);
			const quantity = positiveNumber.call(this, entry.quantity);
			if (quantity) failInput(this, label, `quantity of ${which} ${quantity}`);
			if (!isBlank(entry.price)) {
				const price = nonNegativeNumber.call(this, entry.price);
				if (price) failInput(this, label, `price of ${which} ${price}`);
			}
		});
		return requestOptions;
	};
}

/**
 * Online (auto-collect) subscriptions charge a card or a bank account: with Auto Collect on, a
 * Card ID or a Bank Account ID is needed (Zoho's rule for creating online subscriptions).
 */
export function autoCollectCheck(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const fields = (readParameter(this, collection, false) as IDataObject | undefined) ?? {};
		if (fields.auto_collect === true && isBlank(fields.card_id) && isBlank(fields.account_id)) {
			failInput(
				this,
				'Auto Collect',
				'an online subscription needs the card or bank account to charge: set Card ID or Bank Account ID, or turn Auto Collect off (offline: invoices are paid by other means)',
			);
		}
		return requestOptions;
	};
}
