import { deleteOperation } from '../../shared/operations';

export const { option, properties } = deleteOperation({
	resource: 'package',
	kind: 'package',
	path: '/v1/packages',
	action: 'Delete a package',
	description: 'Delete one package by ID; outputs { packageId, deleted: true }',
});
