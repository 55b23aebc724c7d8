import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { planCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Inactive',
	value: 'markAsInactive',
	action: 'Mark a plan as inactive',
	description: 'Stop offering a plan; existing subscriptions continue',
	routing: {
		request: { method: 'POST', url: '/plans/{planCode}/markasinactive' },
		send: { paginate: true, preSend: [required('planCode', 'Plan')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [planCode(['markAsInactive'])];
