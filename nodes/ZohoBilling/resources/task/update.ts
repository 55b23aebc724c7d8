import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { taskChecks, taskFields, taskId, taskName, taskProject } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a task',
	description: 'Update a task\'s name, description, rate or budget hours',
	routing: {
		request: {
			method: 'PUT',
			url: '/projects/{projectId}/tasks/{taskId}',
		},
		send: { paginate: true, preSend: [required('taskId', 'Task'), ...taskChecks('updateFields')] },
		output: { postReceive: [zohoRecord('task')] },
	},
};

export const properties: INodeProperties[] = [
	notice('task', ['update'], 'Zoho needs the task name on every update: repeat the current one to keep it.'),
	taskProject(['update']),
	taskId(['update']),
	taskName(['update'], true),
	collection('task', ['update'], 'updateFields', 'Update Fields', taskFields('updateFields')),
];
