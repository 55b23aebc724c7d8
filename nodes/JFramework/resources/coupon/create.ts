import type { INodePropertyOptions } from 'n8n-workflow';

import { jfwData } from '../../shared/transport';
import { couponChecks, couponFields, couponOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a coupon',
	description: 'Create a coupon: name, code and start/end dates (ISO 8601) are required; percentage (more than 0, at most 100), number of uses, auto-apply, description, tags, status and test mode are optional. Outputs the coupon.',
	routing: {
		request: { method: 'POST', url: '/v1/coupons' },
		send: { paginate: true, preSend: couponChecks('additionalFields') },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [...couponFields('create'), couponOptionalFields('create', 'additionalFields', 'Additional Fields', false)];
