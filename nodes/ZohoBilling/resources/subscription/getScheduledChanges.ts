import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Scheduled Changes',
	value: 'getScheduledChanges',
	action: 'Get the scheduled changes of a subscription',
	description:
		'View the changes scheduled for the end of the current term (an Update with Apply at End of Term): the subscription as it will be, with its plan, add-ons, amount and taxes',
	routing: {
		request: { method: 'GET', url: '/subscriptions/{subscriptionId}/scheduledchanges' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [subscriptionId(['getScheduledChanges'])];
