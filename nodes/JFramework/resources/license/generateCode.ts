import { collection, dateTime } from '../../../shared/fields';
import { check, isDateTime, required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { packageLocator, subscriptionTypeLocator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const value = 'generateCode';

export const { option, properties } = operation({
	resource: 'license',
	value,
	name: 'Generate Code',
	action: 'Generate a license code',
	description: 'Generate a license code without creating a license',
	request: { method: 'GET', url: '/v1/licenses/generate-code' },
	preSend: [required('packageId', 'Package'), required('subscriptionTypeId', 'Subscription Type'), check('additionalFields.startDate', 'Start Date', [isDateTime])],
	output: [jfwData('licenseCode')],
	notice: 'Nothing is stored in JFramework. Outputs { licenseCode }.',
	properties: [
		packageLocator('license', [value], { type: 'query', property: 'packageId' }),
		subscriptionTypeLocator('license', [value], { type: 'query', property: 'subscriptionTypeId' }),
		collection('license', [value], 'additionalFields', 'Additional Fields', [
			dateTime('startDate', 'Start Date', 'The start date the code is generated for (ISO 8601)', 'query'),
		]),
	],
});
