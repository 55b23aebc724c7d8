import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { listProperties } from '../../shared/descriptions';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeList, hyperazeListPage } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many products',
	description: describeEndpoint(
		ENDPOINTS.productList,
		'List products (the apps or services that pricing plans sell). Return All reads every page; otherwise Limit sets how many products to output.',
	),
	routing: {
		request: { method: ENDPOINTS.productList.method, url: ENDPOINTS.productList.path },
		send: { paginate: true },
		operations: { pagination: hyperazeList },
		output: { postReceive: [hyperazeListPage()] },
	},
};

export const properties: INodeProperties[] = [...inferredNotice(ENDPOINTS.productList, 'product', 'getAll'), ...listProperties('product')];
