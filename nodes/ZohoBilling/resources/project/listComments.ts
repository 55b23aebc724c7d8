import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { listControls } from '../../shared/projectsExpenses';
import { zohoList } from '../../shared/transport';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'List Comments',
	value: 'listComments',
	action: 'List the comments of a project',
	description:
		'List the comments posted on a project (one item each: comment ID, text, author, date and time). Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/projects/{projectId}/comments' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		operations: { pagination: zohoList('comments') },
	},
};

export const properties: INodeProperties[] = [projectId(['listComments']), ...listControls('project', 'listComments')];
