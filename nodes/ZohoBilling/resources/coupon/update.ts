import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { couponChecks, couponCode, couponOptions, couponName } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a coupon',
	description: 'Update a coupon\'s name, description, expiry date or max redemptions',
	routing: {
		request: { method: 'PUT', url: '/coupons/{couponCode}' },
		send: { paginate: true, preSend: [required('couponCode', 'Coupon'), ...couponChecks('updateFields')] },
		output: { postReceive: [zohoRecord('coupon')] },
	},
};

export const properties: INodeProperties[] = [
	notice('coupon', ['update'], 'Zoho needs the name on every update: repeat the current one to keep it. A coupon\'s discount, type and plans cannot change.'),
	couponCode(['update']),
	couponName(['update'], 'Name of the coupon (Zoho requires it on every update; repeat the current one to keep it)'),
	collection('coupon', ['update'], 'updateFields', 'Update Fields', couponOptions('updateFields')),
];
