import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { shown, text } from '../../shared/descriptions';
import { jfwValue } from '../../shared/lists';

const operation = 'check';

export const option: INodePropertyOptions = {
	name: 'Check Code',
	value: operation,
	action: 'Check a license code',
	description: 'Check a license code with JFramework (is it a valid, usable code of the brand?); outputs { licenseCode, valid } where valid is JFramework\'s true or false',
	routing: {
		request: { method: 'GET', url: '/v1/licenses/check' },
		send: { paginate: true, preSend: [required('licenseCode', 'License Code')] },
		output: { postReceive: [jfwValue('valid', { licenseCode: 'licenseCode' })] },
	},
};

export const properties = [
	shown('license', [operation], text('licenseCode', 'License Code', 'The license code to check, e.g. BASIC-AAAA-BBBB-CCCC', 'query'), true),
];
