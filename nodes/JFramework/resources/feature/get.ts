import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'feature',
	kind: 'feature',
	path: '/v1/features',
	action: 'Get a feature',
	description: 'Retrieve one feature by ID: code, name, unit, default value, status',
});
