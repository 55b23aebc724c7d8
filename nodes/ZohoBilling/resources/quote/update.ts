import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { quoteChecks, quoteFields, quoteId, quoteLineItemChecks } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a quote',
	description: 'Update a quote\'s customer, dates, lines or other fields',
	routing: {
		request: { method: 'PUT', url: '/estimates/{quoteId}' },
		send: {
			paginate: true,
			preSend: [required('quoteId', 'Quote'), quoteLineItemChecks('updateFields.lineItems', 0), ...quoteChecks('updateFields')],
		},
		output: { postReceive: [zohoRecord('estimate')] },
	},
};

export const properties: INodeProperties[] = [
	quoteId(['update']),
	collection('quote', ['update'], 'updateFields', 'Update Fields', quoteFields('updateFields')),
];
