import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, returnAllAndLimit } from '../../../shared/fields';
import { statusIs, zohoKeptList } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many products',
	description: 'Retrieve many products',
	routing: {
		request: { method: 'GET', url: '/products' },
		send: { paginate: true },
		operations: { pagination: zohoKeptList('products', [{ parameter: 'filters.filter_by', query: 'filter_by', label: 'Status', keep: statusIs() }]) },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('product', 'getAll'),
	collection('product', ['getAll'], 'filters', 'Filters', [
			choice('filter_by', 'Status', 'Which products to list. Zoho\'s API does not list this filter for products, so the node also checks each product\'s status itself; Limit counts the products kept.', [
				{ name: 'Active', value: 'ProductStatus.ACTIVE' },
				{ name: 'All', value: 'ProductStatus.All' },
				{ name: 'Inactive', value: 'ProductStatus.INACTIVE' },
			], 'query', { default: 'ProductStatus.All' }),
		], 'Add Filter'),
];

