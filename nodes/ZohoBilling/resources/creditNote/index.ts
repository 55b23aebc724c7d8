import type { INodeProperties } from 'n8n-workflow';

import * as applyToInvoices from './applyToInvoices';
import * as convertToOpen from './convertToOpen';
import * as create from './create';
import * as del from './delete';
import * as email from './email';
import * as get from './get';
import * as voidCreditNote from './void';

// Zoho documents no list of credit notes (reference §2.2 notes), so there is no Get Many
const operations = [applyToInvoices, convertToOpen, create, del, email, get, voidCreditNote];

export const creditNoteDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['creditNote'] } },
		options: operations.map((operation) => operation.option).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'get',
	},
	...operations.flatMap((operation) => operation.properties),
];
