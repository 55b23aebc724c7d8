import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { planCodeLocator } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { customerDetailChecks, planDetailChecks, planDetailsField, subscriberFields } from './fields';
import { RESOURCE, createFields, fieldChecks } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a subscription',
	description: 'Create a subscription: subscribe a customer to a plan',
	routing: {
		request: { method: 'POST', url: '/subscriptions' },
		send: { paginate: true, preSend: [...planDetailChecks, ...customerDetailChecks, ...fieldChecks('additionalFields', true)] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	...subscriberFields(RESOURCE, ['create']),
	planCodeLocator(RESOURCE, ['create'], 'The plan to subscribe to: pick it from the list or enter its plan code'),
	planDetailsField(RESOURCE, ['create']),
	collection(RESOURCE, ['create'], 'additionalFields', 'Additional Fields', createFields),
];
