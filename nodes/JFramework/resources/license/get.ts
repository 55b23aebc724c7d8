import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'license',
	kind: 'license',
	path: '/v1/licenses',
	action: 'Get a license',
	description: 'Retrieve a license: code, package, amount, dates, status and user',
});
