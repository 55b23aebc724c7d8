import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as update from './update';

const operations = [create, del, get, update];

export const paymentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['payment'] } },
		options: operations.map((operation) => operation.option),
		default: 'create',
	},
	...operations.flatMap((operation) => operation.properties),
];
