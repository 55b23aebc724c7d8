import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { customerId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Active',
	value: 'markAsActive',
	action: 'Mark a customer as active',
	description: 'Make an inactive customer active again',
	routing: {
		request: { method: 'POST', url: '/customers/{customerId}/markasactive' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [customerId(['markAsActive'])];
