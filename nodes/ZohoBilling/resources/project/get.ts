import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a project',
	description: 'Retrieve a project with its tasks and users',
	routing: {
		request: { method: 'GET', url: '/projects/{projectId}' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		output: { postReceive: [zohoRecord('project')] },
	},
};

export const properties: INodeProperties[] = [projectId(['get'])];
