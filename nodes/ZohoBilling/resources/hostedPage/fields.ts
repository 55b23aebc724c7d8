import type { INodeProperties } from 'n8n-workflow';

import { check, isUrl, positiveNumber } from '../../../shared/validation';
import { sentAsIdNumber } from '../../shared/contractTypes';
import { recordLocator, showFor } from '../../shared/descriptions';
import { customFieldsOption, extraJsonOption, zohoDateCheck, zohoDateField } from '../../shared/fields';
import {
	addonChecks,
	addonsOption,
	byDisplayName,
	contactPersonsOption,
	isIdList,
	paymentGatewaysOption,
	redirectUrlOption,
	subscriptionLocator,
} from '../../shared/subscriptions';

export const RESOURCE = 'hostedPage';

/** The hosted page picker (Get). Hosted page IDs are long hexadecimal strings. */
export const hostedPageId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'hostedPageId',
		displayName: 'Hosted Page',
		resource: RESOURCE,
		operations,
		searchListMethod: 'searchHostedPages',
		idRegex: null,
		idPlaceholder: '8c589071e7e26a8d28e8af081c373fb00bd6dc5366fd129eefd5c61c569',
		description: 'The hosted page: pick it from the list or enter its hostedpage_id',
	});

/** The subscription a hosted page works on, sent as `subscription_id` in the body. */
export const subscriptionField = (operations: string[]): INodeProperties =>
	subscriptionLocator(RESOURCE, operations, { type: 'body', property: 'subscription_id' });

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

export const options = {
	addons: (description: string) => addonsOption(description),
	chargeSetupFeeImmediately: {
		displayName: 'Charge Setup Fee Immediately',
		name: 'can_charge_setup_fee_immediately',
		type: 'boolean',
		default: false,
		description: 'Whether to invoice the setup fee as soon as the trial starts, instead of with the first renewal',
		routing: { send: { type: 'body', property: 'can_charge_setup_fee_immediately' } },
	} as INodeProperties,
	contactPersons: contactPersonsOption(),
	couponCode: text('coupon_code', 'Coupon Code', 'Code of a coupon to apply', 'Flat10'),
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
	extraJson: extraJsonOption('additionalFields'),
	paymentGateways: paymentGatewaysOption('Payment gateways the page offers the customer'),
	redirectUrl: redirectUrlOption,
	referenceId: text('reference_id', 'Reference ID', 'Your own reference for the subscription (e.g. an order number)', 'order-10023'),
	salespersonName: text('salesperson_name', 'Sales Person Name', 'Name of the sales person assigned to the subscription', 'Franklin'),
	startsAt: zohoDateField('starts_at', 'Starts At', 'When the subscription starts: today when unset, or a future or past date'),
	templateId: sentAsIdNumber(text('template_id', 'Invoice Template ID', 'ID of the invoice template for the subscription\'s invoices', '90300000311340')),
};

/** The Additional Fields collection of a hosted page operation (options sorted by display name). */
export const additionalFields = (operations: string[], fields: INodeProperties[]): INodeProperties => ({
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	displayOptions: showFor(RESOURCE, operations),
	options: byDisplayName(fields),
});

/** Checks of the Additional Fields that hosted page operations share. */
export const additionalChecks = [
	check('additionalFields.redirect_url', 'Redirect URL', [isUrl]),
	check('additionalFields.exchange_rate', 'Exchange Rate', [positiveNumber]),
	check('additionalFields.contactpersons', 'Contact Person IDs', [isIdList]),
	zohoDateCheck('additionalFields.starts_at', 'Starts At'),
	addonChecks('additionalFields.addons.addon', 'Add-Ons'),
];
