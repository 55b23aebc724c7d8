import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { quoteCommentId } from './comment';
import { quoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete Comment',
	value: 'deleteComment',
	action: 'Delete a comment of a quote',
	description: 'Delete a comment of a quote',
	routing: {
		request: {
			method: 'DELETE',
			url: '/estimates/{quoteId}/comments/{commentId}',
		},
		send: { paginate: true, preSend: [required('quoteId', 'Quote'), required('commentId', 'Comment')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [quoteId(['deleteComment']), quoteCommentId(['deleteComment'])];
