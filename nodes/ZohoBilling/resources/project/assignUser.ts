import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, showFor } from '../../../shared/fields';
import { check, required } from '../../../shared/validation';
import { zohoItems } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { projectId, projectUserChecks, projectUserFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Assign User',
	value: 'assignUser',
	action: 'Assign a user to a project',
	description: 'Assign a user of the organization to a project',
	routing: {
		request: { method: 'POST', url: '/projects/{projectId}/users' },
		send: {
			paginate: true,
			preSend: [required('projectId', 'Project'), check('user_id', 'User ID', [isZohoId], true), ...projectUserChecks('additionalFields')],
		},
		output: { postReceive: [zohoItems('users', true)] },
	},
};

export const properties: INodeProperties[] = [
	projectId(['assignUser']),
	{
		displayName: 'User ID',
		name: 'user_id',
		type: 'string',
		required: true,
		default: '',
		placeholder: '460000000024003',
		description: 'ID of the user of the organization to add to the project (to add someone who is not a user yet, use Invite User)',
		displayOptions: showFor('project', ['assignUser']),
		routing: { send: { type: 'body', property: 'user_id' } },
	},
	collection('project', ['assignUser'], 'additionalFields', 'Additional Fields', projectUserFields()),
];
