import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { planCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Active',
	value: 'markAsActive',
	action: 'Mark a plan as active',
	description: 'Make an inactive plan available for new subscriptions',
	routing: {
		request: { method: 'POST', url: '/plans/{planCode}/markasactive' },
		send: { paginate: true, preSend: [required('planCode', 'Plan')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [planCode(['markAsActive'])];
