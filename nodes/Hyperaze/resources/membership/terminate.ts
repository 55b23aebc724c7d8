import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { membershipActionAnswer } from '../../shared/memberships';
import { membershipId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Terminate',
	value: 'terminate',
	action: 'Terminate a membership',
	description: describeEndpoint(
		ENDPOINTS.membershipTerminate,
		'End a membership immediately, by its ID. To stop it from renewing instead, use Cancel. Outputs the membership, or success: true with the membership ID when Hyperaze answers without a body.',
	),
	routing: {
		request: { method: ENDPOINTS.membershipTerminate.method, url: ENDPOINTS.membershipTerminate.path },
		send: { paginate: true, preSend: [required('membershipId', 'Membership')] },
		output: { postReceive: [membershipActionAnswer()] },
	},
};

export const properties: INodeProperties[] = [
	...inferredNotice(ENDPOINTS.membershipTerminate, 'membership', 'terminate'),
	membershipId(['terminate'], { type: 'body', property: 'id' }),
];
