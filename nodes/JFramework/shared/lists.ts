import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { providerError } from '../../shared/errors';
import { pairWithInput, UnreadableAnswer } from '../../shared/output';
import { jfw, PAGE_SIZE, unwrapEnvelope } from './transport';

/**
 * Lists that JFramework answers with a plain array in `data` (prices, packages, subscription
 * types, wallets): one request, the envelope unwrapped by the operation's `jfwData()`, and the
 * Limit applied here (JFramework has no paging for them).
 */
export async function jfwArrayList(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const items = pairWithInput(this, await jfw.sendPage(this, requestData));
	const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
	return limit === undefined || !Number.isFinite(limit) ? items : items.slice(0, limit);
}

/**
 * One page of a list that JFramework pages (pageNumber, pageSize) but may answer either as a plain
 * array or as a page object `{ items, totalItems }`: one item `{ records, totalItems? }` per page,
 * for `jfwPagedArrayList`.
 */
export function jfwListPage(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const data = unwrapEnvelope(this, response);
		if (Array.isArray(data)) return [{ json: { records: data as IDataObject[] } }];
		if (data && typeof data === 'object' && Array.isArray((data as IDataObject).items)) {
			const page = data as IDataObject;
			const total = Number(page.totalItems);
			const counted = page.totalItems !== undefined && page.totalItems !== null && Number.isFinite(total);
			return [{ json: { records: page.items as IDataObject[], ...(counted ? { totalItems: total } : {}) } }];
		}
		throw new UnreadableAnswer(`a list answer that is neither a list nor a page of items (${typeof data})`, response.statusCode);
	};
}

/** What identifies a record, to notice a page served twice. */
const recordKey = (record: IDataObject): string => (record.id !== undefined && record.id !== null ? `id:${String(record.id)}` : JSON.stringify(record));

/**
 * A list JFramework pages with `pageNumber` (from 0) and `pageSize` (default 200) whatever shape its
 * answer takes (prices: the SDK reads a plain array, the docs give the paging parameters), read
 * to its end:
 *  - a page object with `totalItems` ends when that many records are read;
 *  - a plain array ends with an empty page, a page served twice (a server that ignores paging),
 *    a page longer than asked for (the whole list at once), or a short page once the server's page
 *    size is known: the first short page may come from a server that serves fewer than asked for
 *    (100 when 200 are asked for), so the next page is asked for at the size it served, and the
 *    list goes on while pages come back full at that size.
 * Records already read are never output twice; Limit stops the paging as soon as it is met.
 */
export async function jfwPagedArrayList(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
	let pageSize = limit === undefined || !Number.isFinite(limit) ? PAGE_SIZE : Math.max(1, Math.min(PAGE_SIZE, limit));
	let sizeKnown = false;
	const seen = new Set<string>();
	const results: INodeExecutionData[] = [];
	for (let pageNumber = 0, pages = 0; ; pages++) {
		if (pages > 100_000) throw new UnreadableAnswer('a list that never ends (more than 100,000 pages)', 200);
		const pageRequest = {
			...requestData,
			options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), pageNumber, pageSize } },
		};
		const [answer] = await jfw.sendPage(this, pageRequest, (answers) => {
			if (!Array.isArray(answers[0]?.json?.records)) throw new UnreadableAnswer(`page ${pageNumber} without a list of records`, 200);
		});
		const records = answer.json.records as IDataObject[];
		const total = answer.json.totalItems as number | undefined;
		const fresh = records.filter((record) => !seen.has(recordKey(record)));
		for (const record of fresh) {
			seen.add(recordKey(record));
			results.push({ json: record });
		}
		if (records.length === 0 || fresh.length === 0) break;
		if (limit !== undefined && results.length >= limit) break;
		if (total !== undefined) {
			if (seen.size >= total) break;
			// the server serves fewer than asked for although more exist: it caps the page size
			if (records.length < pageSize) pageSize = records.length;
		} else if (records.length > pageSize) {
			break;
		} else if (records.length < pageSize) {
			if (sizeKnown) break;
			// perhaps the server's own page size: the next page is asked for at that size
			pageSize = records.length;
		}
		sizeKnown = true;
		if (results.length % pageSize !== 0) {
			throw new UnreadableAnswer(`pages of changing sizes (${results.length} records after page ${pageNumber}, page size ${pageSize}): the list cannot be read completely`, 200);
		}
		pageNumber = results.length / pageSize;
	}
	return pairWithInput(this, limit === undefined ? results : results.slice(0, limit));
}

function parameter(context: IExecuteSingleFunctions, name: string): unknown {
	try {
		return context.getNodeParameter(name, undefined, { extractValue: true });
	} catch {
		return undefined;
	}
}

/**
 * Output of an operation whose `data` may be a bare value (true, a URL, a code): objects and
 * arrays pass through; a bare value becomes `{ ...echo, [key]: value }`, where `echo` names
 * parameters to repeat in the output (the ID acted on, the code checked) so an item says what it
 * is about.
 */
export function jfwValue(key: string, echo: Record<string, string | [string, (value: unknown) => unknown]> = {}): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const data = unwrapEnvelope(this, response);
		if (Array.isArray(data)) return (data as IDataObject[]).map((json) => ({ json }));
		if (data && typeof data === 'object') return [{ json: data as IDataObject }];
		const json: IDataObject = {};
		for (const [field, source] of Object.entries(echo)) {
			const [name, transform] = Array.isArray(source) ? source : [source, (value: unknown) => value];
			json[field] = transform(parameter(this, name)) as IDataObject[string];
		}
		json[key] = data as IDataObject[string];
		return [{ json }];
	};
}

/** For actions that take query parameters only: nothing is sent in the body. */
export const withoutBody: PreSendAction = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	delete requestOptions.body;
	return requestOptions;
};

/**
 * Sends a list of IDs as JFramework's indexed query parameters: `name[0]=…&name[1]=…`. The IDs
 * come from a parameter holding a comma-separated list (or an array, from an expression).
 */
export function indexedQuery(parameterName: string, queryName: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const ids = idList(parameter(this, parameterName));
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		ids.forEach((id, index) => {
			qs[`${queryName}[${index}]`] = id;
		});
		requestOptions.qs = qs;
		return requestOptions;
	};
}

/** "a, b ,c" or ["a","b"] → ["a","b","c"], blanks dropped. */
export function idList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((v) => String(v ?? '').trim()).filter(Boolean);
}

const EXTENSIONS: Record<string, string> = {
	'application/pdf': 'pdf',
	'text/html': 'html',
	'text/plain': 'txt',
	'image/png': 'png',
	'image/jpeg': 'jpg',
	'application/zip': 'zip',
};

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	for (const [key, value] of Object.entries(response.headers ?? {})) {
		if (key.toLowerCase() === name) return Array.isArray(value) ? String(value[0]) : String(value);
	}
	return undefined;
}

/** The file name in a Content-Disposition header (filename* or filename), without any path. */
function dispositionFileName(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const star = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(disposition);
	let name: string | undefined;
	if (star) {
		try {
			name = decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
		} catch {
			name = undefined;
		}
	}
	if (!name) {
		const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
		name = plain ? (plain[2] ?? plain[1]).trim() : undefined;
	}
	const base = name?.split(/[\\/]/).pop()?.trim();
	return base || undefined;
}

/**
 * A file download's answer (the request asks for `encoding: 'arraybuffer'`, `json: false`, so the
 * bytes arrive untouched) becomes binary data under the binary property the user named, with a
 * file name (from Content-Disposition, else `<prefix>-<id>.<ext>`) and the MIME type JFramework
 * sent; the item's JSON says which record the file belongs to. n8n's built-in `binaryData` action
 * is not used: it stores the bytes without a name or MIME type and has n8n guess the type by
 * sniffing them. A JSON answer where a file was expected is JFramework's envelope:
 * `success: false` becomes its error.
 */
export function jfwBinaryFile(options: { idParameter: string; idField: string; binaryParameter: string; prefix: string }): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const contentType = (header(response, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
		const body = response.body as unknown;
		const bytes = Buffer.isBuffer(body) ? body : body instanceof ArrayBuffer ? Buffer.from(new Uint8Array(body)) : Buffer.from(String(body ?? ''));
		if (contentType.includes('json') || contentType === '') {
			let parsed: unknown;
			try {
				parsed = JSON.parse(bytes.toString('utf8'));
			} catch {
				parsed = undefined;
			}
			if (parsed && typeof parsed === 'object' && 'success' in (parsed as IDataObject)) {
				unwrapEnvelope(this, { ...response, body: parsed as IDataObject });
				throw providerError(this.getNode(), {
					message: 'JFramework answered with JSON instead of a file',
					description: 'The download returned no file. Check the record in JFramework, or run the node again later.',
					itemIndex: this.getItemIndex(),
				});
			}
		}
		const id = String(parameter(this, options.idParameter) ?? '');
		const binaryProperty = String(parameter(this, options.binaryParameter) ?? '').trim() || 'data';
		const mimeType = contentType && !contentType.includes('json') ? contentType : 'application/octet-stream';
		const fileName =
			dispositionFileName(header(response, 'content-disposition')) ??
			`${options.prefix}-${id.replace(/[^\w.-]+/g, '_')}.${EXTENSIONS[mimeType] ?? 'bin'}`;
		const binary = await this.helpers.prepareBinaryData(bytes, fileName, mimeType);
		binary.fileName = fileName;
		binary.mimeType = mimeType;
		const base: INodeExecutionData[] = items.length ? items : [{ json: {} }];
		return base.map((item) => ({
			...item,
			json: { [options.idField]: id, fileName, mimeType, fileSize: bytes.length, binaryProperty },
			binary: { ...(item.binary ?? {}), [binaryProperty]: binary },
		}));
	};
}

/** A list whose shape is not documented: a plain array, or a page `{ items }`; one item per record. */
export function jfwItems(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const data = unwrapEnvelope(this, response);
		const records = Array.isArray(data) ? data : Array.isArray((data as IDataObject | null)?.items) ? ((data as IDataObject).items as unknown[]) : data === null || data === undefined ? [] : [data];
		return (records as IDataObject[]).map((json) => ({ json }));
	};
}
