import { deleteOperation } from '../../shared/operations';

export const { option, properties } = deleteOperation({
	resource: 'price',
	kind: 'price',
	path: '/v1/prices',
	action: 'Delete a price',
	description: 'Delete a price',
});
