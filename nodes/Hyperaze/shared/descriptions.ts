import type { INodeProperties } from 'n8n-workflow';

export function showFor(resource: string, operations: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: operations } };
}

/** A record picker (searchable list or ID) that sends the ID where the operation needs it. */
export function recordLocator(options: {
	name: string;
	displayName: string;
	resource: string;
	operations: string[];
	searchListMethod: string;
	description: string;
	placeholder: string;
	send: { type: 'body' | 'query'; property: string };
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		displayOptions: showFor(options.resource, options.operations),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: options.placeholder },
		],
		routing: { send: options.send },
	};
}
