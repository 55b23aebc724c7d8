import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';
import { checkoutId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a checkout link',
	description: describeEndpoint(
		ENDPOINTS.checkoutGet,
		'Retrieve one checkout link by its ID: its link (URL), whether it is active, the plan and product it sells, stocks and purchases claimed, and its dates',
	),
	routing: {
		request: { method: ENDPOINTS.checkoutGet.method, url: ENDPOINTS.checkoutGet.path },
		send: { paginate: true, preSend: [required('checkoutId', 'Checkout Link')] },
		output: { postReceive: [hyperazeRecord()] },
	},
};

export const properties: INodeProperties[] = [
	...inferredNotice(ENDPOINTS.checkoutGet, 'checkout', 'get'),
	checkoutId(['get'], { type: 'query', property: 'id' }),
];
