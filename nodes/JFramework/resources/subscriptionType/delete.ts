import { deleteOperation } from '../../shared/operations';

export const { option, properties } = deleteOperation({
	resource: 'subscriptionType',
	kind: 'subscriptionType',
	path: '/v1/subscription-types',
	action: 'Delete a subscription type',
	description: 'Delete a subscription type',
});
