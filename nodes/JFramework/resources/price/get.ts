import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'price',
	kind: 'price',
	path: '/v1/prices',
	action: 'Get a price',
	description: 'Retrieve one price by ID: code, name, amount, currency, checkout link, and its package and subscription type',
});
