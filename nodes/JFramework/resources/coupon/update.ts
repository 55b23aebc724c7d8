import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator } from '../../shared/descriptions';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';
import { couponChecks, couponFields, couponOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a coupon',
	description: 'Replace a coupon: name, code and start/end dates (ISO 8601) are always sent; JFramework clears the optional fields (percentage, quantity, auto-apply, description, tags, status, test mode) that are not set. Outputs the coupon.',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/coupons', 'coupon') },
		send: { paginate: true, preSend: [required('couponId', 'Coupon'), ...couponChecks('updateFields')] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	locator('coupon', 'coupon', ['update']),
	...couponFields('update'),
	couponOptionalFields('update', 'updateFields', 'Update Fields', true),
];
