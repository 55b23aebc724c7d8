import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { listProperties } from '../../shared/descriptions';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeList, hyperazeListPage } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many payments',
	description: describeEndpoint(
		ENDPOINTS.paymentList,
		'List payments received through Hyperaze. Return All reads every page; otherwise Limit sets how many payments to output.',
	),
	routing: {
		request: { method: ENDPOINTS.paymentList.method, url: ENDPOINTS.paymentList.path },
		send: { paginate: true },
		operations: { pagination: hyperazeList },
		output: { postReceive: [hyperazeListPage()] },
	},
};

export const properties: INodeProperties[] = [...inferredNotice(ENDPOINTS.paymentList, 'payment', 'getAll'), ...listProperties('payment')];
