import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoDateField } from '../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { zohoDateCheck } from '../../shared/validation';
import { documentCustomer, invoiceChecks, invoiceFields, lineItemChecks, lineItemsField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an invoice',
	description: 'Create a one-off invoice for a customer',
	routing: {
		request: { method: 'POST', url: '/invoices' },
		send: {
			paginate: true,
			preSend: [
				required('customerId', 'Customer'),
				required('date', 'Date'),
				zohoDateCheck('date', 'Date'),
				lineItemChecks('lineItems', 1),
				...invoiceChecks('additionalFields'),
			],
		},
		output: { postReceive: [zohoRecord('invoice')] },
	},
};

export const properties: INodeProperties[] = [
	documentCustomer('invoice', ['create'], { required: true, description: 'The customer the invoice is raised to: pick from the list or enter the ID' }),
	{
		...zohoDateField('date', 'Date', 'Invoice date'),
		required: true,
		displayOptions: showFor('invoice', ['create']),
	},
	lineItemsField({ name: 'lineItems', required: true, operations: ['create'] }),
	collection('invoice', ['create'], 'additionalFields', 'Additional Fields', invoiceFields('additionalFields')),
];
