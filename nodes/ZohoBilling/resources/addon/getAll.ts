import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { getManyProperties, queryFilter, zohoId } from '../../shared/catalog';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many add-ons',
	description:
		'List add-ons, optionally only active, inactive, one-time or recurring ones, or only those of one product (Filters). Return All reads every page; otherwise Limit sets how many add-ons to output.',
	routing: {
		request: { method: 'GET', url: '/addons' },
		send: { paginate: true, preSend: [check('filters.product_id', 'Product ID', [zohoId])] },
		operations: { pagination: zohoList('addons') },
	},
};

export const properties: INodeProperties[] = getManyProperties('addon', [
	{
		displayName: 'Status or Type',
		name: 'filter_by',
		type: 'options',
		default: 'AddonStatus.All',
		description: 'Which add-ons to list',
		options: [
			{ name: 'Active', value: 'AddonStatus.ACTIVE' },
			{ name: 'All', value: 'AddonStatus.All' },
			{ name: 'Inactive', value: 'AddonStatus.INACTIVE' },
			{ name: 'One Time', value: 'AddonStatus.ONETIME' },
			{ name: 'Recurring', value: 'AddonStatus.RECURRING' },
		],
		routing: { send: { type: 'query', property: 'filter_by' } },
	},
	queryFilter('product_id', 'Product ID', 'Only the add-ons of this product', 'string', '903000000045027'),
]);
