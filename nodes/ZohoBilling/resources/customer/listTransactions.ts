import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { optionalQuery, returnAllAndLimit } from '../../shared/customersAndPayments';
import { showFor } from '../../shared/descriptions';
import { zohoList } from '../../shared/transport';
import { customerLocator } from './fields';

export const option: INodePropertyOptions = {
	name: 'List Transactions',
	value: 'listTransactions',
	action: 'List transactions',
	description:
		'List transactions (invoices, payments, credits and refunds), usually of one customer (pick the Customer), optionally only one type. Each has transaction_id, type, date, amount and status. Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/transactions' },
		send: { paginate: true },
		operations: { pagination: zohoList('transactions') },
	},
};

const customer = customerLocator(
	'customer',
	['listTransactions'],
	'Whose transactions to list: pick the customer or enter its ID. Leave empty for every customer\'s.',
	{ required: false },
);

export const properties: INodeProperties[] = [
	{ ...customer, routing: { send: { preSend: [optionalQuery('customerId', 'customer_id')] } } },
	...returnAllAndLimit('customer', 'listTransactions'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('customer', ['listTransactions']),
		options: [
			{
				displayName: 'Type',
				name: 'filter_by',
				type: 'options',
				default: 'TransactionType.All',
				description: 'Which kind of transactions to list',
				options: [
					{ name: 'All', value: 'TransactionType.All' },
					{ name: 'Credits', value: 'TransactionType.CREDIT' },
					{ name: 'Invoices', value: 'TransactionType.INVOICE' },
					{ name: 'Payments', value: 'TransactionType.PAYMENT' },
					{ name: 'Refunds', value: 'TransactionType.REFUND' },
				],
				routing: { send: { type: 'query', property: 'filter_by' } },
			},
		],
	},
];
