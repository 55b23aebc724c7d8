import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Sent',
	value: 'markAsSent',
	action: 'Mark a quote as sent',
	description: 'Mark a draft quote as sent, e.g. one sent outside Zoho',
	routing: {
		request: { method: 'POST', url: '/estimates/{quoteId}/status/sent' },
		send: { paginate: true, preSend: [required('quoteId', 'Quote')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [quoteId(['markAsSent'])];
