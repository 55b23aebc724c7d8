import type { INodeProperties } from 'n8n-workflow';

import { check, nonNegativeNumber, positiveNumber } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { customFieldsOption, extraJsonOption, zohoDateCheck, zohoDateField } from '../../shared/fields';
import {
	addonChecks,
	addonsOption,
	autoCollectCheck,
	byDisplayName,
	contactPersonsOption,
	isIdList,
	isZohoId,
	paymentGatewaysOption,
	subscriptionLocator,
} from '../../shared/subscriptions';

export const RESOURCE = 'subscription';

/** The subscription picker of every operation that works on one subscription (its ID goes in the path). */
export const subscriptionId = (operations: string[]): INodeProperties => subscriptionLocator(RESOURCE, operations);

export const subscriptionPath = '/subscriptions/{subscriptionId}';

/** Required-subscription check (first preSend of every operation on one subscription). */
export const subscriptionRequired = check('subscriptionId', 'Subscription', [], true);

const text = (name: string, displayName: string, description: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	...(placeholder ? { placeholder } : {}),
	description,
	routing: { send: { type: 'body', property: name } },
});

const flag = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
	routing: { send: { type: 'body', property: name } },
});

/** Fields of Create and Update besides customer and plan (Zoho's names; sorted by display name in the collections). */
const common = {
	addons: (verb: string) => addonsOption(`Add-Ons ${verb}; each needs its code and a quantity`),
	autoCollect: flag(
		'auto_collect',
		'Auto Collect',
		'Whether the subscription is online: Zoho charges the card or bank account automatically on every renewal (on Create, set Card ID or Bank Account ID too). Off = offline: invoices are paid by other means.',
	),
	bankAccountId: text('account_id', 'Bank Account ID', 'ID of the customer\'s bank account (ACH) to charge when Auto Collect is on', '90300000792007'),
	cardId: text('card_id', 'Card ID', 'ID of the customer\'s card to charge when Auto Collect is on', '9030000079226'),
	contactPersons: contactPersonsOption(),
	couponCode: text('coupon_code', 'Coupon Code', 'Code of a coupon to apply to the subscription', 'Flat10'),
	customFields: customFieldsOption(),
	exchangeRate: {
		displayName: 'Exchange Rate',
		name: 'exchange_rate',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 6 },
		default: 1,
		description: 'Rate from the organization\'s currency to the customer\'s currency',
		routing: { send: { type: 'body', property: 'exchange_rate' } },
	} as INodeProperties,
	paymentGateways: paymentGatewaysOption('Payment gateways through which the customer may pay this subscription'),
	paymentTerms: {
		displayName: 'Payment Terms (Days)',
		name: 'payment_terms',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Days the customer has to pay each invoice (0 = due on receipt)',
		routing: { send: { type: 'body', property: 'payment_terms' } },
	} as INodeProperties,
	paymentTermsLabel: text('payment_terms_label', 'Payment Terms Label', 'Label of the payment terms on invoices, such as Net 15', 'Due On Receipt'),
	referenceId: text('reference_id', 'Reference ID', 'Your own reference, to find the subscription again (e.g. an order number)', 'bowmanfurniture'),
	salespersonName: text('salesperson_name', 'Sales Person Name', 'Name of the sales person assigned to the subscription', 'Franklin'),
	templateId: text('template_id', 'Invoice Template ID', 'ID of the invoice template for this subscription\'s invoices', '903000000063009'),
	chargeSetupFeeImmediately: flag(
		'can_charge_setup_fee_immediately',
		'Charge Setup Fee Immediately',
		'Whether to invoice the setup fee as soon as the trial starts, instead of with the first renewal',
	),
	allowPartialPayments: flag('allow_partial_payments', 'Allow Partial Payments', 'Whether the customer may pay invoices in parts'),
};

/** Additional Fields of Create Subscription. */
export const createFields: INodeProperties[] = byDisplayName([
	flag(
		'add_to_unbilled_charges',
		'Add to Unbilled Charges',
		'Whether to keep the first billing cycle\'s charges as unbilled charges instead of invoicing them now',
	),
	common.addons('to subscribe to together with the plan'),
	common.allowPartialPayments,
	common.autoCollect,
	common.bankAccountId,
	common.cardId,
	common.chargeSetupFeeImmediately,
	common.contactPersons,
	common.couponCode,
	flag(
		'create_backdated_invoice',
		'Create Backdated Invoice',
		'Whether to invoice the current billing cycle of a subscription that starts in the past',
	),
	common.customFields,
	common.exchangeRate,
	extraJsonOption('additionalFields'),
	common.templateId,
	common.paymentGateways,
	common.paymentTerms,
	common.paymentTermsLabel,
	text('place_of_supply', 'Place of Supply', 'Place of supply of the subscription (India GST: a state code such as TN)', 'TN'),
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
	flag(
		'end_of_term',
		'Apply at End of Term',
		'Whether to apply the changes at the end of the current term (they show under Get Scheduled Changes) instead of immediately',
	),
	common.exchangeRate,
	extraJsonOption('updateFields'),
	common.templateId,
	common.paymentGateways,
	common.paymentTerms,
	common.paymentTermsLabel,
	common.referenceId,
	text('salesperson_id', 'Sales Person ID', 'ID of the sales person assigned to the subscription', '903000000058001'),
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
	check(`${collection}.contactpersons`, 'Contact Person IDs', [isIdList]),
	check(`${collection}.exchange_rate`, 'Exchange Rate', [positiveNumber]),
	check(`${collection}.payment_terms`, 'Payment Terms (Days)', [nonNegativeNumber]),
	zohoDateCheck(`${collection}.starts_at`, 'Starts At'),
];

/** A collection of the subscription resource. */
export const collection = (
	name: string,
	displayName: string,
	operations: string[],
	options: INodeProperties[],
	placeholder = 'Add Field',
): INodeProperties => ({
	displayName,
	name,
	type: 'collection',
	placeholder,
	default: {},
	displayOptions: showFor(RESOURCE, operations),
	options,
});
