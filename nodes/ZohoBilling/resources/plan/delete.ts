import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { planCode } from './fields';
import { notice } from '../../../shared/fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a plan',
	description: 'Delete a plan',
	routing: {
		request: { method: 'DELETE', url: '/plans/{planCode}' },
		send: { paginate: true, preSend: [required('planCode', 'Plan')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('plan', ['delete'], 'Zoho refuses to delete a plan that has transactions: mark it as inactive instead.'), planCode(['delete'])];
