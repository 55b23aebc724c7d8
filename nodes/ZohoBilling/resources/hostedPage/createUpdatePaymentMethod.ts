import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { RESOURCE, additionalChecks, additionalFields, options, pageNotice } from './fields';

const OPERATION = 'createUpdatePaymentMethod';

export const option: INodePropertyOptions = {
	name: 'Create Update Payment Method Page',
	value: OPERATION,
	action: 'Create a hosted page for updating a payment method',
	description: 'Create a page where a customer updates a card, bank account or PayPal',
	routing: {
		request: { method: 'POST', url: '/hostedpages/updatepaymentmethod' },
		send: { paginate: true, preSend: [check('paymentMethodId', 'Payment Method ID', [isZohoId], true), ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	pageNotice(OPERATION),
	{
		displayName: 'Payment Method Type',
		name: 'paymentMethodType',
		type: 'options',
		required: true,
		default: 'card_id',
		description: 'What kind of payment method the customer updates',
		displayOptions: showFor(RESOURCE, [OPERATION]),
		options: [
			{ name: 'Bank Account (ACH)', value: 'account_id' },
			{ name: 'Card', value: 'card_id' },
			{ name: 'PayPal Account', value: 'paypal_id' },
		],
	},
	{
		displayName: 'Payment Method ID',
		name: 'paymentMethodId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '260400000102',
		description: 'ID of the card, bank account or PayPal account (sent as card_id, account_id or paypal_id)',
		displayOptions: showFor(RESOURCE, [OPERATION]),
		routing: { send: { type: 'body', property: '={{ $parameter.paymentMethodType }}' } },
	},
	// Zoho's contract for this page takes only the payment method (no redirect URL or payment gateways)
	additionalFields([OPERATION], [options.extraJson]),
];
