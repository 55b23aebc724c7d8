import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ISO_4217 } from './validation';

/**
 * The field builders every node uses: one vocabulary for fields (text, number, integer, boolean,
 * date, choice), where they are shown (`showFor`, `shown`), notices, optional-field collections, Return All
 * and Limit, and ISO 4217 currency choices. A field with `send` goes into the request as it is
 * (`body` or `query`, under its own name unless another property is given).
 */

export function showFor(resource: string, operations: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: operations } };
}

export type Send = 'body' | 'query' | false;

type FieldExtra = Partial<Omit<INodeProperties, 'name' | 'displayName' | 'type'>>;

function routed(send: Send, property: string): Pick<INodeProperties, 'routing'> {
	return send ? { routing: { send: { type: send, property } } } : {};
}

export function text(name: string, displayName: string, description: string, send: Send = 'body', extra: FieldExtra = {}, property = name): INodeProperties {
	return { displayName, name, type: 'string', default: '', description, ...routed(send, property), ...extra };
}

export function number(name: string, displayName: string, description: string, send: Send = 'body', extra: FieldExtra = {}, property = name): INodeProperties {
	return { displayName, name, type: 'number', default: 0, description, ...routed(send, property), ...extra };
}

export function integer(name: string, displayName: string, description: string, send: Send = 'body', extra: FieldExtra = {}, property = name): INodeProperties {
	return number(name, displayName, description, send, { typeOptions: { numberPrecision: 0 }, default: 1, ...extra }, property);
}

export function boolean(name: string, displayName: string, description: string, send: Send = 'body', extra: FieldExtra = {}, property = name): INodeProperties {
	return { displayName, name, type: 'boolean', default: false, description, ...routed(send, property), ...extra };
}

export function dateTime(name: string, displayName: string, description: string, send: Send = 'body', extra: FieldExtra = {}, property = name): INodeProperties {
	return { displayName, name, type: 'dateTime', default: '', description, ...routed(send, property), ...extra };
}

/** A choice among fixed values, sorted by name (n8n's rule); the first is the default unless one is given. */
export function choice(
	name: string,
	displayName: string,
	description: string,
	values: INodePropertyOptions[],
	send: Send = 'body',
	extra: FieldExtra = {},
	property = name,
): INodeProperties {
	const options = [...values].sort((a, b) => a.name.localeCompare(b.name));
	const field: INodeProperties = { displayName, name, type: 'options', default: '', description, options, ...routed(send, property), ...extra };
	if (extra.default === undefined) field.default = options[0].value;
	return field;
}

/** Choices from plain values, or [name, value] pairs. */
export const optionList = (values: Array<string | [string, string]>): INodePropertyOptions[] =>
	values.map((v) => (Array.isArray(v) ? { name: v[0], value: v[1] } : { name: v, value: v }));

/** The ISO 4217 currencies as choices (code as the name and the value). */
export const CURRENCY_OPTIONS: INodePropertyOptions[] = [...ISO_4217].sort().map((code) => ({ name: code, value: code }));

/** A top-level field shown for the given operations (optionally required). */
export function shown(resource: string, operations: string[], field: INodeProperties, isRequired = false): INodeProperties {
	return { ...field, displayOptions: showFor(resource, operations), ...(isRequired ? { required: true } : {}) };
}

/** A notice shown with the given operations: what the user and an AI agent should know about the operation as a whole. */
export function notice(resource: string, operations: string[], text: string, name = 'operationNotice'): INodeProperties {
	return { displayName: text, name, type: 'notice', default: '', displayOptions: showFor(resource, operations) };
}

/** A collection of optional fields ("Additional Fields", "Update Fields", "Filters"), sorted by name. */
export function collection(
	resource: string,
	operations: string[],
	name: string,
	displayName: string,
	options: INodeProperties[],
	placeholder = 'Add Field',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		displayOptions: showFor(resource, operations),
		options: [...options].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

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
