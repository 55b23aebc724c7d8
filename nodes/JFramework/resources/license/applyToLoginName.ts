import { shown, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { jfwValue } from '../../shared/output';

const value = 'applyToLoginName';

export const { option, properties } = operation({
	resource: 'license',
	value,
	name: 'Apply to Login Name',
	action: 'Apply a license to a login name',
	description: 'Apply a license code to a user, by username or email address',
	request: { method: 'POST', url: '/v1/licenses/apply-to-login-name' },
	preSend: [required('licenseCode', 'License Code'), required('loginName', 'Login Name'), withoutBody],
	output: [jfwValue('applied', { licenseCode: 'licenseCode', loginName: 'loginName' })],
	notice: 'The user gets the license\'s package, and JFramework emails them. Outputs { licenseCode, loginName, applied }.',
	properties: [
		shown('license', [value], text('licenseCode', 'License Code', 'The license code to apply, e.g. BASIC-AAAA-BBBB-CCCC', 'query'), true),
		shown('license', [value], text('loginName', 'Login Name', 'The username or email address of the user who gets the license', 'query', { placeholder: 'name@example.com' }), true),
	],
});
