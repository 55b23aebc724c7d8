import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, text } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { getManyProperties, queryFilter } from '../../shared/fields';
import { isZohoId } from '../../shared/validation';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many coupons',
	description: 'Retrieve many coupons, optionally by status or product',
	routing: {
		request: { method: 'GET', url: '/coupons' },
		send: { paginate: true, preSend: [check('filters.product_id', 'Product ID', [isZohoId])] },
		operations: { pagination: zohoList('coupons') },
	},
};

export const properties: INodeProperties[] = getManyProperties('coupon', [
	choice('filter_by', 'Status', 'Which coupons to list', [
		{ name: 'Active', value: 'CouponStatus.ACTIVE' },
		{ name: 'All', value: 'CouponStatus.All' },
		{ name: 'Expired', value: 'CouponStatus.EXPIRED' },
		{ name: 'Inactive', value: 'CouponStatus.INACTIVE' },
	], 'query', { default: 'CouponStatus.All' }),
	queryFilter(text('product_id', 'Product ID', 'Only the coupons of this product', 'query', { placeholder: '903000000045027' })),
]);
