import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'payment',
	kind: 'payment',
	path: '/v1/payments',
	action: 'Get a payment',
	description: 'Retrieve a payment: amounts, currency, status, user and package',
});
