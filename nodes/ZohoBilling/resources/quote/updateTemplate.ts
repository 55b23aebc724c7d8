import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { zohoActionResult } from '../../shared/output';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Template',
	value: 'updateTemplate',
	action: 'Update the template of a quote',
	description: 'Update the PDF template a quote is printed with',
	routing: {
		request: {
			method: 'PUT',
			url: '/estimates/{quoteId}/templates/{templateId}',
		},
		send: { paginate: true, preSend: [required('quoteId', 'Quote'), required('templateId', 'Template')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	quoteId(['updateTemplate']),
	recordLocator({
		name: 'templateId',
		displayName: 'Template',
		resource: 'quote',
		operations: ['updateTemplate'],
		searchListMethod: 'searchQuoteTemplates',
		idPlaceholder: '982000000000143',
		description: 'The PDF template to use: pick it from the list or enter its ID',
	}),
];
