import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { shown, text } from '../../shared/descriptions';
import { jfwValue, withoutBody } from '../../shared/lists';

const operation = 'applyToLoginName';

export const option: INodePropertyOptions = {
	name: 'Apply to Login Name',
	value: operation,
	action: 'Apply a license to a login name',
	description: 'Apply a license code to the user with the given login name (username or email address); JFramework emails that user. Outputs { licenseCode, loginName, applied }.',
	routing: {
		request: { method: 'POST', url: '/v1/licenses/apply-to-login-name' },
		send: { paginate: true, preSend: [required('licenseCode', 'License Code'), required('loginName', 'Login Name'), withoutBody] },
		output: { postReceive: [jfwValue('applied', { licenseCode: 'licenseCode', loginName: 'loginName' })] },
	},
};

export const properties = [
	shown('license', [operation], text('licenseCode', 'License Code', 'The license code to apply, e.g. BASIC-AAAA-BBBB-CCCC', 'query'), true),
	shown('license', [operation], text('loginName', 'Login Name', 'The username or email address of the user who gets the license', 'query', { placeholder: 'name@example.com' }), true),
];
