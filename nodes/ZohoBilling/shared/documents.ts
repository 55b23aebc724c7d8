import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { failInput as fail } from '../../shared/validation';
import { providerError } from '../../shared/errors';
import { showFor } from './descriptions';
import { assertZohoSuccess } from './transport';

/**
 * Helpers of the document resources (invoices, credit notes, quotes): PDFs into binary data,
 * file uploads as multipart/form-data, outputs of answers that are neither one record nor a bare
 * `{ code, message }`, and input checks for lists of emails, IDs and fixed-collection rows.
 */

type Check = (this: IExecuteSingleFunctions, value: unknown) => string | undefined;

function parameter(context: IExecuteSingleFunctions, name: string): unknown {
	try {
		return context.getNodeParameter(name, undefined, { extractValue: true });
	} catch {
		return undefined;
	}
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/* ------------------------------------------------------------------------------------------------
 * Lists in a text field: emails and IDs
 * ---------------------------------------------------------------------------------------------- */

/** The entries of a comma-separated text (or of an array an expression gave). */
export function listEntries(value: unknown): string[] {
	const raw = Array.isArray(value) ? value : String(value ?? '').split(',');
	return raw.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
}

/** The expression that sends a comma-separated field as a JSON array of its entries. */
export const LIST_VALUE =
	'={{ (Array.isArray($value) ? $value : String($value).split(",")).map(s => String(s).trim()).filter(s => s !== "") }}';

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** Every entry of a comma-separated list is an email address. */
export const isEmailList: Check = (value) => {
	const entries = listEntries(value);
	if (entries.length === 0) return 'enter at least one email address';
	const wrong = entries.find((entry) => !EMAIL.test(entry));
	return wrong === undefined ? undefined : `"${wrong}" is not an email address (separate several with commas)`;
};

/** A comma-separated list of 1 to `max` Zoho IDs (digits). */
export const isIdList =
	(max: number): Check =>
	(value) => {
		const entries = listEntries(value);
		if (entries.length === 0) return 'enter at least one ID';
		const wrong = entries.find((entry) => !/^[0-9]+$/.test(entry));
		if (wrong !== undefined) return `"${wrong}" is not a Zoho ID (digits only; separate several with commas)`;
		if (entries.length > max) return `at most ${max} IDs at once (got ${entries.length})`;
		return undefined;
	};

/** Simple body fields of the document resources (invoices, quotes, credit notes). */
export const bodyText = (name: string, displayName: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
	routing: { send: { type: 'body', property: name } },
	...extra,
});

export const bodyNumber = (name: string, displayName: string, description: string, minValue?: number): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	default: 0,
	...(minValue !== undefined ? { typeOptions: { minValue } } : {}),
	description,
	routing: { send: { type: 'body', property: name } },
});

export const bodyBoolean = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description,
	routing: { send: { type: 'body', property: name } },
});

/** An optional comma-separated list of Zoho IDs, e.g. the contact persons of a document. */
export const isOptionalIdList: Check = (value) =>
	listEntries(value).every((entry) => /^[0-9]+$/.test(entry)) ? undefined : 'enter Zoho IDs (digits) separated by commas';

/** A document discount: an amount (190) or a percentage (12.5%). */
export const isDiscount: Check = (value) =>
	/^\d+(\.\d+)?%?$/.test(String(value).trim()) ? undefined : `"${String(value)}" is not an amount (190) or a percentage (12.5%)`;

export { isZohoId } from './fields';

/* ------------------------------------------------------------------------------------------------
 * Fixed collections
 * ---------------------------------------------------------------------------------------------- */

/** The expression that sends the rows of a fixed collection, leaving out fields left empty. */
export const rowsValue = (rowKey: string) =>
	`={{ ($value.${rowKey} || []).map(row => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== "" && v !== null && v !== undefined))) }}`;

export interface RowRule {
	field: string;
	label: string;
	checks?: Check[];
	required?: boolean;
}

/**
 * Checks the rows of a fixed collection before anything is sent: at least `min` rows, each
 * required field set and each set field passing its checks. Messages name the row.
 */
export function checkRows(
	parameterName: string,
	rowKey: string,
	label: string,
	rules: RowRule[],
	options: { min?: number; oneOf?: Array<[string, string]> } = {},
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = parameter(this, parameterName) as IDataObject | undefined;
		const rows = (value && Array.isArray(value[rowKey]) ? (value[rowKey] as IDataObject[]) : []) ?? [];
		const min = options.min ?? 0;
		if (rows.length < min) fail(this, label, min === 1 ? 'add at least one entry' : `add at least ${min} entries`);
		rows.forEach((row, index) => {
			const where = `${label} (entry ${index + 1})`;
			for (const [a, b] of options.oneOf ?? []) {
				if (blank(row[a]) && blank(row[b])) {
					const la = rules.find((r) => r.field === a)?.label ?? a;
					const lb = rules.find((r) => r.field === b)?.label ?? b;
					fail(this, where, `set ${la} or ${lb}`);
				}
			}
			for (const rule of rules) {
				const cell = row[rule.field];
				if (blank(cell)) {
					if (rule.required) fail(this, `${where} → ${rule.label}`, 'a value is required');
					continue;
				}
				for (const c of rule.checks ?? []) {
					const problem = c.call(this, cell);
					if (problem) fail(this, `${where} → ${rule.label}`, problem);
				}
			}
		});
		return requestOptions;
	};
}

/** At least one of the named parameters (collections or fields) holds something. */
export function atLeastOne(parameters: Array<[string, string]>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const set = parameters.some(([name]) => {
			const value = parameter(this, name);
			if (value && typeof value === 'object') {
				return Object.values(value as IDataObject).some((v) =>
					v && typeof v === 'object' ? Object.values(v as IDataObject).some((x) => !blank(x)) : !blank(v),
				);
			}
			return !blank(value);
		});
		if (!set) fail(this, parameters.map(([, label]) => label).join(' or '), 'set at least one of them');
		return requestOptions;
	};
}

/* ------------------------------------------------------------------------------------------------
 * Request shaping
 * ---------------------------------------------------------------------------------------------- */

/** Adds a query parameter when a (possibly nested) parameter is set, e.g. manual numbering. */
export function queryWhenSet(parameterName: string, query: string, value: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (!blank(parameter(this, parameterName))) requestOptions.qs = { ...(requestOptions.qs ?? {}), [query]: value };
		return requestOptions;
	};
}

/** Adds a body field when a (possibly nested) parameter is set, e.g. manual numbering. */
export function bodyWhenSet(parameterName: string, field: string, value: unknown): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (!blank(parameter(this, parameterName))) {
			requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), [field]: value };
		}
		return requestOptions;
	};
}

/** Sends the rows of a fixed collection as the whole body: a JSON array (e.g. custom fields by ID). */
export function arrayBody(parameterName: string, rowKey: string, map: (row: IDataObject) => IDataObject): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = parameter(this, parameterName) as IDataObject | undefined;
		const rows = value && Array.isArray(value[rowKey]) ? (value[rowKey] as IDataObject[]) : [];
		requestOptions.body = rows.map(map);
		return requestOptions;
	};
}

/** Leaves out body objects that ended up empty (e.g. an address section that was not filled in). */
export function dropEmptyObjects(fields: string[]): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = requestOptions.body as IDataObject | undefined;
		if (body && typeof body === 'object' && !Array.isArray(body)) {
			for (const field of fields) {
				const value = body[field];
				if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) delete body[field];
			}
		}
		return requestOptions;
	};
}

/** Removes the (empty) JSON body of a GET that n8n's routing always starts with. */
export const withoutBody: PreSendAction = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	delete requestOptions.body;
	return requestOptions;
};

/* ------------------------------------------------------------------------------------------------
 * Multipart upload (a file from the item's binary data)
 * ---------------------------------------------------------------------------------------------- */

const MIME_EXTENSIONS: Record<string, string> = {
	'application/pdf': 'pdf',
	'image/png': 'png',
	'image/gif': 'gif',
	'image/jpeg': 'jpg',
	'image/jpg': 'jpg',
	'image/bmp': 'bmp',
	'image/x-ms-bmp': 'bmp',
};

const quoted = (text: string) => text.replace(/["\r\n\\]/g, '_');

/**
 * Sends a file of the input item as `multipart/form-data`: the file under `fileField` and the
 * given text fields. n8n's declarative routing cannot build such a body, so this preSend builds
 * it as bytes with its own boundary and sets the Content-Type. A byte body (rather than a
 * form-data stream) is what n8n can send again when the OAuth token was refreshed on a 401;
 * n8n refuses to resend a consumed stream.
 */
export function multipartFile(options: {
	binaryParameter: string;
	binaryLabel: string;
	fileField: string;
	allowedExtensions?: string[];
	fields?: (context: IExecuteSingleFunctions) => Record<string, string | undefined>;
}): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const propertyName = String(parameter(this, options.binaryParameter) ?? '').trim();
		if (!propertyName) fail(this, options.binaryLabel, 'a value is required (the name of the input item\'s binary field, often "data")');
		const item = this.getInputData();
		if (!item?.binary?.[propertyName]) {
			const present = Object.keys(item?.binary ?? {});
			fail(
				this,
				options.binaryLabel,
				`the input item has no binary field "${propertyName}"${present.length ? ` (it has: ${present.join(', ')})` : ' (it has no binary data)'}`,
			);
		}
		const binary = this.helpers.assertBinaryData(propertyName);
		const mimeType = String(binary.mimeType || 'application/octet-stream');
		let fileName = String(binary.fileName ?? '').trim();
		if (!fileName) fileName = `attachment.${binary.fileExtension ?? MIME_EXTENSIONS[mimeType.toLowerCase()] ?? 'bin'}`;
		const extension = (/\.([A-Za-z0-9]+)$/.exec(fileName)?.[1] ?? '').toLowerCase();
		if (options.allowedExtensions && !options.allowedExtensions.includes(extension)) {
			fail(
				this,
				options.binaryLabel,
				`Zoho accepts only ${options.allowedExtensions.join(', ')} files (got "${fileName}")`,
			);
		}
		const data = await this.helpers.getBinaryDataBuffer(propertyName);
		const boundary = `----n8nZohoBilling${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
		const parts: Buffer[] = [];
		const text = (value: string) => Buffer.from(value, 'utf8');
		for (const [name, value] of Object.entries(options.fields?.(this) ?? {})) {
			if (value === undefined) continue;
			parts.push(text(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`));
		}
		parts.push(
			text(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(options.fileField)}"; filename="${quoted(fileName)}"\r\nContent-Type: ${mimeType}\r\n\r\n`,
			),
			data,
			text(`\r\n--${boundary}--\r\n`),
		);
		requestOptions.body = Buffer.concat(parts);
		requestOptions.headers = { ...(requestOptions.headers ?? {}), 'Content-Type': `multipart/form-data; boundary=${boundary}` };
		return requestOptions;
	};
}

/** The field naming the input binary property of an upload. */
export function inputBinaryField(resource: string, operations: string[], description: string): INodeProperties {
	return {
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the file to be uploaded',
		description,
		displayOptions: showFor(resource, operations),
	};
}

/** The field naming the output binary property of a download. */
export function outputBinaryField(resource: string, operations: string[], description: string): INodeProperties {
	return {
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		description,
		displayOptions: showFor(resource, operations),
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
		const binaryProperty = String(parameter(this, options.binaryParameter) ?? '').trim() || 'data';
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
 * Outputs
 * ---------------------------------------------------------------------------------------------- */

/** An action whose answer carries data worth keeping: `{ success: true, message, [key]: … }`. */
export function zohoActionResultWith(key: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		return [{ json: { success: true, message: body.message ?? 'success', ...(body[key] !== undefined ? { [key]: body[key] } : {}) } }];
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

/** One item per element of the list under `key` (short lists Zoho does not page: templates, comments). */
export function zohoItems(key: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const list = body[key];
		if (!Array.isArray(list)) {
			throw providerError(this.getNode(), {
				message: `Zoho Billing answered without the expected "${key}" list`,
				description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}.`,
				itemIndex: this.getItemIndex(),
			});
		}
		return (list as IDataObject[]).map((json) => ({ json }));
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
