import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'coupon',
	kind: 'coupon',
	path: '/v1/coupons',
	action: 'Get a coupon',
	description: 'Retrieve a coupon: code, percentage, uses, validity and status',
});
