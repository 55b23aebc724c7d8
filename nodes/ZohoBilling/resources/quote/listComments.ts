import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoItems } from '../../shared/output';
import { quoteId } from './fields';
import { withoutBody } from '../../../shared/operations';

export const option: INodePropertyOptions = {
	name: 'List Comments',
	value: 'listComments',
	action: 'List comments of a quote',
	description: 'List a quote\'s comments and history, one item per entry',
	routing: {
		request: { method: 'GET', url: '/estimates/{quoteId}/comments' },
		send: { paginate: true, preSend: [required('quoteId', 'Quote'), withoutBody] },
		output: { postReceive: [zohoItems('comments')] },
	},
};

export const properties: INodeProperties[] = [quoteId(['listComments'])];
