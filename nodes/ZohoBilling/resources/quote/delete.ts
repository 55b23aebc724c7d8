import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a quote',
	description: 'Delete a quote',
	routing: {
		request: { method: 'DELETE', url: '/estimates/{quoteId}' },
		send: { paginate: true, preSend: [required('quoteId', 'Quote')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [quoteId(['delete'])];
