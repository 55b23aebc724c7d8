import type { INodeProperties } from 'n8n-workflow';

import * as get from './get';
import * as getAll from './getAll';

const operations = [get, getAll];

export const organizationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['organization'] } },
		options: operations.map((operation) => operation.option),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];
