import type { INodeProperties } from 'n8n-workflow';

import * as update from './update';

const operations = [update];

export const priceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['price'] } },
		options: operations.map((operation) => operation.option),
		default: 'update',
	},
	...operations.flatMap((operation) => operation.properties),
];
