import type { INodeProperties } from 'n8n-workflow';

import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';

const operations = [del, get, getAll];

export const cardDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['card'] } },
		options: operations.map((operation) => operation.option),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];
