import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { couponCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a coupon',
	description: 'Retrieve a coupon by its coupon code',
	routing: {
		request: { method: 'GET', url: '/coupons/{couponCode}' },
		send: { paginate: true, preSend: [required('couponCode', 'Coupon')] },
		output: { postReceive: [zohoRecord('coupon')] },
	},
};

export const properties: INodeProperties[] = [couponCode(['get'])];
