import { updateOperation } from '../../shared/operations';
import { couponForm } from './fields';

export const { option, properties } = updateOperation({
	resource: 'coupon',
	kind: 'coupon',
	path: '/v1/coupons',
	action: 'Update a coupon',
	description: 'Replace a coupon; optional fields not set are cleared',
	what: 'coupon',
	form: couponForm,
});
