import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { couponCode } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Active',
	value: 'markAsActive',
	action: 'Mark a coupon as active',
	description: 'Make an inactive coupon usable again for new subscriptions',
	routing: {
		request: { method: 'POST', url: '/coupons/{couponCode}/markasactive' },
		send: { paginate: true, preSend: [required('couponCode', 'Coupon')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [couponCode(['markAsActive'])];
