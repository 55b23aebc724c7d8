import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { check, positiveNumber, required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { atLeastOneField } from '../../shared/validation';
import { invoicesCheck, paymentChecks, paymentFields, paymentId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a payment',
	description: 'Update a payment\'s amount, mode, invoices, date or reference',
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
	collection('payment', ['update'], 'updateFields', 'Update Fields', paymentFields('updateFields', true)),
];
