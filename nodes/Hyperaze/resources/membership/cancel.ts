import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { describeEndpoint, ENDPOINTS, inferredNotice } from '../../shared/endpoints';
import { membershipActionAnswer } from '../../shared/memberships';
import { membershipId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a membership',
	description: describeEndpoint(
		ENDPOINTS.membershipCancel,
		'Cancel a membership by its ID so that it is not renewed (Hyperaze decides whether it runs to the end of the paid period). To end it at once, use Terminate. Outputs the membership, or success: true with the membership ID when Hyperaze answers without a body.',
	),
	routing: {
		request: { method: ENDPOINTS.membershipCancel.method, url: ENDPOINTS.membershipCancel.path },
		send: { paginate: true, preSend: [required('membershipId', 'Membership')] },
		output: { postReceive: [membershipActionAnswer()] },
	},
};

export const properties: INodeProperties[] = [
	...inferredNotice(ENDPOINTS.membershipCancel, 'membership', 'cancel'),
	membershipId(['cancel'], { type: 'body', property: 'id' }),
];
