import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { subscriptionId, subscriptionPath, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a subscription',
	description: 'Retrieve a subscription by its ID',
	routing: {
		request: { method: 'GET', url: subscriptionPath },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [subscriptionId(['get'])];
