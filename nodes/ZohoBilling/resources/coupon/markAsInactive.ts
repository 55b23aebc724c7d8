import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { couponCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Inactive',
	value: 'markAsInactive',
	action: 'Mark a coupon as inactive',
	description: 'Stop applying a coupon to new subscriptions; current ones keep it',
	routing: {
		request: { method: 'POST', url: '/coupons/{couponCode}/markasinactive' },
		send: { paginate: true, preSend: [required('couponCode', 'Coupon')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [couponCode(['markAsInactive'])];
