import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { subscriptionId, subscriptionPath, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a subscription',
	description:
		'Retrieve one subscription by ID: status, plan, add-ons, customer, amount, current term and next billing date, card, coupon, notes and custom fields',
	routing: {
		request: { method: 'GET', url: subscriptionPath },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [subscriptionId(['get'])];
