import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'price',
	kind: 'price',
	path: '/v1/prices',
	action: 'Get a price',
	description: 'Retrieve a price: amount, currency, package and subscription type',
});
