import type { INodeProperties } from 'n8n-workflow';

import * as upgradeCheckout from './upgradeCheckout';

const operations = [upgradeCheckout];

export const packageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['package'] } },
		options: operations.map((operation) => operation.option),
		default: 'upgradeCheckout',
	},
	...operations.flatMap((operation) => operation.properties),
];
