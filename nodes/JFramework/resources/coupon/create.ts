import { createOperation } from '../../shared/operations';
import { couponForm } from './fields';

export const { option, properties } = createOperation({
	resource: 'coupon',
	path: '/v1/coupons',
	action: 'Create a coupon',
	description: 'Create a coupon with a code and a validity period',
	form: couponForm,
});
