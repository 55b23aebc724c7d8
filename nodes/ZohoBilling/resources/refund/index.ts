import type { INodeProperties } from 'n8n-workflow';

import * as get from './get';
import * as refundCreditNote from './refundCreditNote';
import * as refundPayment from './refundPayment';

const operations = [get, refundCreditNote, refundPayment];

export const refundDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['refund'] } },
		options: operations.map((operation) => operation.option),
		default: 'refundPayment',
	},
	...operations.flatMap((operation) => operation.properties),
];
