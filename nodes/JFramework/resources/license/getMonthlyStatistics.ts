import type { INodePropertyOptions } from 'n8n-workflow';

import { LICENSE_STATUS, LICENSE_TYPE, choice, collection, optionalLocator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const operation = 'getMonthlyStatistics';

export const option: INodePropertyOptions = {
	name: 'Get Monthly Statistics',
	value: operation,
	action: 'Get monthly license statistics',
	description: 'Get monthly license statistics grouped by day: totals created, remaining and allowed, and per package and subscription type the used, unused, active and expired counts and amounts. Optional filters: package, subscription type, type, status.',
	routing: {
		request: { method: 'GET', url: '/v1/licenses/statistics/monthly' },
		send: { paginate: true },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	collection('license', [operation], 'filters', 'Filters', [
		optionalLocator('package', { type: 'query', property: 'packageId' }, { description: 'Only licenses of this package' }),
		choice('status', 'Status', 'Only licenses in this state', LICENSE_STATUS, 'query'),
		optionalLocator('subscriptionType', { type: 'query', property: 'subscriptionTypeId' }, { description: 'Only licenses of this subscription type' }),
		choice('type', 'Type', 'Only licenses of this type', LICENSE_TYPE, 'query'),
	], 'Add Filter'),
];
