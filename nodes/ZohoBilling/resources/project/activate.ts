import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Activate',
	value: 'activate',
	action: 'Activate a project',
	description: 'Mark a project as active, so time can be logged on it',
	routing: {
		request: { method: 'POST', url: '/projects/{projectId}/active' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [projectId(['activate'])];
