import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, returnAllAndLimit } from '../../../shared/fields';
import { statusIs, zohoKeptList } from '../../shared/output';

/** Google Apps customers are told by `is_gapps_customer`; the others by `status`. */
const customerStatus = (record: IDataObject, value: unknown): boolean | undefined => {
	if (String(value) === 'Status.Gapps') return record.is_gapps_customer === undefined || record.is_gapps_customer === null ? undefined : record.is_gapps_customer === true;
	return statusIs()(record, value);
};

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many customers',
	description: 'Retrieve many customers, optionally only active or inactive ones',
	routing: {
		request: { method: 'GET', url: '/customers' },
		send: { paginate: true },
		operations: { pagination: zohoKeptList('customers', [{ parameter: 'filters.filter_by', query: 'filter_by', label: 'Status', keep: customerStatus }]) },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('customer', 'getAll'),
	collection('customer', ['getAll'], 'filters', 'Filters', [
			choice('filter_by', 'Status', 'Which customers to list (sent to Zoho, and checked on each customer by the node)', [
				{ name: 'Active', value: 'Status.Active' },
				{ name: 'All', value: 'Status.All' },
				{ name: 'Google Apps Customers', value: 'Status.Gapps' },
				{ name: 'Inactive', value: 'Status.Inactive' },
			], 'query', { default: 'Status.All' }),
		], 'Add Filter'),
];
