import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'List Users',
	value: 'listUsers',
	action: 'List the users of a project',
	description: 'List the users assigned to a project',
	routing: {
		request: { method: 'GET', url: '/projects/{projectId}/users' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		operations: { pagination: zohoList('users') },
	},
};

export const properties: INodeProperties[] = [projectId(['listUsers']), ...returnAllAndLimit('project', 'listUsers')];
