import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check, positiveNumber, required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { atLeastOneField } from '../../shared/validation';
import { invoicesCheck, paymentChecks, paymentFields, paymentId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a payment',
	description:
		'Change a recorded payment by its ID: only the fields set under Update Fields are sent (amount greater than 0, payment mode, invoices with invoice_id and amount_applied, date yyyy-mm-dd, reference number, description, bank charges, exchange rate, custom fields). Outputs the updated payment.',
	routing: {
		request: { method: 'PUT', url: '/payments/{paymentId}' },
		send: {
			paginate: true,
			preSend: [
				required('paymentId', 'Payment ID'),
				atLeastOneField('updateFields', 'Update Fields'),
				check('updateFields.amount', 'Amount', [positiveNumber]),
				invoicesCheck('updateFields.invoices', 'updateFields.amount', false),
				...paymentChecks('updateFields'),
			],
		},
		output: { postReceive: [zohoRecord('payment')] },
	},
};

export const properties: INodeProperties[] = [
	paymentId(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('payment', ['update']),
		options: paymentFields('updateFields', true),
	},
];
