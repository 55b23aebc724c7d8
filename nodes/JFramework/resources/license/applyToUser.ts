import { shown, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { jfwValue } from '../../shared/output';

const value = 'applyToUser';

export const { option, properties } = operation({
	resource: 'license',
	value,
	name: 'Apply to User ID',
	action: 'Apply a license to a user by ID',
	description: 'Apply a license code to a user, by JFramework user ID',
	request: { method: 'POST', url: '/v1/licenses/apply-to-user' },
	preSend: [required('licenseCode', 'License Code'), required('userId', 'User ID')],
	output: [jfwValue('applied', { licenseCode: 'licenseCode', userId: 'userId' })],
	notice: 'The user gets the license\'s package, and JFramework emails them. Outputs { licenseCode, userId, applied }.',
	properties: [
		shown('license', [value], text('licenseCode', 'License Code', 'The license code to apply, e.g. BASIC-AAAA-BBBB-CCCC'), true),
		shown('license', [value], text('userId', 'User ID', 'The ID of the JFramework user who gets the license'), true),
	],
});
