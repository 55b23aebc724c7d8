import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator } from '../../shared/descriptions';
import { withoutBody } from '../../shared/lists';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';

const operation = 'activate';

export const option: INodePropertyOptions = {
	name: 'Activate',
	value: operation,
	action: 'Activate a license',
	description: 'Make a license usable: a not-started license gets a start date in the past, an expired one an end date in the future; a used license is left as it is. Outputs the license.',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/licenses', 'license', '/activate') },
		send: { paginate: true, preSend: [required('licenseId', 'License'), withoutBody] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [locator('license', 'license', [operation])];
