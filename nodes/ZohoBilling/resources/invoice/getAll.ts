import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, returnAllAndLimit } from '../../../shared/fields';
import { sameAs, zohoKeptList } from '../../shared/output';
import { documentCustomer } from './fields';
import { locatorOption } from '../../shared/descriptions';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many invoices',
	description: 'Retrieve many invoices, optionally by status or customer',
	routing: {
		request: { method: 'GET', url: '/invoices' },
		send: { paginate: true },
		operations: { pagination: zohoKeptList('invoices', [{ parameter: 'filters.customerId', query: 'customer_id', label: 'Customer', keep: sameAs('customer_id') }]) },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('invoice', 'getAll'),
	collection('invoice', ['getAll'], 'filters', 'Filters', [
			locatorOption(documentCustomer('invoice', ['getAll'], { required: false, description: 'Only invoices of this customer (sent to Zoho, and checked on each invoice by the node)' }), {
				type: 'query',
				property: 'customer_id',
			}),
			choice('filter_by', 'Status', 'Which invoices to list', [
				{ name: 'All', value: 'Status.All' },
				{ name: 'Draft', value: 'Status.Draft' },
				{ name: 'Overdue', value: 'Status.OverDue' },
				{ name: 'Paid', value: 'Status.Paid' },
				{ name: 'Partially Paid', value: 'Status.PartiallyPaid' },
				{ name: 'Sent', value: 'Status.Sent' },
				{ name: 'Unpaid', value: 'Status.Unpaid' },
				{ name: 'Void', value: 'Status.Void' },
			], 'query'),
		], 'Add Filter'),
];
