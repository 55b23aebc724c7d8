import { shown, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { jfwValue } from '../../shared/output';

export const { option, properties } = operation({
	resource: 'license',
	value: 'apply',
	name: 'Apply to Current User',
	action: 'Apply a license to the current user',
	description: 'Apply a license code to the user behind the credential',
	request: { method: 'POST', url: '/v1/licenses/apply' },
	preSend: [required('licenseCode', 'License Code'), withoutBody],
	output: [jfwValue('applied', { licenseCode: 'licenseCode' })],
	notice: 'The user gets the license\'s package, and JFramework emails them. Outputs { licenseCode, applied }.',
	properties: [shown('license', ['apply'], text('licenseCode', 'License Code', 'The license code to apply, e.g. BASIC-AAAA-BBBB-CCCC', 'query'), true)],
});
