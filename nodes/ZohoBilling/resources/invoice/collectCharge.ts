import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice, showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Collect Charge',
	value: 'collectCharge',
	action: 'Collect charge for an invoice',
	description: 'Charge an invoice\'s balance to a saved card or bank account',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/collect' },
		send: { paginate: true, preSend: [required('invoiceId', 'Invoice'), required('paymentSourceId', 'Card or Bank Account ID')] },
		output: { postReceive: [zohoRecord('payment')] },
	},
};

export const properties: INodeProperties[] = [
	notice('invoice', ['collectCharge'], 'Zoho charges the balance at once and outputs the payment it records.'),
	invoiceId(['collectCharge']),
	{
		displayName: 'Charge To',
		name: 'chargeTo',
		type: 'options',
		default: 'card',
		description: 'Whether to charge a saved credit card or a saved bank account of the customer',
		displayOptions: showFor('invoice', ['collectCharge']),
		options: [
			{ name: 'Bank Account', value: 'bankAccount' },
			{ name: 'Credit Card', value: 'card' },
		],
	},
	{
		displayName: 'Card or Bank Account ID',
		name: 'paymentSourceId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '90300000079226',
		description: 'ID of the customer\'s saved card (Charge To: Credit Card) or bank account (Charge To: Bank Account)',
		displayOptions: showFor('invoice', ['collectCharge']),
		routing: {
			send: { type: 'body', property: '={{ $parameter.chargeTo === "bankAccount" ? "account_id" : "card_id" }}' },
		},
	},
];
