import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { customerId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Inactive',
	value: 'markAsInactive',
	action: 'Mark a customer as inactive',
	description: 'Mark a customer as inactive',
	routing: {
		request: { method: 'POST', url: '/customers/{customerId}/markasinactive' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	notice('customer', ['markAsInactive'], 'Zoho marks a customer as inactive only when it has no active subscription.'),
	customerId(['markAsInactive']),
];
