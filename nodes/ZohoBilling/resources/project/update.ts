import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { projectCoreChecks, projectCoreFields, projectFieldChecks, projectFields, projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a project',
	description:
		'Change a project by its ID. Zoho needs the project name, customer ID and billing method (and the rate for fixed cost or project hours) on every update: repeat the current ones to keep them. Tasks and users are changed with the Task resource and the user operations. Outputs the updated project.',
	routing: {
		request: { method: 'PUT', url: '/projects/{projectId}' },
		send: { paginate: true, preSend: [required('projectId', 'Project'), ...projectCoreChecks(), ...projectFieldChecks('updateFields')] },
		output: { postReceive: [zohoRecord('project')] },
	},
};

export const properties: INodeProperties[] = [
	projectId(['update']),
	...projectCoreFields(['update'], true),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('project', ['update']),
		options: projectFields('updateFields', false),
	},
];
