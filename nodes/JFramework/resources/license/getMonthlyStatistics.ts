import { choice, collection } from '../../../shared/fields';
import { operation } from '../../../shared/operations';
import { LICENSE_STATUS, LICENSE_TYPE, optionalLocator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const value = 'getMonthlyStatistics';

export const { option, properties } = operation({
	resource: 'license',
	value,
	name: 'Get Monthly Statistics',
	action: 'Get monthly license statistics',
	description: 'Retrieve monthly license statistics, grouped by day',
	request: { method: 'GET', url: '/v1/licenses/statistics/monthly' },
	output: [jfwData()],
	notice: 'Outputs the totals created, remaining and allowed, and per package and subscription type the used, unused, active and expired counts and amounts.',
	properties: [
		collection('license', [value], 'filters', 'Filters', [
			optionalLocator('package', { type: 'query', property: 'packageId' }, { description: 'Only licenses of this package' }),
			choice('status', 'Status', 'Only licenses in this state', LICENSE_STATUS, 'query'),
			optionalLocator('subscriptionType', { type: 'query', property: 'subscriptionTypeId' }, { description: 'Only licenses of this subscription type' }),
			choice('type', 'Type', 'Only licenses of this type', LICENSE_TYPE, 'query'),
		], 'Add Filter'),
	],
});
