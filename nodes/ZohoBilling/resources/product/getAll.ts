import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import { showFor } from '../../shared/descriptions';
import { statusIs, zohoKeptList } from '../../shared/keptList';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many products',
	description:
		"List products, optionally only active or inactive ones. Zoho's API does not list the status filter for products, so the node also checks each product's status itself; Limit counts the products kept.",
	routing: {
		request: { method: 'GET', url: '/products' },
		send: { paginate: true },
		operations: { pagination: zohoKeptList('products', [{ parameter: 'filters.filter_by', query: 'filter_by', label: 'Status', keep: statusIs() }]) },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('product', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('product', ['getAll']),
		options: [
			{
				displayName: 'Status',
				name: 'filter_by',
				type: 'options',
				default: 'ProductStatus.All',
				description: 'Which products to list (sent to Zoho, and checked on each product by the node)',
				options: [
					{ name: 'Active', value: 'ProductStatus.ACTIVE' },
					{ name: 'All', value: 'ProductStatus.All' },
					{ name: 'Inactive', value: 'ProductStatus.INACTIVE' },
				],
				routing: { send: { type: 'query', property: 'filter_by' } },
			},
		],
	},
];

