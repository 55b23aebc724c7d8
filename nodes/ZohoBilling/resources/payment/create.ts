import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, showFor } from '../../../shared/fields';
import { check, positiveNumber, required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { customerLocator } from '../../shared/descriptions';
import { invoicesCheck, invoicesOption, PAYMENT_MODES, paymentChecks, paymentFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a payment',
	description: 'Record a payment from a customer and apply it to invoices',
	routing: {
		request: { method: 'POST', url: '/payments' },
		send: {
			paginate: true,
			preSend: [
				required('customerId', 'Customer'),
				check('amount', 'Amount', [positiveNumber], true),
				invoicesCheck('invoices', 'amount', true),
				...paymentChecks('additionalFields'),
			],
		},
		output: { postReceive: [zohoRecord('payment')] },
	},
};

export const properties: INodeProperties[] = [
	customerLocator('payment', ['create'], { description: 'The customer who paid: pick it from the list or enter its ID', send: { type: 'body', property: 'customer_id' } }),
	{
		displayName: 'Payment Mode',
		name: 'paymentMode',
		type: 'options',
		required: true,
		default: 'cash',
		description: 'How the payment was made. Auto Transaction is a payment collected through a payment gateway (only those can be refunded through Zoho).',
		options: PAYMENT_MODES,
		displayOptions: showFor('payment', ['create']),
		routing: { send: { type: 'body', property: 'payment_mode' } },
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Amount received, in the customer\'s currency (greater than 0)',
		displayOptions: showFor('payment', ['create']),
		routing: { send: { type: 'body', property: 'amount' } },
	},
	{
		...invoicesOption('invoices', 'The invoices the payment is applied to (at least one): invoice ID and the amount applied to it; the amounts applied add up to at most the Amount'),
		displayOptions: showFor('payment', ['create']),
	},
	collection('payment', ['create'], 'additionalFields', 'Additional Fields', paymentFields('additionalFields', false)),
];
