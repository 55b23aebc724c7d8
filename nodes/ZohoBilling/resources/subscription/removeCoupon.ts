import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoActionResult } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Coupon',
	value: 'removeCoupon',
	action: 'Remove the coupon from a subscription',
	description: 'Remove the coupon from a subscription',
	routing: {
		request: { method: 'DELETE', url: '/subscriptions/{subscriptionId}/coupons' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [subscriptionId(['removeCoupon'])];
