import type { INodePropertyOptions } from 'n8n-workflow';

import { jfwData } from '../../shared/transport';
import { featureChecks, featureFields, featureOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a feature',
	description: 'Create a feature (something a package grants or limits): code and name are required; unit, default value, event ID, help and image URLs, styles (JSON), description, tags, sort order and status are optional. Outputs the feature.',
	routing: {
		request: { method: 'POST', url: '/v1/features' },
		send: { paginate: true, preSend: featureChecks('additionalFields') },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [...featureFields('create'), featureOptionalFields('create', 'additionalFields', 'Additional Fields', false)];
