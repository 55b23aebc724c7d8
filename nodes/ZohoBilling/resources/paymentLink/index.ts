import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';

const operations = [create];

export const paymentLinkDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['paymentLink'] } },
		options: operations.map((operation) => operation.option),
		default: 'create',
	},
	...operations.flatMap((operation) => operation.properties),
];
