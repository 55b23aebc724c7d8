import type { INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { required } from '../../shared/validation';
import type { RecordKind } from './descriptions';
import { collection, idParameter, locator, recordLabel, returnAllAndLimit, sortCollection } from './descriptions';
import { jfwArrayList, jfwValue } from './lists';
import { jfwData, jfwPagedList } from './transport';

/** One operation: its option (name, action, routing) and its fields. */
export interface Operation {
	option: INodePropertyOptions;
	properties: INodeProperties[];
}

/** `/v1/coupons/{couponId}`: the record's ID field fills the placeholder (checked and encoded by the client). */
export function idPath(base: string, kind: RecordKind, suffix = ''): string {
	return `${base}/{${idParameter(kind)}}${suffix}`;
}

/** Get one record by ID (picked from a list or entered). */
export function getOperation(options: {
	resource: string;
	kind: RecordKind;
	path: string;
	action: string;
	description: string;
}): Operation {
	const id = idParameter(options.kind);
	return {
		option: {
			name: 'Get',
			value: 'get',
			action: options.action,
			description: options.description,
			routing: {
				request: { method: 'GET', url: idPath(options.path, options.kind) },
				send: { paginate: true, preSend: [required(id, recordLabel(options.kind))] },
				output: { postReceive: [jfwData()] },
			},
		},
		properties: [locator(options.kind, options.resource, ['get'])],
	};
}

/** Delete one record by ID; outputs `{ <id field>, deleted: true }`. */
export function deleteOperation(options: {
	resource: string;
	kind: RecordKind;
	path: string;
	action: string;
	description: string;
}): Operation {
	const id = idParameter(options.kind);
	return {
		option: {
			name: 'Delete',
			value: 'delete',
			action: options.action,
			description: options.description,
			routing: {
				request: { method: 'DELETE', url: idPath(options.path, options.kind) },
				send: { paginate: true, preSend: [required(id, recordLabel(options.kind))] },
				output: { postReceive: [jfwValue('deleted', { [id]: id })] },
			},
		},
		properties: [locator(options.kind, options.resource, ['delete'])],
	};
}

/**
 * A list: `paged` lists use pageNumber/pageSize and `{ items, totalItems }`; the others are one
 * plain array, limited on our side. Filters and sort fields are query parameters.
 */
export function listOperation(options: {
	resource: string;
	path: string;
	action: string;
	description: string;
	paged: boolean;
	filters?: INodeProperties[];
	sortFields?: Array<string | [string, string]>;
	/** Fields before Return All (e.g. the wallet whose history is listed) */
	leading?: INodeProperties[];
	preSend?: PreSendAction[];
	value?: string;
	name?: string;
}): Operation {
	const value = options.value ?? 'getAll';
	return {
		option: {
			name: options.name ?? 'Get Many',
			value,
			action: options.action,
			description: options.description,
			routing: {
				request: { method: 'GET', url: options.path },
				send: { paginate: true, preSend: options.preSend ?? [] },
				operations: { pagination: options.paged ? jfwPagedList : jfwArrayList },
				output: { postReceive: [jfwData()] },
			},
		},
		properties: [
			...(options.leading ?? []),
			...returnAllAndLimit(options.resource, value),
			...(options.filters?.length ? [collection(options.resource, [value], 'filters', 'Filters', options.filters, 'Add Filter')] : []),
			...(options.sortFields?.length ? [sortCollection(options.resource, value, options.sortFields)] : []),
		],
	};
}

/** The operation selector of a resource, its options sorted by name. */
export function operationSelector(resource: string, operations: Operation[], defaultValue: string): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operations.map((operation) => operation.option).sort((a, b) => a.name.localeCompare(b.name)),
			default: defaultValue,
		},
		...operations.flatMap((operation) => operation.properties),
	];
}
