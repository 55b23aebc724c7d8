import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice, number, showFor, text } from '../../../shared/fields';
import { check, maxLength, positiveNumber, required } from '../../../shared/validation';
import { customFieldsOption, extraJsonOption, zohoDateField } from '../../shared/fields';
import { zohoRecordAmong } from '../../shared/output';
import { zohoDateCheck } from '../../shared/validation';
import { customerLocator } from '../../shared/descriptions';

/*
 * Payment Links are on Zoho's live API pages but not in the OpenAPI set (zoho-billing-api.md §2.4).
 * Documented: POST /paymentlinks, scope ZohoSubscriptions.paymentlinks.CREATE, and the attributes
 * payment_amount, customer_id, expiry_time, description, exchange_rate, custom_fields
 * (the answer holds url, payment_link_number, status).
 * Inferred: which attributes Create accepts (customer_id and payment_amount required, the others
 * optional) and the key of the answer (`payment_link`; `payment_links` is accepted too).
 */
export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a payment link',
	description: 'Create a link where a customer pays an amount online',
	routing: {
		request: { method: 'POST', url: '/paymentlinks' },
		send: {
			paginate: true,
			preSend: [
				required('customerId', 'Customer'),
				check('paymentAmount', 'Payment Amount', [positiveNumber], true),
				zohoDateCheck('additionalFields.expiry_time', 'Expiry Date'),
				check('additionalFields.description', 'Description', [maxLength(2000)]),
				check('additionalFields.exchange_rate', 'Exchange Rate', [positiveNumber]),
			],
		},
		// inferred answer key (see above)
		output: { postReceive: [zohoRecordAmong(['payment_link', 'payment_links', 'paymentlink'])] },
	},
};

export const properties: INodeProperties[] = [
	notice('paymentLink', ['create'], 'The customer pays through the organization\'s payment gateway and Zoho records the payment. Outputs the link with the url to send to the customer.'),
	customerLocator('paymentLink', ['create'], { description: 'The customer who is asked to pay: pick it from the list or enter its ID', send: { type: 'body', property: 'customer_id' } }),
	{
		displayName: 'Payment Amount',
		name: 'paymentAmount',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Amount the customer is asked to pay, in the customer\'s currency (greater than 0)',
		displayOptions: showFor('paymentLink', ['create']),
		routing: { send: { type: 'body', property: 'payment_amount' } },
	},
	collection('paymentLink', ['create'], 'additionalFields', 'Additional Fields', [
			customFieldsOption(),
			text('description', 'Description', 'Why the payment is requested; shown to the customer on the payment page', 'body', { placeholder: 'Advance for the annual plan', typeOptions: { rows: 2 } }),
			number('exchange_rate', 'Exchange Rate', 'Exchange rate of the customer\'s currency to the organization\'s (greater than 0)', 'body', { typeOptions: { minValue: 0 }, default: 1 }),
			zohoDateField('expiry_time', 'Expiry Date', 'Last day the link can be used; Zoho uses 15 days from today when unset'),
			extraJsonOption('additionalFields'),
		]),
];
