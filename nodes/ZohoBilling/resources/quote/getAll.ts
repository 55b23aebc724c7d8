import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/descriptions';
import { showFor } from '../../shared/descriptions';
import { sortFields } from '../../shared/fields';
import { zohoList } from '../../shared/transport';
import { locatorOption } from '../invoice/fields';
import { quoteCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many quotes',
	description:
		'List quotes, optionally filtered by status (Draft, Sent, Accepted, Declined, Invoiced, Expired), customer, Zoho CRM deal or search text, and sorted. Return All reads every page; otherwise Limit sets how many quotes to output.',
	routing: {
		request: { method: 'GET', url: '/estimates' },
		send: { paginate: true },
		operations: { pagination: zohoList('estimates') },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('quote', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('quote', ['getAll']),
		options: [
			{
				displayName: 'CRM Deal ID',
				name: 'zcrm_potential_id',
				type: 'string',
				default: '',
				description: 'Only quotes linked to this Zoho CRM deal (potential)',
				routing: { send: { type: 'query', property: 'zcrm_potential_id' } },
			},
			locatorOption(quoteCustomer(['getAll'], false, 'Only quotes of this customer'), { type: 'query', property: 'customer_id' }),
			{
				displayName: 'Search Text',
				name: 'search_text',
				type: 'string',
				default: '',
				description: 'Only quotes whose number, reference or customer name contains this text',
				routing: { send: { type: 'query', property: 'search_text' } },
			},
			{
				displayName: 'Status',
				name: 'filter_by',
				type: 'options',
				default: 'Status.All',
				description: 'Which quotes to list',
				options: [
					{ name: 'Accepted', value: 'Status.Accepted' },
					{ name: 'All', value: 'Status.All' },
					{ name: 'Declined', value: 'Status.Declined' },
					{ name: 'Draft', value: 'Status.Draft' },
					{ name: 'Expired', value: 'Status.Expired' },
					{ name: 'Invoiced', value: 'Status.Invoiced' },
					{ name: 'Sent', value: 'Status.Sent' },
				],
				routing: { send: { type: 'query', property: 'filter_by' } },
			},
		],
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		displayOptions: showFor('quote', ['getAll']),
		options: sortFields(
			[
				{ name: 'Created Time', value: 'created_time' },
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Date', value: 'date' },
				{ name: 'Quote Number', value: 'estimate_number' },
				{ name: 'Total', value: 'total' },
			],
			{ column: 'created_time', order: 'D' },
		),
	},
];
