import { updateOperation } from '../../shared/operations';
import { packageForm } from './fields';

export const { option, properties } = updateOperation({
	resource: 'package',
	kind: 'package',
	path: '/v1/packages',
	action: 'Update a package',
	description: 'Replace a package; optional fields not set are cleared',
	what: 'package',
	locatorDescription: 'The package: pick it from the list or enter its ID',
	form: packageForm,
});
