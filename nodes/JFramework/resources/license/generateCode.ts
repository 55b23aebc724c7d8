import type { INodePropertyOptions } from 'n8n-workflow';

import { check, isDateTime, required } from '../../../shared/validation';
import { collection, dateTime, packageLocator, subscriptionTypeLocator } from '../../shared/descriptions';
import { jfwValue } from '../../shared/lists';

const operation = 'generateCode';

export const option: INodePropertyOptions = {
	name: 'Generate Code',
	value: operation,
	action: 'Generate a license code',
	description:
		'Generate a license code for a package and subscription type without creating a license (nothing is stored); outputs { licenseCode }',
	routing: {
		request: { method: 'GET', url: '/v1/licenses/generate-code' },
		send: {
			paginate: true,
			preSend: [required('packageId', 'Package'), required('subscriptionTypeId', 'Subscription Type'), check('additionalFields.startDate', 'Start Date', [isDateTime])],
		},
		output: { postReceive: [jfwValue('licenseCode')] },
	},
};

export const properties = [
	packageLocator('license', [operation], { type: 'query', property: 'packageId' }),
	subscriptionTypeLocator('license', [operation], { type: 'query', property: 'subscriptionTypeId' }),
	collection('license', [operation], 'additionalFields', 'Additional Fields', [
		dateTime('startDate', 'Start Date', 'The start date the code is generated for (ISO 8601)', 'query'),
	]),
];
