import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice, showFor } from '../../../shared/fields';
import { check, maxLength, required } from '../../../shared/validation';
import { zohoRecordOrAction } from '../../shared/output';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Comment',
	value: 'addComment',
	action: 'Add a comment to a quote',
	description: 'Add a comment to a quote, optionally shown to the customer',
	routing: {
		request: { method: 'POST', url: '/estimates/{quoteId}/comments' },
		send: { paginate: true, preSend: [required('quoteId', 'Quote'), check('description', 'Comment', [maxLength(2000)], true)] },
		output: { postReceive: [zohoRecordOrAction('comment')] },
	},
};

export const properties: INodeProperties[] = [
	notice('quote', ['addComment'], 'Outputs the comment, or { success, message } when Zoho does not return it: List Comments then shows its ID.'),
	quoteId(['addComment']),
	{
		displayName: 'Comment',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'Text of the comment',
		displayOptions: showFor('quote', ['addComment']),
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Show to Customer',
		name: 'show_comment_to_clients',
		type: 'boolean',
		default: false,
		description: 'Whether the customer sees the comment in the customer portal',
		displayOptions: showFor('quote', ['addComment']),
		routing: { send: { type: 'body', property: 'show_comment_to_clients' } },
	},
];
