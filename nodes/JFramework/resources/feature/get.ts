import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'feature',
	kind: 'feature',
	path: '/v1/features',
	action: 'Get a feature',
	description: 'Retrieve a feature: code, name, unit, default value and status',
});
