import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { planName, planChecks, planCode, planUpdateOptions } from './fields';
import { notice } from '../../../shared/fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a plan',
	description: 'Update a plan\'s name, price, interval, trial, setup fee or add-ons',
	routing: {
		request: { method: 'PUT', url: '/plans/{planCode}' },
		send: { paginate: true, preSend: [required('planCode', 'Plan'), ...planChecks('updateFields', false)] },
		output: { postReceive: [zohoRecord('plan')] },
	},
};

export const properties: INodeProperties[] = [
	notice('plan', ['update'], 'Zoho needs the name on every update: repeat the current one to keep it.'),
	planCode(['update']),
	planName(['update'], 'Name of the plan (Zoho requires it on every update; repeat the current one to keep it)'),
	collection('plan', ['update'], 'updateFields', 'Update Fields', planUpdateOptions('updateFields')),
];
