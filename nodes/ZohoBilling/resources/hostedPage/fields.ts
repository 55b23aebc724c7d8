import type { INodeProperties } from 'n8n-workflow';

import { boolean, collection, notice, number, text } from '../../../shared/fields';
import { check, isUrl, positiveNumber } from '../../../shared/validation';
import { recordLocator, subscriptionLocator } from '../../shared/descriptions';
import { customFieldsOption, extraJsonOption, sentAsIdNumber, zohoDateField } from '../../shared/fields';
import { isIdList, zohoDateCheck } from '../../shared/validation';
import { addonChecks, addonsOption, contactPersonsOption, paymentGatewaysOption } from '../subscription/fields';

export const RESOURCE = 'hostedPage';

/** The hosted page picker (Get). Hosted page IDs are long hexadecimal strings. */
export const hostedPageId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'hostedPageId',
		displayName: 'Hosted Page',
		resource: RESOURCE,
		operations,
		searchListMethod: 'searchHostedPages',
		idPlaceholder: '8c589071e7e26a8d28e8af081c373fb00bd6dc5366fd129eefd5c61c569',
		description: 'The hosted page: pick it from the list or enter its hostedpage_id',
	});

/** The notice of an operation that creates a page: what it outputs, and for how long the page works. */
export const pageNotice = (operation: string): INodeProperties =>
	notice(RESOURCE, [operation], 'Outputs the hosted page with its url, which works for one hour: send the customer there.');

/** The subscription a hosted page works on, sent as `subscription_id` in the body. */
export const subscriptionField = (operations: string[]): INodeProperties =>
	subscriptionLocator(RESOURCE, operations, { type: 'body', property: 'subscription_id' });


/** Where Zoho sends the customer after a successful payment. */
const redirectUrlOption = text('redirect_url', 'Redirect URL', 'Where Zoho sends the customer after a successful payment (a full URL)', 'body', {
	placeholder: 'https://example.com/thank-you',
});

export const options = {
	addons: (description: string) => addonsOption(description),
	chargeSetupFeeImmediately: boolean('can_charge_setup_fee_immediately', 'Charge Setup Fee Immediately', 'Whether to invoice the setup fee as soon as the trial starts, instead of with the first renewal') as INodeProperties,
	contactPersons: contactPersonsOption(),
	couponCode: text('coupon_code', 'Coupon Code', 'Code of a coupon to apply', 'body', { placeholder: 'Flat10' }),
	customFields: customFieldsOption(),
	exchangeRate: number('exchange_rate', 'Exchange Rate', 'Rate from the organization\'s currency to the customer\'s currency', 'body', { typeOptions: { minValue: 0, numberPrecision: 6 }, default: 1 }) as INodeProperties,
	extraJson: extraJsonOption('additionalFields'),
	paymentGateways: paymentGatewaysOption('Payment gateways the page offers the customer'),
	redirectUrl: redirectUrlOption,
	referenceId: text('reference_id', 'Reference ID', 'Your own reference for the subscription (e.g. an order number)', 'body', { placeholder: 'order-10023' }),
	salespersonName: text('salesperson_name', 'Sales Person Name', 'Name of the sales person assigned to the subscription', 'body', { placeholder: 'Franklin' }),
	startsAt: zohoDateField('starts_at', 'Starts At', 'When the subscription starts: today when unset, or a future or past date'),
	templateId: sentAsIdNumber(text('template_id', 'Invoice Template ID', 'ID of the invoice template for the subscription\'s invoices', 'body', { placeholder: '90300000311340' })),
};

/** The Additional Fields collection of a hosted page operation (options sorted by display name). */
export const additionalFields = (operations: string[], fields: INodeProperties[]): INodeProperties =>
	collection(RESOURCE, operations, 'additionalFields', 'Additional Fields', fields);

/** Checks of the Additional Fields that hosted page operations share. */
export const additionalChecks = [
	check('additionalFields.redirect_url', 'Redirect URL', [isUrl]),
	check('additionalFields.exchange_rate', 'Exchange Rate', [positiveNumber]),
	check('additionalFields.contactpersons', 'Contact Person IDs', [isIdList()]),
	zohoDateCheck('additionalFields.starts_at', 'Starts At'),
	addonChecks('additionalFields.addons.addon', 'Add-Ons'),
];
