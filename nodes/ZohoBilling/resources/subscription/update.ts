import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { planCodeLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { planDetailChecks, planDetailsField } from './fields';
import { RESOURCE, fieldChecks, subscriptionId, subscriptionPath, subscriptionRequired, updateFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a subscription',
	description:
		'Change a subscription\'s plan (upgrade/downgrade), quantity, price, add-ons, coupon, card, auto collect, reference or custom fields. Needs the subscription ID and the plan code (repeat the current one to keep the plan); Apply at End of Term schedules the change instead. Outputs the subscription.',
	routing: {
		request: { method: 'PUT', url: subscriptionPath },
		send: { paginate: true, preSend: [subscriptionRequired, ...planDetailChecks, ...fieldChecks('updateFields', false)] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['update']),
	planCodeLocator(
		RESOURCE,
		['update'],
		'The plan of the subscription after the update: pick it or enter its plan code (Zoho needs it on every update; repeat the current plan to keep it)',
	),
	planDetailsField(RESOURCE, ['update']),
	collection(RESOURCE, ['update'], 'updateFields', 'Update Fields', updateFields),
];
