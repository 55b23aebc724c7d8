import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { paymentLocator } from '../../shared/descriptions';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a payment',
	description: describeEndpoint(
		ENDPOINTS.paymentGet,
		'Retrieve one payment by its ID: amount, currency, status and the membership, plan and product it paid for',
	),
	routing: {
		request: { method: ENDPOINTS.paymentGet.method, url: ENDPOINTS.paymentGet.path },
		send: { paginate: true, preSend: [required('paymentId', 'Payment')] },
		output: { postReceive: [hyperazeRecord()] },
	},
};

export const properties: INodeProperties[] = [
	...inferredNotice(ENDPOINTS.paymentGet, 'payment', 'get'),
	paymentLocator({ resource: 'payment', operations: ['get'], send: { type: 'query', property: 'id' } }),
];
