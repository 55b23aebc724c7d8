import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { choiceField, isZohoId, listControls, sortedByName, sortFields, textField } from '../../shared/projectsExpenses';
import { withoutSortOrder } from '../../shared/keptList';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many projects',
	description:
		'List projects, optionally only active or inactive ones or those of one customer, and sorted. Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/projects' },
		send: { paginate: true, preSend: [check('filters.customer_id', 'Customer ID', [isZohoId])] },
		operations: { pagination: zohoList('projects') },
	},
};

export const properties: INodeProperties[] = [
	...listControls('project', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('project', ['getAll']),
		options: sortedByName([
			textField('customer_id', 'Customer ID', 'Only projects of this customer', {}, 'query'),
			choiceField(
				'filter_by',
				'Status',
				'Which projects to list, by status',
				[
					{ name: 'Active', value: 'Status.Active' },
					{ name: 'All', value: 'Status.All' },
					{ name: 'Inactive', value: 'Status.Inactive' },
				],
				'query',
				'filter_by',
				'Status.All',
			),
			...sortFields([
				{ name: 'Created Time', value: 'created_time' },
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Project Name', value: 'project_name' },
				{ name: 'Rate', value: 'rate' },
			]).filter(withoutSortOrder),
		]),
	},
];
