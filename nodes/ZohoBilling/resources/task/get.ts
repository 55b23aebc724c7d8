import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { taskId, taskProject } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a task',
	description: 'Retrieve a task of a project',
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
