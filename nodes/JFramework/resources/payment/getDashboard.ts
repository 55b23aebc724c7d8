import type { INodePropertyOptions } from 'n8n-workflow';

import { boolean, collection } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const operation = 'getDashboard';

export const option: INodePropertyOptions = {
	name: 'Get Sales Dashboard',
	value: operation,
	action: 'Get the sales dashboard',
	description: 'Get the brand\'s sales overview: { totalSells, totalRevenue, dailySells, dailyRevenue }, for live or test-mode payments',
	routing: {
		request: { method: 'GET', url: '/v1/payments/dashboard' },
		send: { paginate: true },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	collection('payment', [operation], 'options', 'Options', [
		boolean('testMode', 'Test Mode', 'Whether to count test-mode payments instead of live ones', 'query'),
	], 'Add Option'),
];
