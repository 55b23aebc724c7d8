import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { couponCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a coupon',
	description: 'Retrieve one coupon by its coupon code: discount, type, duration, status, redemptions, expiry date and the plans and add-ons it applies to',
	routing: {
		request: { method: 'GET', url: '/coupons/{couponCode}' },
		send: { paginate: true, preSend: [required('couponCode', 'Coupon')] },
		output: { postReceive: [zohoRecord('coupon')] },
	},
};

export const properties: INodeProperties[] = [couponCode(['get'])];
