import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { projectCoreChecks, projectCoreFields, projectFieldChecks, projectFields, projectId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a project',
	description: 'Update a project\'s name, customer, billing method or budget',
	routing: {
		request: { method: 'PUT', url: '/projects/{projectId}' },
		send: { paginate: true, preSend: [required('projectId', 'Project'), ...projectCoreChecks(), ...projectFieldChecks('updateFields')] },
		output: { postReceive: [zohoRecord('project')] },
	},
};

export const properties: INodeProperties[] = [
	notice('project', ['update'], 'Zoho needs the project name, customer and billing method (and the rate, where shown) on every update: repeat the current ones to keep them. Tasks and users change with the Task resource and the user operations.'),
	projectId(['update']),
	...projectCoreFields(['update'], true),
	collection('project', ['update'], 'updateFields', 'Update Fields', projectFields('updateFields', false)),
];
