import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { zohoItems } from '../../shared/output';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Post Comment',
	value: 'postComment',
	action: 'Post a comment on a project',
	description: 'Post a comment on a project',
	routing: {
		request: { method: 'POST', url: '/projects/{projectId}/comments' },
		send: { paginate: true, preSend: [required('projectId', 'Project'), check('description', 'Comment', [maxLength(500)], true)] },
		output: { postReceive: [zohoItems('comments', true)] },
	},
};

export const properties: INodeProperties[] = [
	projectId(['postComment']),
	{
		displayName: 'Comment',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'Billing based on task hours',
		description: 'Text of the comment (at most 500 characters)',
		displayOptions: showFor('project', ['postComment']),
		routing: { send: { type: 'body', property: 'description' } },
	},
];
