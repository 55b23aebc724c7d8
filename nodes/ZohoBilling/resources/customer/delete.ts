import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { customerId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a customer',
	description:
		'Delete a customer by ID; Zoho refuses when the customer still has subscriptions or transactions (mark it inactive instead). Outputs success and Zoho\'s message.',
	routing: {
		request: { method: 'DELETE', url: '/customers/{customerId}' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [customerId(['delete'])];
