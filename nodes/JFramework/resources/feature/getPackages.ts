import { required } from '../../../shared/validation';
import { locator } from '../../shared/descriptions';
import { idPath, listOperation } from '../../shared/operations';
import { jfwItems } from '../../shared/output';

export const { option, properties } = listOperation({
	resource: 'feature',
	value: 'getPackages',
	name: 'Get Packages',
	path: idPath('/v1/features', 'feature', '/packages'),
	paged: false,
	action: 'Get the packages of a feature',
	description: 'Retrieve the packages that include a feature, with its settings',
	leading: [locator('feature', 'feature', ['getPackages'])],
	preSend: [required('featureId', 'Feature')],
	// the reference does not say whether this list is a plain array or a page: read both
	output: [jfwItems()],
});
