import type { INodeProperties } from 'n8n-workflow';

/** displayOptions for a field of one or more operations of a resource. */
export function showFor(resource: string, operations: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: operations } };
}

/**
 * A record picker: pick from a searchable list, or enter the ID (Zoho IDs are digits; catalog
 * objects are addressed by code: pass `idRegex: null`), or paste the record's Zoho web address
 * when `urlRegex` (with one capture group for the ID) is given.
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
	urlRegex?: string;
	urlPlaceholder?: string;
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
			...(options.urlRegex
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: options.urlPlaceholder ?? 'https://billing.zoho.com/app/10234695#/…',
							extractValue: { type: 'regex' as const, regex: options.urlRegex },
							validation: [
								{
									type: 'regex' as const,
									properties: { regex: options.urlRegex, errorMessage: 'Not a Zoho Billing address of this kind of record' },
								},
							],
						},
					]
				: []),
		],
		...(options.send ? { routing: { send: options.send } } : {}),
	};
}
