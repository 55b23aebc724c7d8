import { required } from '../../../shared/validation';
import { locator } from '../../shared/descriptions';
import { jfwItems } from '../../shared/lists';
import { idPath, listOperation } from '../../shared/operations';

const list = listOperation({
	resource: 'feature',
	value: 'getPackages',
	name: 'Get Packages',
	path: idPath('/v1/features', 'feature', '/packages'),
	paged: false,
	action: 'Get the packages of a feature',
	description: 'List the packages that include one feature, with the feature\'s settings in each; Limit is applied by the node',
	leading: [locator('feature', 'feature', ['getPackages'])],
	preSend: [required('featureId', 'Feature')],
});

// the reference does not say whether this list is a plain array or a page: read both
export const option = { ...list.option, routing: { ...list.option.routing, output: { postReceive: [jfwItems()] } } };
export const properties = list.properties;
