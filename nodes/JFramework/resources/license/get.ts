import { getOperation } from '../../shared/operations';

export const { option, properties } = getOperation({
	resource: 'license',
	kind: 'license',
	path: '/v1/licenses',
	action: 'Get a license',
	description: 'Retrieve one license by ID: its code, package, subscription type, amount, dates, status and who used it',
});
