import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'List Comments',
	value: 'listComments',
	action: 'List the comments of a project',
	description: 'List the comments of a project',
	routing: {
		request: { method: 'GET', url: '/projects/{projectId}/comments' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		operations: { pagination: zohoList('comments') },
	},
};

export const properties: INodeProperties[] = [projectId(['listComments']), ...returnAllAndLimit('project', 'listComments')];
