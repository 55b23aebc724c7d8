import { collection, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { idPath } from '../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';
import { licenseBodyChecks, licenseBodyFields } from './fields';

const value = 'update';

export const { option, properties } = operation({
	resource: 'license',
	value,
	name: 'Update',
	action: 'Update a license',
	description: 'Replace a license; description and tags not set are cleared',
	request: { method: 'PUT', url: idPath('/v1/licenses', 'license') },
	preSend: [required('licenseId', 'License'), ...licenseBodyChecks()],
	output: [jfwData()],
	notice: 'JFramework replaces the whole license: the fields above are sent again, and JFramework clears the description and tags when they are not set.',
	properties: [
		locator('license', 'license', [value]),
		...licenseBodyFields([value]),
		collection('license', [value], 'updateFields', 'Update Fields', [
			text('description', 'Description', 'Description of the license (cleared when not set)'),
			text('tags', 'Tags', 'Tags of the license, as one string (cleared when not set)'),
		]),
	],
});
