import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notEmptyWhenAdded } from '../../shared/checks';
import { listProperties, productLocator, showFor } from '../../shared/descriptions';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeList, hyperazeListPage } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many pricing plans',
	description: describeEndpoint(
		ENDPOINTS.planList,
		'List pricing plans, optionally only those of one product (Filters → Product). Return All reads every page; otherwise Limit sets how many plans to output.',
	),
	routing: {
		request: { method: ENDPOINTS.planList.method, url: ENDPOINTS.planList.path },
		send: { paginate: true, preSend: [notEmptyWhenAdded('filters.product', 'Product')] },
		operations: { pagination: hyperazeList },
		output: { postReceive: [hyperazeListPage()] },
	},
};

export const properties: INodeProperties[] = [
	...inferredNotice(ENDPOINTS.planList, 'plan', 'getAll'),
	...listProperties('plan'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('plan', ['getAll']),
		options: [
			productLocator({
				name: 'product',
				send: { type: 'query', property: 'product_id' },
				description: 'Only the plans of this product: pick it from the list or enter its ID',
			}),
		],
	},
];
