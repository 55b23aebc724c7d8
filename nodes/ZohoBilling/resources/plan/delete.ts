import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { planCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a plan',
	description: 'Delete a plan by its plan code; Zoho refuses if the plan has transactions (mark it as inactive instead)',
	routing: {
		request: { method: 'DELETE', url: '/plans/{planCode}' },
		send: { paginate: true, preSend: [required('planCode', 'Plan')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [planCode(['delete'])];
