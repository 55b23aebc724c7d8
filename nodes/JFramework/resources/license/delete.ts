import { deleteOperation } from '../../shared/operations';

export const { option, properties } = deleteOperation({
	resource: 'license',
	kind: 'license',
	path: '/v1/licenses',
	action: 'Delete a license',
	description: 'Delete a license',
});
