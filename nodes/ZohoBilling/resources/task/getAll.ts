import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { taskProject } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many tasks',
	description:
		'List the tasks of a project (one item each: task ID and name, hours logged, billed and unbilled). Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/projects/{projectId}/tasks' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		operations: { pagination: zohoList('tasks') },
	},
};

export const properties: INodeProperties[] = [taskProject(['getAll']), ...returnAllAndLimit('task', 'getAll')];
