import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Deactivate',
	value: 'deactivate',
	action: 'Deactivate a project',
	description: 'Mark a project as inactive; it can be activated again',
	routing: {
		request: { method: 'POST', url: '/projects/{projectId}/inactive' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [projectId(['deactivate'])];
