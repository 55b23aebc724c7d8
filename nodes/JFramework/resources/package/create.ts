import type { INodePropertyOptions } from 'n8n-workflow';

import { jfwData } from '../../shared/transport';
import { packageChecks, packageFields, packageOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a package',
	description: 'Create a package (what a buyer subscribes to): code and name are required; description, image and avatar URLs, styles (JSON), tags, sort order, tier, free/default flags and status are optional. Outputs the package.',
	routing: {
		request: { method: 'POST', url: '/v1/packages' },
		send: { paginate: true, preSend: packageChecks('additionalFields') },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [...packageFields('create'), packageOptionalFields('create', 'additionalFields', 'Additional Fields', false)];
