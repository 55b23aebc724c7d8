import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Declined',
	value: 'markAsDeclined',
	action: 'Mark a quote as declined',
	description: 'Mark a sent quote as declined by the customer',
	routing: {
		request: { method: 'POST', url: '/estimates/{quoteId}/status/declined' },
		send: { paginate: true, preSend: [required('quoteId', 'Quote')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [quoteId(['markAsDeclined'])];
