import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { taskChecks, taskFields, taskName, taskProject } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a task',
	description: 'Add a task to a project, to log time against it',
	routing: {
		request: { method: 'POST', url: '/projects/{projectId}/tasks' },
		send: { paginate: true, preSend: taskChecks('additionalFields') },
		output: { postReceive: [zohoRecord('task')] },
	},
};

export const properties: INodeProperties[] = [
	taskProject(['create']),
	taskName(['create'], false),
	collection('task', ['create'], 'additionalFields', 'Additional Fields', taskFields('additionalFields')),
];
