import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { projectId } from './fields';
import { projectUserLocator } from '../../shared/descriptions';

export const option: INodePropertyOptions = {
	name: 'Delete User',
	value: 'deleteUser',
	action: 'Remove a user from a project',
	description: 'Remove a user from a project; they stay in the organization',
	routing: {
		request: { method: 'DELETE', url: '/projects/{projectId}/users/{userId}' },
		send: { paginate: true, preSend: [required('projectId', 'Project'), required('userId', 'User')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [projectId(['deleteUser']), projectUserLocator('project', ['deleteUser'], 'The user to remove: pick it from the list (choose the project first) or enter the user ID')];
