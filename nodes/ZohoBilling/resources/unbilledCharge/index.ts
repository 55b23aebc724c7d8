import type { INodeProperties } from 'n8n-workflow';

import * as convertToInvoice from './convertToInvoice';
import * as del from './delete';
import * as get from './get';

/** Every operation of Zoho's Unbilled Charges API (Zoho has no list endpoint for them). */
const operations = [convertToInvoice, del, get];

export const unbilledChargeDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['unbilledCharge'] } },
		options: operations.map((operation) => operation.option),
		default: 'get',
	},
	...operations.flatMap((operation) => operation.properties),
];
