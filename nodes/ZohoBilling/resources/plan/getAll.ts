import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { getManyProperties, queryFilter, zohoId } from '../../shared/catalog';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many plans',
	description:
		'List plans, optionally only active or inactive ones, or only those of one product (Filters). Return All reads every page; otherwise Limit sets how many plans to output.',
	routing: {
		request: { method: 'GET', url: '/plans' },
		send: { paginate: true, preSend: [check('filters.product_id', 'Product ID', [zohoId])] },
		operations: { pagination: zohoList('plans') },
	},
};

export const properties: INodeProperties[] = getManyProperties('plan', [
	{
		displayName: 'Status',
		name: 'filter_by',
		type: 'options',
		default: 'PlanStatus.All',
		description: 'Which plans to list',
		options: [
			{ name: 'Active', value: 'PlanStatus.ACTIVE' },
			{ name: 'All', value: 'PlanStatus.All' },
			{ name: 'Inactive', value: 'PlanStatus.INACTIVE' },
		],
		routing: { send: { type: 'query', property: 'filter_by' } },
	},
	queryFilter('product_id', 'Product ID', 'Only the plans of this product', 'string', '903000000045027'),
]);
