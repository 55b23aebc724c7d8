import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { zohoList } from '../../shared/transport';
import { RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many hosted pages',
	description: 'List hosted pages (payment pages created through the API) with their status, URL, action and times',
	routing: {
		request: { method: 'GET', url: '/hostedpages' },
		send: { paginate: true },
		operations: { pagination: zohoList('hosted_pages') },
	},
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: showFor(RESOURCE, ['getAll']),
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { resource: [RESOURCE], operation: ['getAll'], returnAll: [false] } },
		routing: { output: { maxResults: '={{ $value }}' } },
	},
];
