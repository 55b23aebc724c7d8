import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import { recordLocator, showFor } from '../../shared/descriptions';
import { sortFields } from '../../shared/fields';
import { zohoList } from '../../shared/transport';
import { customerLocator, locatorOption } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many invoices',
	description:
		'List invoices, optionally filtered by status (Draft, Sent, Overdue, Paid, Partially Paid, Unpaid, Void, Viewed), customer, subscription or search text, and sorted. Return All reads every page; otherwise Limit sets how many invoices to output.',
	routing: {
		request: { method: 'GET', url: '/invoices' },
		send: { paginate: true },
		operations: { pagination: zohoList('invoices') },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('invoice', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('invoice', ['getAll']),
		options: [
			locatorOption(customerLocator(['getAll'], { required: false, description: 'Only invoices of this customer' }), {
				type: 'query',
				property: 'customer_id',
			}),
			{
				displayName: 'Search Text',
				name: 'search_text',
				type: 'string',
				default: '',
				description: 'Only invoices whose number, purchase order or customer name contains this text',
				routing: { send: { type: 'query', property: 'search_text' } },
			},
			{
				displayName: 'Status',
				name: 'filter_by',
				type: 'options',
				default: 'Status.All',
				description: 'Which invoices to list',
				options: [
					{ name: 'All', value: 'Status.All' },
					{ name: 'Draft', value: 'Status.Draft' },
					{ name: 'Overdue', value: 'Status.OverDue' },
					{ name: 'Paid', value: 'Status.Paid' },
					{ name: 'Partially Paid', value: 'Status.PartiallyPaid' },
					{ name: 'Sent', value: 'Status.Sent' },
					{ name: 'Unpaid', value: 'Status.Unpaid' },
					{ name: 'Viewed by Customer', value: 'Status.Viewed' },
					{ name: 'Void', value: 'Status.Void' },
					{ name: 'With Expected Payment Date', value: 'Date.PaymentExpectedDate' },
				],
				routing: { send: { type: 'query', property: 'filter_by' } },
			},
			locatorOption(
				recordLocator({
					name: 'subscriptionId',
					displayName: 'Subscription',
					resource: 'invoice',
					operations: ['getAll'],
					searchListMethod: 'searchSubscriptions',
					idPlaceholder: '903000000046001',
					description: 'Only invoices of this subscription',
				}),
				{ type: 'query', property: 'subscription_id' },
			),
		],
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		displayOptions: showFor('invoice', ['getAll']),
		options: sortFields(
			[
				{ name: 'Balance', value: 'balance' },
				{ name: 'Created Time', value: 'created_time' },
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Date', value: 'date' },
				{ name: 'Due Date', value: 'due_date' },
				{ name: 'Invoice Number', value: 'invoice_number' },
				{ name: 'Total', value: 'total' },
			],
			{ column: 'created_time', order: 'D' },
		),
	},
];
