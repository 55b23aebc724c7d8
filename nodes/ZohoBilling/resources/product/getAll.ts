import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import { showFor } from '../../shared/descriptions';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many products',
	description: 'List products, optionally only active or inactive ones',
	routing: {
		request: { method: 'GET', url: '/products' },
		send: { paginate: true },
		operations: { pagination: zohoList('products') },
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
				description: 'Which products to list',
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

