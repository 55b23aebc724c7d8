import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'package',
	kind: 'package',
	path: '/v1/packages',
	action: 'Get a package',
	description: 'Retrieve a package with its features and prices',
});
