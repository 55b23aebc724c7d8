import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/customersAndPayments';
import { showFor } from '../../shared/descriptions';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many customers',
	description:
		'List customers, optionally filtered by status (active, inactive, CRM-synced, without subscriptions, client portal enabled or disabled). Return All reads every page; otherwise Limit sets how many customers to output.',
	routing: {
		request: { method: 'GET', url: '/customers' },
		send: { paginate: true },
		operations: { pagination: zohoList('customers') },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('customer', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('customer', ['getAll']),
		options: [
			{
				displayName: 'Status',
				name: 'filter_by',
				type: 'options',
				default: 'Status.All',
				description: 'Which customers to list',
				options: [
					{ name: 'Active', value: 'Status.Active' },
					{ name: 'All', value: 'Status.All' },
					{ name: 'Client Portal Disabled', value: 'Status.PortalDisabled' },
					{ name: 'Client Portal Enabled', value: 'Status.PortalEnabled' },
					{ name: 'Google Apps Customers', value: 'Status.Gapps' },
					{ name: 'Inactive', value: 'Status.Inactive' },
					{ name: 'Synced With Zoho CRM', value: 'Status.Crm' },
					{ name: 'Without Subscriptions', value: 'Status.NonSubscribers' },
				],
				routing: { send: { type: 'query', property: 'filter_by' } },
			},
		],
	},
];
