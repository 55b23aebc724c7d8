import type { INodeProperties } from 'n8n-workflow';

/** displayOptions for a field of one or more operations of a resource. */
export function showFor(resource: string, operations: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: operations } };
}

/** A record picker: pick from a searchable list, or enter the ID. */
export function recordLocator(options: {
	name: string;
	displayName: string;
	resource: string;
	operations: string[];
	searchListMethod: string;
	idPlaceholder: string;
	description: string;
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
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
				validation: [
					{
						type: 'regex',
						properties: { regex: '^[0-9]+$', errorMessage: 'Zoho IDs are made of digits only' },
					},
				],
			},
		],
	};
}
