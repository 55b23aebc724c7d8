import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { providerError } from '../../shared/errors';
import { pairWithInput, UnreadableAnswer } from '../../shared/output';
import { assertZohoSuccess, PAGE_SIZE_MAX, zoho, zohoList } from './transport';
import { readParameter } from '../../shared/validation';

/**
 * What the Zoho Billing operations output (postReceive actions and list paginators): Zoho's
 * answers are checked (`code` 0) and unwrapped into one item per record.
 */

function missing(context: IExecuteSingleFunctions, what: string, body: IDataObject): never {
	throw providerError(context.getNode(), {
		message: `Zoho Billing answered without the expected ${what}`,
		description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}.`,
		itemIndex: context.getItemIndex(),
	});
}

/* ------------------------------------------------------------------------------------------------
 * One record, or the outcome of an action
 * ---------------------------------------------------------------------------------------------- */

/** Output of an operation that returns one record, e.g. `{ code, message, product: {…} }` → the product. */
export function zohoRecord(key: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body, response.statusCode);
		const record = body[key];
		if (!record || typeof record !== 'object') {
			throw new UnreadableAnswer(`an answer without the expected "${key}" object (it held: ${Object.keys(body).join(', ') || 'nothing'})`, response.statusCode, body);
		}
		return [{ json: record as IDataObject }];
	};
}

/**
 * Output of an answer whose record may come under one of several keys (Add Charge answers
 * `invoice`, or `unbilled_charge` when the charge is kept unbilled), or as a one-element list
 * (the bank account retrieve answers `bank_accounts: [ {…} ]`): every record under the first key
 * that holds one.
 */
export function zohoRecordAmong(keys: string[]): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		for (const key of keys) {
			const value = body[key];
			if (Array.isArray(value)) {
				const records = value.filter((v) => v && typeof v === 'object' && !Array.isArray(v)) as IDataObject[];
				if (records.length > 0) return records.map((json) => ({ json }));
			} else if (value && typeof value === 'object') {
				return [{ json: value as IDataObject }];
			}
		}
		return missing(this, keys.map((k) => `"${k}"`).join(' or ') + ' object', body);
	};
}

/** Output of an action or a delete: Zoho answers only `{ code: 0, message }`. */
export function zohoActionResult(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body, response.statusCode);
		return [{ json: { success: true, message: body.message ?? 'success' } }];
	};
}

/** An action whose answer carries data worth keeping: `{ success: true, message, [as]: body[key] }`. */
export function zohoActionResultWith(key: string, as = key): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		return [{ json: { success: true, message: body.message ?? 'success', ...(body[key] !== undefined ? { [as]: body[key] } : {}) } }];
	};
}

/** The record under `key` when Zoho returns one, else `{ success: true, message }`. */
export function zohoRecordOrAction(key: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const record = body[key];
		if (record && typeof record === 'object' && !Array.isArray(record)) return [{ json: record as IDataObject }];
		return [{ json: { success: true, message: body.message ?? 'success' } }];
	};
}

/** The answer without Zoho's envelope fields (`code`, `message`), for answers that are not wrapped. */
export function zohoUnwrapped(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const { code: _code, message: _message, ...rest } = body;
		return [{ json: rest }];
	};
}

/**
 * Output of Retrieve a Hosted Page: Zoho answers with the hosted page's fields at the top level,
 * next to `code` and `message` (a `hostedpage` object is taken as well, if one comes).
 */
export function zohoHostedPageRecord(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		if (body.hostedpage && typeof body.hostedpage === 'object') return [{ json: body.hostedpage as IDataObject }];
		const { code: _code, message: _message, ...page } = body;
		if (page.hostedpage_id === undefined) missing(this, '"hostedpage_id"', body);
		return [{ json: page }];
	};
}

/**
 * Output of Add a Note: Zoho documents `note: { notes: [ {note_id, description, …} ] }`; the node
 * outputs the note itself (a `note` object with a `note_id` is taken as it is).
 */
export function zohoNoteRecord(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const note = body.note as IDataObject | undefined;
		if (!note || typeof note !== 'object') return missing(this, '"note" object', body);
		const notes = note.notes;
		if (note.note_id === undefined && Array.isArray(notes) && notes.length === 1) return [{ json: notes[0] as IDataObject }];
		return [{ json: note }];
	};
}

/**
 * Output of Get Timer: the time entry whose timer is running, or `{ running: false }` when Zoho
 * answers without one.
 */
export function zohoRunningTimer(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const entry = body.time_entry as IDataObject | undefined;
		if (!entry || typeof entry !== 'object' || !entry.time_entry_id) return [{ json: { running: false } }];
		return [{ json: entry }];
	};
}

/* ------------------------------------------------------------------------------------------------
 * Lists that are not paged
 * ---------------------------------------------------------------------------------------------- */

/**
 * One item per element of the list under `key` (short lists Zoho does not page: templates,
 * comments, recent activities, a project's users). With `acceptOne`, a single object under `key`
 * (Zoho answers one project user as `users: {…}`) is output as one item.
 */
export function zohoItems(key: string, acceptOne = false): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const value = body[key];
		if (Array.isArray(value)) return (value as IDataObject[]).map((json) => ({ json }));
		if (acceptOne && value && typeof value === 'object') return [{ json: value as IDataObject }];
		return missing(this, `"${key}" list`, body);
	};
}

/* ------------------------------------------------------------------------------------------------
 * PDF download into binary data
 * ---------------------------------------------------------------------------------------------- */

/** Request options of a PDF download: the bytes must arrive untouched (no JSON, no text decoding). */
export const PDF_REQUEST = {
	encoding: 'arraybuffer' as const,
	json: false,
	headers: { Accept: 'application/pdf' },
};

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	for (const [key, value] of Object.entries(response.headers ?? {})) {
		if (key.toLowerCase() === name) return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/** The file name of a Content-Disposition header (RFC 6266 `filename*` first). */
export function dispositionFileName(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, '')) || undefined;
		} catch {
			// falls through to the plain form
		}
	}
	const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
	const name = (plain?.[1] ?? plain?.[2] ?? '').trim();
	return name ? name.replace(/[/\\]/g, '_') : undefined;
}

function bytesOf(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(new Uint8Array(body));
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	return Buffer.from(JSON.stringify(body ?? ''), 'utf8');
}

/**
 * Output of a PDF download: the file in the binary property the user named (default `data`),
 * named as Zoho's Content-Disposition says (e.g. INV-000384.pdf) or else `fallbackName`, with
 * MIME type application/pdf. The JSON says what was downloaded. Zoho's JSON errors (also with
 * HTTP 200 and a non-zero code) are errors; any other answer that is not a PDF is one too.
 */
export function zohoPdf(options: {
	binaryParameter: string;
	fallbackName: (context: IExecuteSingleFunctions) => string;
	json: (context: IExecuteSingleFunctions) => IDataObject;
}): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const bytes = bytesOf(response.body);
		const contentType = (header(response, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
		const looksPdf = contentType === 'application/pdf' || bytes.subarray(0, 5).toString('latin1') === '%PDF-';
		if (!looksPdf) {
			let parsed: unknown;
			try {
				parsed = JSON.parse(bytes.toString('utf8'));
			} catch {
				parsed = undefined;
			}
			if (parsed && typeof parsed === 'object') assertZohoSuccess(this, parsed);
			throw providerError(this.getNode(), {
				message: `Zoho Billing answered with ${contentType || 'an unknown type'} instead of a PDF`,
				description:
					'The answer held no PDF file (Zoho may not have the document ready, or a proxy answered). Nothing was saved; check the document in Zoho Billing and run the node again.',
				itemIndex: this.getItemIndex(),
			});
		}
		const binaryProperty = String(readParameter(this, options.binaryParameter) ?? '').trim() || 'data';
		const fileName = dispositionFileName(header(response, 'content-disposition')) ?? options.fallbackName(this);
		const mimeType = 'application/pdf';
		const binary = await this.helpers.prepareBinaryData(bytes, fileName, mimeType);
		binary.fileName = fileName;
		binary.mimeType = mimeType;
		const base: INodeExecutionData[] = items.length ? items : [{ json: {} }];
		return base.slice(0, 1).map((item) => ({
			...item,
			json: { ...options.json(this), fileName, mimeType, fileSize: bytes.length, binaryProperty },
			binary: { ...(item.binary ?? {}), [binaryProperty]: binary },
		}));
	};
}

/* ------------------------------------------------------------------------------------------------
 * Lists with filters the node applies itself (kept lists)
 * ---------------------------------------------------------------------------------------------- */

/**
 * Filters of a Zoho list that Zoho's API contract does not list for that list: they are still
 * sent (Zoho may honour them), and the node applies them itself to every page, so the output is
 * right whether Zoho honours them or not. A record that does not carry what a filter checks stops
 * the run with an error naming the filter: never an unfiltered record under a filter's name.
 */
export interface KeptFilter {
	/** The parameter holding the filter's value, e.g. `filters.event_type` */
	parameter: string;
	/** The query parameter it is sent to Zoho as, e.g. `event_type` */
	query: string;
	/** The field's label, for messages */
	label: string;
	/** Whether a record passes; undefined when the record does not say (the filter cannot be applied) */
	keep: (record: IDataObject, value: unknown) => boolean | undefined;
}

function readFilter(context: IExecutePaginationFunctions, parameter: string): unknown {
	try {
		return context.getNodeParameter(parameter, undefined, { extractValue: true });
	} catch {
		return undefined;
	}
}

/** A filter left empty, or a status filter at `….All`, filters nothing. */
const isSet = (value: unknown) =>
	value !== undefined && value !== null && !(typeof value === 'string' && (value.trim() === '' || /^\w+\.All$/.test(value.trim())));

/** The record's ID for messages: its first `*_id` field. */
function recordName(record: IDataObject): string {
	const key = Object.keys(record).find((k) => k.endsWith('_id') || k.endsWith('_code'));
	return key ? `${key} ${String(record[key])}` : 'a record';
}

/**
 * A Zoho list (`page`, `per_page` ≤ 200, `page_context.has_more_page`) with filters applied by the
 * node. Without any of them set it is Zoho's list as it is (`zohoList`). With one set, every page
 * is read at 200 a page and filtered; Limit counts the records kept, and the paging stops as soon
 * as it is met or Zoho says the list ended.
 */
export function zohoKeptList(rootKey: string, filters: KeptFilter[]) {
	const plain = zohoList(rootKey);
	const paginate = async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const active = filters.map((filter) => ({ filter, value: readFilter(this, filter.parameter) })).filter(({ value }) => isSet(value));
		if (!active.length) return await plain.call(this, requestData);
		const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
		const perPage = PAGE_SIZE_MAX;
		const kept: INodeExecutionData[] = [];
		for (let page = 1; ; page++) {
			const pageRequest = {
				...requestData,
				options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), page, per_page: perPage } },
			};
			const [answer] = await zoho.sendPage(this, pageRequest, (items) => {
				const checked = assertZohoSuccess(this, items[0]?.json);
				if (!Array.isArray(checked[rootKey])) {
					throw new UnreadableAnswer(`page ${page} without the "${rootKey}" list (it held: ${Object.keys(checked).join(', ') || 'nothing'})`, 200);
				}
			});
			const body = answer.json;
			const records = body[rootKey] as IDataObject[];
			for (const record of records) {
				let pass = true;
				for (const { filter, value } of active) {
					const verdict = filter.keep(record, value);
					if (verdict === undefined) {
						throw new NodeOperationError(this.getNode(), `${filter.label}: Zoho's answer does not say this of ${recordName(record)}, so the filter cannot be applied`, {
							itemIndex: this.getItemIndex(),
							description: `Zoho's API does not list "${filter.label}" as a filter of this list, so the node checks each record itself, and this record does not carry what it needs. Nothing was changed. Remove the "${filter.label}" filter and filter the output instead.`,
						});
					}
					if (!verdict) {
						pass = false;
						break;
					}
				}
				if (pass) kept.push({ json: record });
			}
			const pageContext = (body.page_context ?? {}) as IDataObject;
			const hasMore = pageContext.has_more_page === undefined ? records.length >= perPage : pageContext.has_more_page === true;
			if (!hasMore || records.length === 0) break;
			if (limit !== undefined && kept.length >= limit) break;
		}
		return pairWithInput(this, limit === undefined ? kept : kept.slice(0, limit));
	};
	// which query parameters the node applies itself (read by the contract tests)
	return Object.assign(paginate, { keptQuery: filters.map((filter) => filter.query) });
}

/* ------------------------------------------------------------------------------------------------
 * Record checks
 * ---------------------------------------------------------------------------------------------- */

/** The record's field equals the value (as text); undefined when the record lacks the field. */
export const sameAs =
	(field: string) =>
	(record: IDataObject, value: unknown): boolean | undefined =>
		record[field] === undefined || record[field] === null ? undefined : String(record[field]) === String(value).trim();

/** A yyyy-mm-dd day from a Zoho date or date-time (`2016-06-05T18:02:26-0700` → 2016-06-05), in the time it is written in. */
export const dayOf = (value: unknown): string | undefined => {
	const m = /^(\d{4}-\d{2}-\d{2})/.exec(String(value ?? ''));
	return m ? m[1] : undefined;
};

/** The record's date (field) is on or after (`start`) or on or before (`end`) the day given. */
export const dayBound =
	(field: string, side: 'start' | 'end') =>
	(record: IDataObject, value: unknown): boolean | undefined => {
		const day = dayOf(record[field]);
		const bound = dayOf(value);
		if (!day || !bound) return undefined;
		return side === 'start' ? day >= bound : day <= bound;
	};

/** A `Prefix.Value` status filter (`ProductStatus.ACTIVE`) against the record's `status` (`active`); `All` keeps everything. */
export const statusIs =
	(field = 'status', map: Record<string, string[]> = {}) =>
	(record: IDataObject, value: unknown): boolean | undefined => {
		const wanted = String(value).split('.').pop() ?? '';
		if (wanted.toLowerCase() === 'all') return true;
		if (record[field] === undefined || record[field] === null) return undefined;
		const accepted = map[wanted] ?? [wanted.toLowerCase()];
		return accepted.includes(String(record[field]).toLowerCase());
	};

/** The record's text field contains the value (case-insensitive). */
export const contains =
	(field: string) =>
	(record: IDataObject, value: unknown): boolean | undefined =>
		record[field] === undefined || record[field] === null ? undefined : String(record[field]).toLowerCase().includes(String(value).trim().toLowerCase());

