import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { customerId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Inactive',
	value: 'markAsInactive',
	action: 'Mark a customer as inactive',
	description:
		'Set a customer\'s status to inactive, by customer ID; Zoho allows it only when the customer has no active subscription. Outputs success and Zoho\'s message.',
	routing: {
		request: { method: 'POST', url: '/customers/{customerId}/markasinactive' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [customerId(['markAsInactive'])];
