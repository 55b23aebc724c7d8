import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { couponChecks, couponCode, couponOptions, couponName } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a coupon',
	description:
		'Change a coupon, given by its coupon code. Zoho lets an existing coupon change only its name (required on every update; repeat the current one to keep it), description, expiry date (yyyy-mm-dd) and max redemptions; the discount, type and plans cannot change. Outputs the updated coupon.',
	routing: {
		request: { method: 'PUT', url: '/coupons/{couponCode}' },
		send: { paginate: true, preSend: [required('couponCode', 'Coupon'), ...couponChecks('updateFields')] },
		output: { postReceive: [zohoRecord('coupon')] },
	},
};

export const properties: INodeProperties[] = [
	couponCode(['update']),
	couponName(['update'], 'Name of the coupon (Zoho requires it on every update; repeat the current one to keep it)'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('coupon', ['update']),
		options: couponOptions('updateFields'),
	},
];
