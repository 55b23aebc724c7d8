import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, maxLength, required } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { atLeastOne, zohoRecordOrAction } from '../../shared/documents';
import { commentId } from './comment';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Comment',
	value: 'updateComment',
	action: 'Update a comment of a quote',
	description:
		'Change the text of a quote\'s comment, or whether the customer sees it. Pick the comment from the quote\'s list or enter its ID. Outputs the updated comment.',
	routing: {
		request: {
			method: 'PUT',
			url: '/estimates/{quoteId}/comments/{commentId}',
		},
		send: {
			paginate: true,
			preSend: [
				required('quoteId', 'Quote'),
				required('commentId', 'Comment'),
				atLeastOne([['updateFields', 'Update Fields']]),
				check('updateFields.description', 'Comment', [maxLength(2000)]),
			],
		},
		output: { postReceive: [zohoRecordOrAction('comment')] },
	},
};

export const properties: INodeProperties[] = [
	quoteId(['updateComment']),
	commentId(['updateComment']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('quote', ['updateComment']),
		options: [
			{
				displayName: 'Comment',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'New text of the comment',
				routing: { send: { type: 'body', property: 'description' } },
			},
			{
				displayName: 'Show to Customer',
				name: 'show_comment_to_clients',
				type: 'boolean',
				default: false,
				description: 'Whether the customer sees the comment in the customer portal',
				routing: { send: { type: 'body', property: 'show_comment_to_clients' } },
			},
		],
	},
];
