import { deleteOperation } from '../../shared/operations';

export const { option, properties } = deleteOperation({
	resource: 'coupon',
	kind: 'coupon',
	path: '/v1/coupons',
	action: 'Delete a coupon',
	description: 'Delete a coupon',
});
