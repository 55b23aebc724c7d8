import type { INodeProperties } from 'n8n-workflow';

/** displayOptions for a field of one or more operations of a resource. */
export function showFor(resource: string, operations: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: operations } };
}

/**
 * A record picker: pick from a searchable list, or enter the ID (Zoho IDs are digits; catalog
 * objects are addressed by code: pass `idRegex: null`). There is no "By URL" mode: operations
 * put `$parameter.<name>` into their URL expression, and n8n hands the raw pasted address there
 * (only `getNodeParameter(…, { extractValue: true })` extracts an ID from a URL).
 */
export function recordLocator(options: {
	name: string;
	displayName: string;
	resource: string;
	operations: string[];
	searchListMethod: string;
	idPlaceholder: string;
	description: string;
	idRegex?: string | null;
	send?: { type: 'body' | 'query'; property: string };
	required?: boolean;
}): INodeProperties {
	const idRegex = options.idRegex === undefined ? '^[0-9]+$' : options.idRegex;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
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
				...(idRegex
					? {
							validation: [
								{
									type: 'regex' as const,
									properties: { regex: idRegex, errorMessage: 'Zoho IDs are made of digits only' },
								},
							],
						}
					: {}),
			},
		],
		...(options.send ? { routing: { send: options.send } } : {}),
	};
}
