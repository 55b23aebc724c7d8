import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Scheduled Changes',
	value: 'getScheduledChanges',
	action: 'Get the scheduled changes of a subscription',
	description: 'Retrieve the changes scheduled for the end of the current term',
	routing: {
		request: { method: 'GET', url: '/subscriptions/{subscriptionId}/scheduledchanges' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [notice('subscription', ['getScheduledChanges'], 'Outputs the subscription as it will be once the changes made by an Update with Apply at End of Term take effect.'), subscriptionId(['getScheduledChanges'])];
