import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { taskProject } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many tasks',
	description: 'Retrieve many tasks of a project',
	routing: {
		request: { method: 'GET', url: '/projects/{projectId}/tasks' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		operations: { pagination: zohoList('tasks') },
	},
};

export const properties: INodeProperties[] = [taskProject(['getAll']), ...returnAllAndLimit('task', 'getAll')];
