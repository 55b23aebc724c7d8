import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { getManyProperties, queryFilter, zohoId } from '../../shared/catalog';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many coupons',
	description:
		'List coupons, optionally only active, inactive or expired ones, or only those of one product (Filters). Return All reads every page; otherwise Limit sets how many coupons to output.',
	routing: {
		request: { method: 'GET', url: '/coupons' },
		send: { paginate: true, preSend: [check('filters.product_id', 'Product ID', [zohoId])] },
		operations: { pagination: zohoList('coupons') },
	},
};

export const properties: INodeProperties[] = getManyProperties('coupon', [
	{
		displayName: 'Status',
		name: 'filter_by',
		type: 'options',
		default: 'CouponStatus.All',
		description: 'Which coupons to list',
		options: [
			{ name: 'Active', value: 'CouponStatus.ACTIVE' },
			{ name: 'All', value: 'CouponStatus.All' },
			{ name: 'Expired', value: 'CouponStatus.EXPIRED' },
			{ name: 'Inactive', value: 'CouponStatus.INACTIVE' },
		],
		routing: { send: { type: 'query', property: 'filter_by' } },
	},
	queryFilter('product_id', 'Product ID', 'Only the coupons of this product', 'string', '903000000045027'),
]);
