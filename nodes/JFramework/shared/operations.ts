import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, IN8nRequestOperations, INodeProperties, PostReceiveAction, PreSendAction } from 'n8n-workflow';

import { collection, returnAllAndLimit } from '../../shared/fields';
import type { OperationParts } from '../../shared/operations';
import { operation } from '../../shared/operations';
import { listEntries, readParameter, required } from '../../shared/validation';
import type { RecordKind } from './descriptions';
import { idParameter, locator, recordLabel, sortCollection } from './descriptions';
import { jfwValue } from './output';
import { jfwArrayList } from './paginators';
import { jfwData, jfwPagedList } from './transport';

/**
 * Builders of JFramework operations of the common shapes (get, delete, list, create, update), and
 * what shapes the request of an action (no body, IDs as indexed query parameters). Other
 * operations are built with the shared `operation`, and a resource's Operation list with the
 * shared `operationSelector` (nodes/shared/operations.ts).
 */

/** `/v1/coupons/{couponId}`: the record's ID field fills the placeholder (checked and encoded by the client). */
export function idPath(base: string, kind: RecordKind, suffix = ''): string {
	return `${base}/{${idParameter(kind)}}${suffix}`;
}

interface RecordOperation {
	resource: string;
	kind: RecordKind;
	path: string;
	action: string;
	description: string;
}

/** Get one record by ID (picked from a list or entered). */
export function getOperation(options: RecordOperation): OperationParts {
	return operation({
		...options,
		value: 'get',
		name: 'Get',
		request: { method: 'GET', url: idPath(options.path, options.kind) },
		preSend: [required(idParameter(options.kind), recordLabel(options.kind))],
		output: [jfwData()],
		properties: [locator(options.kind, options.resource, ['get'])],
	});
}

/** Delete one record by ID; outputs `{ <id field>, deleted: true }`. */
export function deleteOperation(options: RecordOperation): OperationParts {
	const id = idParameter(options.kind);
	return operation({
		...options,
		value: 'delete',
		name: 'Delete',
		request: { method: 'DELETE', url: idPath(options.path, options.kind) },
		preSend: [required(id, recordLabel(options.kind))],
		output: [jfwValue('deleted', { [id]: id })],
		notice: `Outputs { ${id}, deleted: true }.`,
		properties: [locator(options.kind, options.resource, ['delete'])],
	});
}

/** The fields of a record that Create sends and Update sends again (JFramework's Update replaces the record). */
export interface RecordForm {
	/** The fields always sent */
	fields(operation: string): INodeProperties[];
	/** The optional fields, in a collection; `cleared` says that JFramework clears those not set */
	optionalFields(operation: string, collectionName: string, displayName: string, cleared: boolean): INodeProperties;
	/** The checks of the fields (the optional ones in `collectionName`) */
	checks(collectionName: string): PreSendAction[];
}

/** Create a record: its fields and optional fields; outputs the record. */
export function createOperation(options: { resource: string; path: string; action: string; description: string; form: RecordForm }): OperationParts {
	return operation({
		...options,
		value: 'create',
		name: 'Create',
		request: { method: 'POST', url: options.path },
		preSend: options.form.checks('additionalFields'),
		output: [jfwData()],
		properties: [...options.form.fields('create'), options.form.optionalFields('create', 'additionalFields', 'Additional Fields', false)],
	});
}

/**
 * Update a record: JFramework replaces it (PUT), so the fields are sent again and the optional
 * fields that are not set are cleared, as the notice says; outputs the record.
 */
export function updateOperation(options: RecordOperation & { form: RecordForm; what: string; locatorDescription?: string }): OperationParts {
	return operation({
		...options,
		value: 'update',
		name: 'Update',
		request: { method: 'PUT', url: idPath(options.path, options.kind) },
		preSend: [required(idParameter(options.kind), recordLabel(options.kind)), ...options.form.checks('updateFields')],
		output: [jfwData()],
		notice: `JFramework replaces the whole ${options.what}: the fields above are sent again, and JFramework clears the Update Fields that are not set.`,
		properties: [
			locator(options.kind, options.resource, ['update'], options.locatorDescription ? { description: options.locatorDescription } : {}),
			...options.form.fields('update'),
			options.form.optionalFields('update', 'updateFields', 'Update Fields', true),
		],
	});
}

/** The Limit of a list JFramework returns whole: the node keeps the first ones. */
const WHOLE_LIST_LIMIT = 'Max number of results to return (JFramework returns the whole list at once; the node keeps the first ones)';

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
	notice?: string;
	/** Instead of the paging above (a list whose answer may take either shape) */
	pagination?: IN8nRequestOperations['pagination'];
	output?: PostReceiveAction[];
}): OperationParts {
	const value = options.value ?? 'getAll';
	const wholeList = !options.paged && !options.pagination;
	return operation({
		...options,
		value,
		name: options.name ?? 'Get Many',
		request: { method: 'GET', url: options.path },
		pagination: options.pagination ?? (options.paged ? jfwPagedList : jfwArrayList),
		output: options.output ?? [jfwData()],
		properties: [
			...(options.leading ?? []),
			...returnAllAndLimit(options.resource, value).map((field) => (wholeList && field.name === 'limit' ? { ...field, description: WHOLE_LIST_LIMIT } : field)),
			...(options.filters?.length ? [collection(options.resource, [value], 'filters', 'Filters', options.filters, 'Add Filter')] : []),
			...(options.sortFields?.length ? [sortCollection(options.resource, value, options.sortFields)] : []),
		],
	});
}

/* ---------------------------------------------------------------------------------------------
 * What shapes the request of an action
 * ------------------------------------------------------------------------------------------- */

/**
 * Sends a list of IDs as JFramework's indexed query parameters: `name[0]=…&name[1]=…`. The IDs
 * come from a parameter holding a comma-separated list (or an array, from an expression).
 */
export function indexedQuery(parameterName: string, queryName: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const ids = listEntries(readParameter(this, parameterName));
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		ids.forEach((id, index) => {
			qs[`${queryName}[${index}]`] = id;
		});
		requestOptions.qs = qs;
		return requestOptions;
	};
}
