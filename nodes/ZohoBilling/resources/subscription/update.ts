import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { planCodeLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { planDetailChecks, planDetailsField } from './fields';
import { RESOURCE, fieldChecks, subscriptionId, subscriptionPath, subscriptionRequired, updateFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a subscription',
	description: 'Update a subscription\'s plan, quantity, add-ons or other fields',
	routing: {
		request: { method: 'PUT', url: subscriptionPath },
		send: { paginate: true, preSend: [subscriptionRequired, ...planDetailChecks, ...fieldChecks('updateFields', false)] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	notice('subscription', ['update'], 'Zoho needs the plan on every update: repeat the current one to keep it.'),
	subscriptionId(['update']),
	planCodeLocator(
		RESOURCE,
		['update'],
		'The plan of the subscription after the update: pick it or enter its plan code (Zoho needs it on every update; repeat the current plan to keep it)',
	),
	planDetailsField(RESOURCE, ['update']),
	collection(RESOURCE, ['update'], 'updateFields', 'Update Fields', updateFields),
];
