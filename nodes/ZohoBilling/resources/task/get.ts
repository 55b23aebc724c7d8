import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { taskId, taskProject } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a task',
	description: 'Retrieve one task of a project by the project and the task ID: name, description, hourly rate, status and whether it is billable',
	routing: {
		request: {
			method: 'GET',
			url: '/projects/{projectId}/tasks/{taskId}',
		},
		send: { paginate: true, preSend: [required('projectId', 'Project'), required('taskId', 'Task')] },
		output: { postReceive: [zohoRecord('task')] },
	},
};

export const properties: INodeProperties[] = [taskProject(['get']), taskId(['get'])];
