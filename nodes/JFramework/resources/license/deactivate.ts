import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { idPath } from '../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

export const { option, properties } = operation({
	resource: 'license',
	value: 'deactivate',
	name: 'Deactivate',
	action: 'Deactivate a license',
	description: 'Make a license unusable (status Inactive) without deleting it',
	request: { method: 'PUT', url: idPath('/v1/licenses', 'license', '/deactivate') },
	preSend: [required('licenseId', 'License'), withoutBody],
	output: [jfwData()],
	properties: [locator('license', 'license', ['deactivate'])],
});
