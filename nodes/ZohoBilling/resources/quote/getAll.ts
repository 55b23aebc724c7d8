import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, returnAllAndLimit, text } from '../../../shared/fields';
import { sameAs, statusIs, zohoKeptList } from '../../shared/output';
import { locatorOption } from '../../shared/descriptions';
import { quoteCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many quotes',
	description: 'Retrieve many quotes, optionally by status, customer or CRM deal',
	routing: {
		request: { method: 'GET', url: '/estimates' },
		send: { paginate: true },
		operations: {
			pagination: zohoKeptList('estimates', [
				{ parameter: 'filters.customerId', query: 'customer_id', label: 'Customer', keep: sameAs('customer_id') },
				{ parameter: 'filters.filter_by', query: 'filter_by', label: 'Status', keep: statusIs() },
			]),
		},
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('quote', 'getAll'),
	collection('quote', ['getAll'], 'filters', 'Filters', [
			text('zcrm_potential_id', 'CRM Deal ID', 'Only quotes linked to this Zoho CRM deal (potential)', 'query'),
			locatorOption(quoteCustomer(['getAll'], false, 'Only quotes of this customer (sent to Zoho, and checked on each quote by the node)'), { type: 'query', property: 'customer_id' }),
			choice('filter_by', 'Status', 'Which quotes to list (sent to Zoho, and checked on each quote by the node)', [
				{ name: 'Accepted', value: 'Status.Accepted' },
				{ name: 'All', value: 'Status.All' },
				{ name: 'Declined', value: 'Status.Declined' },
				{ name: 'Draft', value: 'Status.Draft' },
				{ name: 'Expired', value: 'Status.Expired' },
				{ name: 'Invoiced', value: 'Status.Invoiced' },
				{ name: 'Sent', value: 'Status.Sent' },
			], 'query', { default: 'Status.All' }),
		], 'Add Filter'),
];
