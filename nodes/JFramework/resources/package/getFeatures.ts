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
	description: 'Retrieve a package\'s features, with how each works in it',
	notice: 'Outputs one item per feature, with its settings in the package: type (Function or Limitation), title, value, unlimited flag and reset policy.',
	leading: [packageLocator('package', ['getFeatures'])],
	preSend: [required('packageId', 'Package')],
});
