import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { couponCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a coupon',
	description: 'Delete a coupon; subscriptions already using it are not changed',
	routing: {
		request: { method: 'DELETE', url: '/coupons/{couponCode}' },
		send: { paginate: true, preSend: [required('couponCode', 'Coupon')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [couponCode(['delete'])];
