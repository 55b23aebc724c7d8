import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Reactivate',
	value: 'reactivate',
	action: 'Reactivate a subscription',
	description: 'Reactivate a non-renewing subscription so it renews again',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/reactivate' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [subscriptionId(['reactivate'])];
