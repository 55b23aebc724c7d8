import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a project',
	description:
		'Delete a project by its ID with its tasks; Zoho refuses when expenses were recorded for it (deactivate it instead). Outputs success: true with Zoho\'s message.',
	routing: {
		request: { method: 'DELETE', url: '/projects/{projectId}' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [projectId(['delete'])];
