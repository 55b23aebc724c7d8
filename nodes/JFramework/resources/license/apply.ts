import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { shown, text } from '../../shared/descriptions';
import { jfwValue, withoutBody } from '../../shared/lists';

const operation = 'apply';

export const option: INodePropertyOptions = {
	name: 'Apply to Current User',
	value: operation,
	action: 'Apply a license to the current user',
	description: 'Apply a license code to the user behind the credential, who then gets the license\'s package; JFramework emails the user. Outputs { licenseCode, applied }.',
	routing: {
		request: { method: 'POST', url: '/v1/licenses/apply' },
		send: { paginate: true, preSend: [required('licenseCode', 'License Code'), withoutBody] },
		output: { postReceive: [jfwValue('applied', { licenseCode: 'licenseCode' })] },
	},
};

export const properties = [
	shown('license', [operation], text('licenseCode', 'License Code', 'The license code to apply, e.g. BASIC-AAAA-BBBB-CCCC', 'query'), true),
];
