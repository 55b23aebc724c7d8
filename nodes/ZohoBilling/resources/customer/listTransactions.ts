import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, returnAllAndLimit } from '../../../shared/fields';
import { optionalQuery } from '../../shared/fields';
import { zohoList } from '../../shared/transport';
import { customerLocator } from '../../shared/descriptions';

export const option: INodePropertyOptions = {
	name: 'List Transactions',
	value: 'listTransactions',
	action: 'List transactions',
	description: 'List a customer\'s invoices, payments, credits and refunds',
	routing: {
		request: { method: 'GET', url: '/transactions' },
		send: { paginate: true },
		operations: { pagination: zohoList('transactions') },
	},
};

const customer = customerLocator('customer', ['listTransactions'], { description: 'Whose transactions to list: pick the customer or enter its ID. Leave empty for every customer\'s.', required: false });

export const properties: INodeProperties[] = [
	{ ...customer, routing: { send: { preSend: [optionalQuery('customerId', 'customer_id')] } } },
	...returnAllAndLimit('customer', 'listTransactions'),
	collection('customer', ['listTransactions'], 'filters', 'Filters', [
			choice('filter_by', 'Type', 'Which kind of transactions to list', [
				{ name: 'All', value: 'TransactionType.All' },
				{ name: 'Credits', value: 'TransactionType.CREDIT' },
				{ name: 'Invoices', value: 'TransactionType.INVOICE' },
				{ name: 'Payments', value: 'TransactionType.PAYMENT' },
				{ name: 'Refunds', value: 'TransactionType.REFUND' },
			], 'query'),
		], 'Add Filter'),
];
