import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator } from '../../shared/descriptions';
import { withoutBody } from '../../shared/lists';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';

const operation = 'deactivate';

export const option: INodePropertyOptions = {
	name: 'Deactivate',
	value: operation,
	action: 'Deactivate a license',
	description: 'Make a license unusable (status Inactive) without deleting it. Outputs the license.',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/licenses', 'license', '/deactivate') },
		send: { paginate: true, preSend: [required('licenseId', 'License'), withoutBody] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [locator('license', 'license', [operation])];
