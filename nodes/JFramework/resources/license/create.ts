import { collection, text } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { jfwData } from '../../shared/transport';
import { codeOnlyForOne, licenseBodyChecks, licenseBodyFields, quantityField, quantityUpTo100 } from './fields';

const value = 'create';

export const { option, properties } = operation({
	resource: 'license',
	value,
	name: 'Create',
	action: 'Create licenses',
	description: 'Create 1 to 100 licenses of a package and subscription type',
	request: { method: 'POST', url: '/v1/licenses' },
	preSend: [...licenseBodyChecks(), check('additionalFields.quantity', 'Quantity', [quantityUpTo100]), codeOnlyForOne],
	output: [jfwData()],
	notice: 'Outputs { countSuccess }: the number of licenses created.',
	properties: [
		...licenseBodyFields([value]),
		collection('license', [value], 'additionalFields', 'Additional Fields', [
			text('code', 'License Code', 'Your own license code (only when creating one license; otherwise JFramework generates the codes)'),
			text('description', 'Description', 'Description of the licenses'),
			quantityField('How many licenses to create (1 to 100, default 1)'),
			text('tags', 'Tags', 'Tags of the licenses, as one string'),
			text('userCode', 'User Code', 'The code of the user who owns the licenses (default: the user behind the credential)'),
		]),
	],
});
