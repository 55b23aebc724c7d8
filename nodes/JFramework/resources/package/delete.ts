import { deleteOperation } from '../../shared/operations';

export const { option, properties } = deleteOperation({
	resource: 'package',
	kind: 'package',
	path: '/v1/packages',
	action: 'Delete a package',
	description: 'Delete a package',
});
