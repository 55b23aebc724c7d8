import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { collection, locator, text } from '../../shared/descriptions';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';
import { licenseBodyChecks, licenseBodyFields } from './fields';

const operation = 'update';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: operation,
	action: 'Update a license',
	description: 'Replace a license: package, subscription type, amount, ISO 4217 currency, start/end dates (ISO 8601) and test mode are always sent; JFramework clears the description and tags when they are not set. Outputs the license.',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/licenses', 'license') },
		send: { paginate: true, preSend: [required('licenseId', 'License'), ...licenseBodyChecks()] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	locator('license', 'license', [operation]),
	...licenseBodyFields([operation]),
	collection('license', [operation], 'updateFields', 'Update Fields', [
		text('description', 'Description', 'Description of the license (cleared when not set)'),
		text('tags', 'Tags', 'Tags of the license, as one string (cleared when not set)'),
	]),
];
