import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, text } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { getManyProperties, queryFilter } from '../../shared/fields';
import { isZohoId } from '../../shared/validation';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many plans',
	description: 'Retrieve many plans, optionally of one product or status',
	routing: {
		request: { method: 'GET', url: '/plans' },
		send: { paginate: true, preSend: [check('filters.product_id', 'Product ID', [isZohoId])] },
		operations: { pagination: zohoList('plans') },
	},
};

export const properties: INodeProperties[] = getManyProperties('plan', [
	choice('filter_by', 'Status', 'Which plans to list', [
		{ name: 'Active', value: 'PlanStatus.ACTIVE' },
		{ name: 'All', value: 'PlanStatus.All' },
		{ name: 'Inactive', value: 'PlanStatus.INACTIVE' },
	], 'query', { default: 'PlanStatus.All' }),
	queryFilter(text('product_id', 'Product ID', 'Only the plans of this product', 'query', { placeholder: '903000000045027' })),
]);
