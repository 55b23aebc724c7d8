import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { idPath } from '../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

export const { option, properties } = operation({
	resource: 'license',
	value: 'activate',
	name: 'Activate',
	action: 'Activate a license',
	description: 'Make a license usable',
	request: { method: 'PUT', url: idPath('/v1/licenses', 'license', '/activate') },
	preSend: [required('licenseId', 'License'), withoutBody],
	output: [jfwData()],
	notice: 'A license that has not started gets a start date in the past, an expired one an end date in the future; a used license is left as it is. Outputs the license.',
	properties: [locator('license', 'license', ['activate'])],
});
