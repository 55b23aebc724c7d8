import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { projectCommentId, projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete Comment',
	value: 'deleteComment',
	action: 'Delete a comment of a project',
	description: 'Delete a comment from a project',
	routing: {
		request: { method: 'DELETE', url: '/projects/{projectId}/comments/{commentId}' },
		send: { paginate: true, preSend: [required('projectId', 'Project'), required('commentId', 'Comment')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [projectId(['deleteComment']), projectCommentId(['deleteComment'])];
