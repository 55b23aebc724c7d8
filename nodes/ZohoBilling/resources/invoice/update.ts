import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { invoiceChecks, invoiceFields, invoiceId, lineItemChecks } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an invoice',
	description: 'Update an invoice\'s customer, dates, lines or other fields',
	routing: {
		request: { method: 'PUT', url: '/invoices/{invoiceId}' },
		send: {
			paginate: true,
			preSend: [required('invoiceId', 'Invoice'), lineItemChecks('updateFields.lineItems', 0), ...invoiceChecks('updateFields')],
		},
		output: { postReceive: [zohoRecord('invoice')] },
	},
};

export const properties: INodeProperties[] = [
	notice('invoice', ['update'], 'Zoho refuses to change a void invoice.'),
	invoiceId(['update']),
	collection('invoice', ['update'], 'updateFields', 'Update Fields', invoiceFields('updateFields')),
];
