import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'coupon',
	kind: 'coupon',
	path: '/v1/coupons',
	action: 'Get a coupon',
	description: 'Retrieve one coupon by ID: code, name, percentage, quantity, validity dates, status and test mode',
});
