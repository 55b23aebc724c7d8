import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { providerError } from '../../shared/errors';
import { UnreadableAnswer } from '../../shared/output';
import { readParameter } from '../../shared/validation';
import { unwrapEnvelope } from './transport';

/**
 * What JFramework operations output (postReceive actions), after the envelope is unwrapped by
 * `unwrapEnvelope`. The plain "data as items" output, `jfwData`, lives with the envelope in
 * transport.ts.
 */

/**
 * Output of an action whose `data` may be a bare value (true, a URL, a code): objects and arrays
 * pass through; a bare value becomes `{ ...echo, [key]: value }`, where `echo` names parameters to
 * repeat in the output (the ID acted on, the code checked) so an item says what it is about.
 * Without anything to repeat, `jfwData(key)` does the same.
 */
export function jfwValue(key: string, echo: Record<string, string | [string, (value: unknown) => unknown]>): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const data = unwrapEnvelope(this, response);
		if (Array.isArray(data)) return (data as IDataObject[]).map((json) => ({ json }));
		if (data && typeof data === 'object') return [{ json: data as IDataObject }];
		const json: IDataObject = {};
		for (const [field, source] of Object.entries(echo)) {
			const [name, transform] = Array.isArray(source) ? source : [source, (value: unknown) => value];
			json[field] = transform(readParameter(this, name)) as IDataObject[string];
		}
		json[key] = data as IDataObject[string];
		return [{ json }];
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

/**
 * One page of a list that JFramework pages (pageNumber, pageSize) but may answer either as a plain
 * array or as a page object `{ items, totalItems }`: one item `{ records, totalItems? }` per page,
 * for the `jfwPagedArrayList` paginator.
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
		const id = String(readParameter(this, options.idParameter) ?? '');
		const binaryProperty = String(readParameter(this, options.binaryParameter) ?? '').trim() || 'data';
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
