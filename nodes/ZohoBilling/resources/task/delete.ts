import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { taskId, taskProject } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a task',
	description: 'Delete a task from a project',
	routing: {
		request: {
			method: 'DELETE',
			url: '/projects/{projectId}/tasks/{taskId}',
		},
		send: { paginate: true, preSend: [required('projectId', 'Project'), required('taskId', 'Task')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [taskProject(['delete']), taskId(['delete'])];
