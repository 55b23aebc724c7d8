import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator } from '../../shared/descriptions';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';
import { featureChecks, featureFields, featureOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a feature',
	description: 'Replace a feature: code and name are always sent; JFramework clears the optional fields (unit, default value, event ID, URLs, styles, description, tags, sort order, status) that are not set. Outputs the feature.',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/features', 'feature') },
		send: { paginate: true, preSend: [required('featureId', 'Feature'), ...featureChecks('updateFields')] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	locator('feature', 'feature', ['update']),
	...featureFields('update'),
	featureOptionalFields('update', 'updateFields', 'Update Fields', true),
];
