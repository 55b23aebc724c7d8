import type { INodeProperties } from 'n8n-workflow';

/**
 * Return All and Limit for a list operation, the same for every provider. The limit is handed to
 * the provider's paginator as `maxResults`, which stops fetching as soon as it is met.
 */
export function returnAllAndLimit(resource: string, operation: string): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show: { resource: [resource], operation: [operation] } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { resource: [resource], operation: [operation], returnAll: [false] } },
			routing: { output: { maxResults: '={{ $value }}' } },
		},
	];
}
