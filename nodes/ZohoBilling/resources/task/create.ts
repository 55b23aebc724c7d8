import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
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
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('task', ['create']),
		options: taskFields('additionalFields'),
	},
];
