import { deleteOperation } from '../../shared/operations';

export const { option, properties } = deleteOperation({
	resource: 'feature',
	kind: 'feature',
	path: '/v1/features',
	action: 'Delete a feature',
	description: 'Delete a feature',
});
