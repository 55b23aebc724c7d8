import { createOperation } from '../../shared/operations';
import { packageForm } from './fields';

export const { option, properties } = createOperation({
	resource: 'package',
	path: '/v1/packages',
	action: 'Create a package',
	description: 'Create a package, what a buyer subscribes to',
	form: packageForm,
});
