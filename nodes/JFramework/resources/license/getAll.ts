import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { jfwData, jfwPagedList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many licenses',
	description: 'List licenses, filtered by package, subscription type, status or keywords',
	routing: {
		request: { method: 'GET', url: '/v1/licenses' },
		send: { paginate: true },
		operations: { pagination: jfwPagedList },
		output: { postReceive: [jfwData()] },
	},
};

const queryField = (field: Omit<INodeProperties, 'routing'>): INodeProperties => ({
	...field,
	routing: { send: { type: 'query', property: field.name } },
});

export const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: showFor('license', ['getAll']),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { resource: ['license'], operation: ['getAll'], returnAll: [false] } },
		routing: { output: { maxResults: '={{ $value }}' } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('license', ['getAll']),
		options: [
			queryField({ displayName: 'Keywords', name: 'keywords', type: 'string', default: '', description: 'Text to search for in the licenses' }),
			queryField({ displayName: 'License Code', name: 'licenseCode', type: 'string', default: '', description: 'Only the license with this code' }),
			queryField({ displayName: 'Package ID', name: 'packageId', type: 'string', default: '', description: 'Only licenses of this package' }),
			queryField({
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'Active',
				description: 'Only licenses in this state',
				options: [
					{ name: 'Active', value: 'Active' },
					{ name: 'Expired', value: 'Expired' },
					{ name: 'Inactive', value: 'Inactive' },
					{ name: 'Not Started', value: 'NotStarted' },
					{ name: 'Used', value: 'Used' },
				],
			}),
			queryField({ displayName: 'Subscription Type ID', name: 'subscriptionTypeId', type: 'string', default: '', description: 'Only licenses of this subscription type' }),
		],
	},
];
