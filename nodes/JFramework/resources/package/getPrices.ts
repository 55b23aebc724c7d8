import { required } from '../../../shared/validation';
import { packageLocator } from '../../shared/descriptions';
import { idPath, listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'package',
	value: 'getPrices',
	name: 'Get Prices',
	path: idPath('/v1/packages', 'package', '/prices'),
	paged: false,
	action: 'Get the prices of a package',
	description: 'Retrieve a package\'s prices, one per subscription type and currency',
	leading: [packageLocator('package', ['getPrices'])],
	preSend: [required('packageId', 'Package')],
});
