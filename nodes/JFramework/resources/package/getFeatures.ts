import { required } from '../../../shared/validation';
import { packageLocator } from '../../shared/descriptions';
import { idPath, listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'package',
	value: 'getFeatures',
	name: 'Get Features',
	path: idPath('/v1/packages', 'package', '/features'),
	paged: false,
	action: 'Get the features of a package',
	description:
		'List the features of one package with their settings in it: type (Function or Limitation), title, value, unlimited flag and reset policy; Limit is applied by the node',
	leading: [packageLocator('package', ['getFeatures'])],
	preSend: [required('packageId', 'Package')],
});
