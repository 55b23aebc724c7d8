import { ENDPOINTS } from '../../shared/endpoints';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'membership',
	action: 'Get many memberships',
	description: 'Retrieve many memberships, one per buyer and plan',
	endpoint: ENDPOINTS.membershipList,
});
