import type { INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { collection, text } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';
import { codeOnlyForOne, licenseBodyChecks, licenseBodyFields, quantityField, quantityUpTo100 } from './fields';

const operation = 'create';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: operation,
	action: 'Create licenses',
	description:
		'Create 1 to 100 licenses of a package and subscription type, with amount, ISO 4217 currency and start/end dates (ISO 8601); outputs { countSuccess }, the number created',
	routing: {
		request: { method: 'POST', url: '/v1/licenses' },
		send: {
			paginate: true,
			preSend: [...licenseBodyChecks(), check('additionalFields.quantity', 'Quantity', [quantityUpTo100]), codeOnlyForOne],
		},
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	...licenseBodyFields([operation]),
	collection('license', [operation], 'additionalFields', 'Additional Fields', [
		text('code', 'License Code', 'Your own license code (only when creating one license; otherwise JFramework generates the codes)'),
		text('description', 'Description', 'Description of the licenses'),
		quantityField('How many licenses to create (1 to 100, default 1)'),
		text('tags', 'Tags', 'Tags of the licenses, as one string'),
		text('userCode', 'User Code', 'The code of the user who owns the licenses (default: the user behind the credential)'),
	]),
];
