import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { couponLocator } from '../../shared/descriptions';
import { zohoActionResult } from '../../shared/output';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Associate Coupon',
	value: 'associateCoupon',
	action: 'Associate a coupon with a subscription',
	description: 'Apply a coupon to a subscription; it discounts the next invoices',
	routing: {
		request: {
			method: 'POST',
			url: '/subscriptions/{subscriptionId}/coupons/{couponCode}',
		},
		send: { paginate: true, preSend: [subscriptionRequired, required('couponCode', 'Coupon')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['associateCoupon']),
	couponLocator(RESOURCE, ['associateCoupon'], 'The coupon to apply: pick it from the list or enter its coupon code'),
];
