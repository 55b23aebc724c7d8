import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoItems } from '../../shared/output';
import { projectId } from './fields';
import { projectUserLocator } from '../../shared/descriptions';

export const option: INodePropertyOptions = {
	name: 'Get User',
	value: 'getUser',
	action: 'Get a user of a project',
	description: 'Retrieve a user of a project',
	routing: {
		request: { method: 'GET', url: '/projects/{projectId}/users/{userId}' },
		send: { paginate: true, preSend: [required('projectId', 'Project'), required('userId', 'User')] },
		output: { postReceive: [zohoItems('users', true)] },
	},
};

export const properties: INodeProperties[] = [projectId(['getUser']), projectUserLocator('project', ['getUser'], 'The user of the project: pick it from the list (choose the project first) or enter the user ID')];
