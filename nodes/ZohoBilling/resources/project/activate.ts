import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Activate',
	value: 'activate',
	action: 'Activate a project',
	description:
		'Mark an inactive project as active again, so time can be logged on it. Outputs success: true with Zoho\'s message.',
	routing: {
		request: { method: 'POST', url: '/projects/{projectId}/active' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [projectId(['activate'])];
