import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, returnAllAndLimit, text } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { queryFilter, sortFields, withoutSortOrder } from '../../shared/fields';
import { isZohoId } from '../../shared/validation';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many projects',
	description: 'Retrieve many projects, optionally of one status or customer',
	routing: {
		request: { method: 'GET', url: '/projects' },
		send: { paginate: true, preSend: [check('filters.customer_id', 'Customer ID', [isZohoId])] },
		operations: { pagination: zohoList('projects') },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('project', 'getAll'),
	collection('project', ['getAll'], 'filters', 'Filters', [
			queryFilter(text('customer_id', 'Customer ID', 'Only projects of this customer', 'query')),
			queryFilter(choice('filter_by', 'Status', 'Which projects to list, by status', [
				{ name: 'Active', value: 'Status.Active' },
				{ name: 'All', value: 'Status.All' },
				{ name: 'Inactive', value: 'Status.Inactive' },
			], 'query', { default: 'Status.All' })),
			...sortFields([
				{ name: 'Created Time', value: 'created_time' },
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Project Name', value: 'project_name' },
				{ name: 'Rate', value: 'rate' },
			]).filter(withoutSortOrder),
		], 'Add Filter'),
];
