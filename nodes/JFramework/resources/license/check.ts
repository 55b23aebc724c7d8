import { shown, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { jfwValue } from '../../shared/output';

export const { option, properties } = operation({
	resource: 'license',
	value: 'check',
	name: 'Check Code',
	action: 'Check a license code',
	description: 'Check whether a license code is a valid, usable code of the brand',
	request: { method: 'GET', url: '/v1/licenses/check' },
	preSend: [required('licenseCode', 'License Code')],
	output: [jfwValue('valid', { licenseCode: 'licenseCode' })],
	notice: 'Outputs { licenseCode, valid }, where valid is JFramework\'s true or false.',
	properties: [shown('license', ['check'], text('licenseCode', 'License Code', 'The license code to check, e.g. BASIC-AAAA-BBBB-CCCC', 'query'), true)],
});
