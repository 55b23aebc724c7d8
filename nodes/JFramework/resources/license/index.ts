import type { INodeProperties } from 'n8n-workflow';

import * as createPurchaseCheckoutLink from './createPurchaseCheckoutLink';
import * as getAll from './getAll';

const operations = [createPurchaseCheckoutLink, getAll];

export const licenseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['license'] } },
		options: operations.map((operation) => operation.option),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];
