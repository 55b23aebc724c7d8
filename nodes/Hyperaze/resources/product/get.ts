import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { productLocator } from '../../shared/descriptions';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a product',
	description: describeEndpoint(
		ENDPOINTS.productGet,
		'Retrieve one product (the app or service that pricing plans sell) by its ID',
	),
	routing: {
		request: { method: ENDPOINTS.productGet.method, url: ENDPOINTS.productGet.path },
		send: { paginate: true, preSend: [required('productId', 'Product')] },
		output: { postReceive: [hyperazeRecord()] },
	},
};

export const properties: INodeProperties[] = [
	...inferredNotice(ENDPOINTS.productGet, 'product', 'get'),
	productLocator({ resource: 'product', operations: ['get'], send: { type: 'query', property: 'id' } }),
];
