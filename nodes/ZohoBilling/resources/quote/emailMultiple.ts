import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoActionResult } from '../../shared/output';
import { quoteIdsCheck, quoteIdsField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Email Multiple',
	value: 'emailMultiple',
	action: 'Email multiple quotes',
	description: 'Email up to 10 quotes to their customers with Zoho\'s default email',
	routing: {
		request: { method: 'POST', url: '/estimates/email' },
		send: { paginate: true, preSend: [quoteIdsCheck(10)] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [quoteIdsField(['emailMultiple'], 10, 'email')];
