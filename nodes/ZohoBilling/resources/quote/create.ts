import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { quoteChecks, quoteCustomer, quoteFields, quoteLineItemChecks, quoteLineItems } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a quote',
	description: 'Create a quote (Zoho: estimate) for a customer',
	routing: {
		request: { method: 'POST', url: '/estimates' },
		send: {
			paginate: true,
			preSend: [required('customerId', 'Customer'), quoteLineItemChecks('lineItems', 1), ...quoteChecks('additionalFields')],
		},
		output: { postReceive: [zohoRecord('estimate')] },
	},
};

export const properties: INodeProperties[] = [
	quoteCustomer(['create'], true, 'The customer the quote is for: pick from the list or enter the ID'),
	quoteLineItems({ required: true, operations: ['create'] }),
	collection('quote', ['create'], 'additionalFields', 'Additional Fields', quoteFields('additionalFields')),
];
