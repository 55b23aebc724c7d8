import { boolean, collection } from '../../../shared/fields';
import { operation } from '../../../shared/operations';
import { jfwData } from '../../shared/transport';

const value = 'getDashboard';

export const { option, properties } = operation({
	resource: 'payment',
	value,
	name: 'Get Sales Dashboard',
	action: 'Get the sales dashboard',
	description: 'Retrieve the brand\'s sales overview',
	request: { method: 'GET', url: '/v1/payments/dashboard' },
	output: [jfwData()],
	notice: 'Outputs { totalSells, totalRevenue, dailySells, dailyRevenue }.',
	properties: [
		collection('payment', [value], 'options', 'Options', [
			boolean('testMode', 'Test Mode', 'Whether to count test-mode payments instead of live ones', 'query'),
		], 'Add Option'),
	],
});
