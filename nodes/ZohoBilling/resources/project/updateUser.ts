import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, text } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { byDisplayName } from '../../shared/fields';
import { zohoItems } from '../../shared/output';
import { projectId, projectUserChecks, projectUserFields, roleField } from './fields';
import { projectUserLocator } from '../../shared/descriptions';

export const option: INodePropertyOptions = {
	name: 'Update User',
	value: 'updateUser',
	action: 'Update a user of a project',
	description: 'Update a user\'s role, rate or budget hours in a project',
	routing: {
		request: {
			method: 'PUT',
			url: '/projects/{projectId}/users/{userId}',
		},
		send: {
			paginate: true,
			preSend: [
				required('projectId', 'Project'),
				required('userId', 'User'),
				check('updateFields.user_name', 'User Name', [maxLength(200)]),
				...projectUserChecks('updateFields'),
			],
		},
		output: { postReceive: [zohoItems('users', true)] },
	},
};

export const properties: INodeProperties[] = [
	projectId(['updateUser']),
	projectUserLocator('project', ['updateUser'], 'The user to change: pick it from the list (choose the project first) or enter the user ID'),
	collection('project', ['updateUser'], 'updateFields', 'Update Fields', byDisplayName([
			roleField(),
			text('user_name', 'User Name', 'Name of the user (at most 200 characters)'),
			...projectUserFields(),
		])),
];
