import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { listProperties } from '../../shared/descriptions';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeList, hyperazeListPage } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many checkout links',
	description: describeEndpoint(
		ENDPOINTS.checkoutList,
		'List checkout links (payment page URLs, each selling one pricing plan). Return All reads every page; otherwise Limit sets how many links to output.',
	),
	routing: {
		request: { method: ENDPOINTS.checkoutList.method, url: ENDPOINTS.checkoutList.path },
		send: { paginate: true },
		operations: { pagination: hyperazeList },
		output: { postReceive: [hyperazeListPage()] },
	},
};

export const properties: INodeProperties[] = [...inferredNotice(ENDPOINTS.checkoutList, 'checkout', 'getAll'), ...listProperties('checkout')];
