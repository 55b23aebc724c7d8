import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, text } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { getManyProperties, queryFilter } from '../../shared/fields';
import { isZohoId } from '../../shared/validation';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many add-ons',
	description: 'Retrieve many add-ons, optionally of one product, status or type',
	routing: {
		request: { method: 'GET', url: '/addons' },
		send: { paginate: true, preSend: [check('filters.product_id', 'Product ID', [isZohoId])] },
		operations: { pagination: zohoList('addons') },
	},
};

export const properties: INodeProperties[] = getManyProperties('addon', [
	choice('filter_by', 'Status or Type', 'Which add-ons to list', [
		{ name: 'Active', value: 'AddonStatus.ACTIVE' },
		{ name: 'All', value: 'AddonStatus.All' },
		{ name: 'Inactive', value: 'AddonStatus.INACTIVE' },
		{ name: 'One Time', value: 'AddonStatus.ONETIME' },
		{ name: 'Recurring', value: 'AddonStatus.RECURRING' },
	], 'query', { default: 'AddonStatus.All' }),
	queryFilter(text('product_id', 'Product ID', 'Only the add-ons of this product', 'query', { placeholder: '903000000045027' })),
]);
