import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a project',
	description: 'Delete a project with its tasks',
	routing: {
		request: { method: 'DELETE', url: '/projects/{projectId}' },
		send: { paginate: true, preSend: [required('projectId', 'Project')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('project', ['delete'], 'Zoho refuses to delete a project that has expenses recorded: deactivate it instead.'), projectId(['delete'])];
