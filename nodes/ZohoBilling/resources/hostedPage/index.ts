import type { INodeProperties } from 'n8n-workflow';

import * as createAddPaymentMethod from './createAddPaymentMethod';
import * as createBuyOneTimeAddon from './createBuyOneTimeAddon';
import * as createInvoicePayment from './createInvoicePayment';
import * as createNewSubscription from './createNewSubscription';
import * as createUpdateCard from './createUpdateCard';
import * as createUpdatePaymentMethod from './createUpdatePaymentMethod';
import * as createUpdateSubscription from './createUpdateSubscription';
import * as get from './get';
import * as getAll from './getAll';

/** Every operation of Zoho's Hosted Pages API: seven kinds of page, get and list. */
const operations = [
	createAddPaymentMethod,
	createBuyOneTimeAddon,
	createInvoicePayment,
	createNewSubscription,
	createUpdateCard,
	createUpdatePaymentMethod,
	createUpdateSubscription,
	get,
	getAll,
].sort((a, b) => a.option.name.localeCompare(b.option.name));

export const hostedPageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['hostedPage'] } },
		options: operations.map((operation) => operation.option),
		default: 'createNewSubscription',
	},
	...operations.flatMap((operation) => operation.properties),
];
