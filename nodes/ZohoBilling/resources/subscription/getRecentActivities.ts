import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoItems } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Recent Activities',
	value: 'getRecentActivities',
	action: 'Get the recent activities of a subscription',
	description: 'Retrieve the recent activities of a subscription',
	routing: {
		request: { method: 'GET', url: '/subscriptions/{subscriptionId}/recentactivities' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoItems('activities')] },
	},
};

export const properties: INodeProperties[] = [subscriptionId(['getRecentActivities'])];
