import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { boolean, collection, text } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { zohoRecordOrAction } from '../../shared/output';
import { atLeastOne } from '../../shared/validation';
import { quoteCommentId } from './comment';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Comment',
	value: 'updateComment',
	action: 'Update a comment of a quote',
	description: 'Update a quote comment\'s text or whether the customer sees it',
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
	quoteCommentId(['updateComment']),
	collection('quote', ['updateComment'], 'updateFields', 'Update Fields', [
			text('description', 'Comment', 'New text of the comment', 'body', { typeOptions: { rows: 3 } }),
			boolean('show_comment_to_clients', 'Show to Customer', 'Whether the customer sees the comment in the customer portal'),
		]),
];
