import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';
import { membershipId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a membership',
	description: describeEndpoint(
		ENDPOINTS.membershipGet,
		'Retrieve one membership by its ID: its license key, status, product, pricing plan and metadata (such as the device ID, hwid)',
	),
	routing: {
		request: { method: ENDPOINTS.membershipGet.method, url: ENDPOINTS.membershipGet.path },
		send: { paginate: true, preSend: [required('membershipId', 'Membership')] },
		output: { postReceive: [hyperazeRecord()] },
	},
};

export const properties: INodeProperties[] = [
	...inferredNotice(ENDPOINTS.membershipGet, 'membership', 'get'),
	membershipId(['get'], { type: 'query', property: 'id' }),
];
