import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice, showFor } from '../../../shared/fields';
import { check, isEmail, maxLength, required } from '../../../shared/validation';
import { byDisplayName } from '../../shared/fields';
import { zohoItems } from '../../shared/output';
import { projectId, projectUserChecks, projectUserFields, roleField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Invite User',
	value: 'inviteUser',
	action: 'Invite a user to a project',
	description: 'Invite someone to a project by name and email',
	routing: {
		request: { method: 'POST', url: '/projects/{projectId}/users/invite' },
		send: {
			paginate: true,
			preSend: [
				required('projectId', 'Project'),
				check('user_name', 'User Name', [maxLength(200)], true),
				check('email', 'Email', [isEmail, maxLength(100)], true),
				...projectUserChecks('additionalFields'),
			],
		},
		output: { postReceive: [zohoItems('users', true)] },
	},
};

export const properties: INodeProperties[] = [
	notice('project', ['inviteUser'], 'Zoho adds the person as a user of the organization and of the project, and emails them an invitation.'),
	projectId(['inviteUser']),
	{
		displayName: 'User Name',
		name: 'user_name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'John David',
		description: 'Name of the person to invite (at most 200 characters)',
		displayOptions: showFor('project', ['inviteUser']),
		routing: { send: { type: 'body', property: 'user_name' } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'name@email.com',
		description: 'Email address the invitation is sent to (at most 100 characters)',
		displayOptions: showFor('project', ['inviteUser']),
		routing: { send: { type: 'body', property: 'email' } },
	},
	collection('project', ['inviteUser'], 'additionalFields', 'Additional Fields', byDisplayName([roleField(), ...projectUserFields(true)])),
];
