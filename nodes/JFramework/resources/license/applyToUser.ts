import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { shown, text } from '../../shared/descriptions';
import { jfwValue } from '../../shared/lists';

const operation = 'applyToUser';

export const option: INodePropertyOptions = {
	name: 'Apply to User ID',
	value: operation,
	action: 'Apply a license to a user by ID',
	description: 'Apply a license code to the JFramework user with the given user ID; JFramework emails that user. Outputs { licenseCode, userId, applied }.',
	routing: {
		request: { method: 'POST', url: '/v1/licenses/apply-to-user' },
		send: { paginate: true, preSend: [required('licenseCode', 'License Code'), required('userId', 'User ID')] },
		output: { postReceive: [jfwValue('applied', { licenseCode: 'licenseCode', userId: 'userId' })] },
	},
};

export const properties = [
	shown('license', [operation], text('licenseCode', 'License Code', 'The license code to apply, e.g. BASIC-AAAA-BBBB-CCCC'), true),
	shown('license', [operation], text('userId', 'User ID', 'The ID of the JFramework user who gets the license'), true),
];
