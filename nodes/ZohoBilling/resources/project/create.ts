import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { projectCoreChecks, projectCoreFields, projectFieldChecks, projectFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a project',
	description: 'Create a project for a customer',
	routing: {
		request: { method: 'POST', url: '/projects' },
		send: { paginate: true, preSend: [...projectCoreChecks(), ...projectFieldChecks('additionalFields')] },
		output: { postReceive: [zohoRecord('project')] },
	},
};

export const properties: INodeProperties[] = [
	...projectCoreFields(['create'], false),
	collection('project', ['create'], 'additionalFields', 'Additional Fields', projectFields('additionalFields', true)),
];
