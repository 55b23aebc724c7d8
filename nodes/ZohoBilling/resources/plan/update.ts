import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { nameField, planChecks, planCode, updateOptions } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a plan',
	description:
		'Change a plan, given by its plan code. Zoho needs the name on every update (repeat the current one to keep it); only the Update Fields that are set are sent, e.g. recurring price, interval, trial days, setup fee, description or the associated add-ons. Outputs the updated plan.',
	routing: {
		request: { method: 'PUT', url: '/plans/{planCode}' },
		send: { paginate: true, preSend: [required('planCode', 'Plan'), ...planChecks('updateFields', false)] },
		output: { postReceive: [zohoRecord('plan')] },
	},
};

export const properties: INodeProperties[] = [
	planCode(['update']),
	nameField(['update'], 'Name of the plan (Zoho requires it on every update; repeat the current one to keep it)'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('plan', ['update']),
		options: updateOptions('updateFields'),
	},
];
