import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'subscriptionType',
	kind: 'subscriptionType',
	path: '/v1/subscription-types',
	action: 'Get a subscription type',
	description: 'Retrieve a subscription type (billing period): name, unit, quantity',
});
