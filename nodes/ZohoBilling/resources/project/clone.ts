import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, showFor, text } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Clone',
	value: 'clone',
	action: 'Clone a project',
	description: 'Clone a project with its settings, tasks and users',
	routing: {
		request: { method: 'POST', url: '/projects/{projectId}/clone' },
		send: {
			paginate: true,
			preSend: [
				required('projectId', 'Project'),
				check('project_name', 'Project Name', [maxLength(100)], true),
				check('additionalFields.description', 'Description', [maxLength(500)]),
			],
		},
		output: { postReceive: [zohoRecord('project')] },
	},
};

export const properties: INodeProperties[] = [
	projectId(['clone']),
	{
		displayName: 'Project Name',
		name: 'project_name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Network Distribution 2',
		description: 'Name of the new project (at most 100 characters)',
		displayOptions: showFor('project', ['clone']),
		routing: { send: { type: 'body', property: 'project_name' } },
	},
	collection('project', ['clone'], 'additionalFields', 'Additional Fields', [text('description', 'Description', 'Description of the new project (at most 500 characters)', 'body', { typeOptions: { rows: 2 } })]),
];
