import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { invoiceChecks, invoiceFields, invoiceId, lineItemChecks } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an invoice',
	description:
		'Change an invoice by ID; only the fields set are sent. Line Items, when set, replace all current lines (leave a line out to delete it). Dates are yyyy-mm-dd. Voided invoices cannot be changed. Outputs the updated invoice.',
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
	invoiceId(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('invoice', ['update']),
		options: invoiceFields('updateFields'),
	},
];
