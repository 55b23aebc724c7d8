import { createHash } from 'node:crypto';

import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	IPollFunctions,
	PostReceiveAction,
} from 'n8n-workflow';

import type { PathValue, ProviderDefinition } from '../../shared/client';
import { ProviderClient, retryAfterMs } from '../../shared/client';
import { summarizeText } from '../../shared/errors';
import { pairWithInput, UnreadableAnswer } from '../../shared/output';

export const CREDENTIAL_TYPE = 'hyperazeApi';
const PROVIDER = 'Hyperaze';

/** Page size asked for when listing (Hyperaze documents no paging; see hyperazeList). */
export const PAGE_SIZE = 100;

export const requestDefaults = {
	baseURL: '={{ String($credentials.baseUrl).replace(new RegExp("/+$"), "") }}',
	headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
	json: true,
} satisfies Partial<IHttpRequestOptions>;

function advice(status: number): string {
	switch (status) {
		case 400:
			return "Check the fields of this operation against Hyperaze's message.";
		case 401:
			return 'Hyperaze refused the API key: check the API key (and Base URL) in the Hyperaze credential.';
		case 403:
			return 'The API key may not do this, or the record belongs to another account.';
		case 404:
			return 'Nothing exists at that ID: check the ID, or pick the record from the list.';
		case 429:
			return 'Hyperaze is limiting the request rate. Run the workflow later, or with fewer items at once.';
		default:
			return 'Check the values sent and the credential.';
	}
}

export function apiBaseUrl(credentials: IDataObject): string {
	return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
}

/** Hyperaze does not document its error body; read the usual places. */
function hyperazeWords(body: IDataObject | undefined): { text: string; code?: string } | undefined {
	if (!body) return undefined;
	for (const key of ['message', 'error_description', 'detail', 'error']) {
		const value = body[key];
		if (typeof value === 'string' && value) {
			const code = key !== 'error' && typeof body.error === 'string' && body.error !== value ? `(${body.error})` : undefined;
			return { text: value, code };
		}
	}
	return undefined;
}

const definition: ProviderDefinition = {
	name: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	baseUrl: apiBaseUrl,
	secrets: (credentials) => [credentials.apiKey as string | undefined],
	words: hyperazeWords,
	advice,
	rateLimitWaitMs: (failure, now) => retryAfterMs(failure.headers, now),
	// Hyperaze counts requests per API key: every credential holding the key shares one budget
	account: (credentials) => `${apiBaseUrl(credentials)}|key ${createHash('sha256').update(String(credentials.apiKey ?? '')).digest('hex').slice(0, 16)}`,
	// no published limit: unthrottled at first, then what its 429s (Retry-After) teach; one window is a second until they tell
	budget: () => ({ kind: 'adaptive', windowMs: 1000 }),
};

export const hyperaze = new ProviderClient(definition);

/**
 * Hyperaze answers with the object itself; a `{ data: … }` wrapper is unwrapped if present (the
 * one place that does). An answer that is not JSON cannot be used.
 */
export function unwrap(body: unknown, status?: number): unknown {
	if (typeof body === 'string' || body === undefined || body === null) {
		throw new UnreadableAnswer(`${summarizeText(typeof body === 'string' ? body : '')} instead of JSON`, status);
	}
	if (!Array.isArray(body) && typeof body === 'object' && 'data' in body && Object.keys(body).length <= 3) {
		return (body as IDataObject).data;
	}
	return body;
}

/** Output of an operation that returns one object (a checkout, a plan, …). */
export function hyperazeRecord(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const record = unwrap(response.body, response.statusCode);
		if (!record || typeof record !== 'object' || Array.isArray(record)) {
			throw new UnreadableAnswer(`an answer without the expected object (${summarizeText(JSON.stringify(record))})`, response.statusCode);
		}
		return [{ json: record as IDataObject }];
	};
}

function recordsOf(body: unknown, status?: number): IDataObject[] {
	const value = unwrap(body, status);
	if (Array.isArray(value)) return value as IDataObject[];
	if (value && typeof value === 'object') {
		for (const key of ['items', 'results', 'records']) {
			const inner = (value as IDataObject)[key];
			if (Array.isArray(inner)) return inner as IDataObject[];
		}
	}
	throw new UnreadableAnswer(`an answer to a list request without a list (${summarizeText(JSON.stringify(value))})`, status);
}

/**
 * Output of one list page, normalized to `{ records: [...] }` whether Hyperaze answers with a bare
 * array or a wrapper (n8n would otherwise split a bare array into items before pagination sees it).
 */
export function hyperazeListPage(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		return [{ json: { records: recordsOf(response.body, response.statusCode) } }];
	};
}

/**
 * Lists: Hyperaze documents no paging, so the node asks for `page` (from 1) and `limit`, and
 * copes with a server that ignores them: a page longer than asked, or a page that repeats the
 * previous one, means the whole list came back at once, and the limit is applied here. Otherwise
 * the list ends with an empty page, or a page shorter than those served before it: a page shorter
 * than asked alone may come from a server that serves fewer per page than asked for.
 */
export async function hyperazeList(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
	const pageSize = limit === undefined ? PAGE_SIZE : Math.max(1, Math.min(PAGE_SIZE, limit));
	const results: IDataObject[] = [];
	let previousFirst: string | undefined;
	let served = 0;
	for (let page = 1; ; page++) {
		const pageRequest = {
			...requestData,
			options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), page, limit: pageSize } },
		};
		const [answer] = await hyperaze.sendPage(this, pageRequest);
		const records = (answer?.json.records ?? []) as IDataObject[];
		if (records.length > pageSize) {
			// paging ignored: this is the whole list
			results.push(...records);
			break;
		}
		const first = records.length ? JSON.stringify(records[0].id ?? records[0]) : undefined;
		if (page > 1 && first !== undefined && first === previousFirst) break; // the same page again
		previousFirst = first;
		results.push(...records);
		// A page shorter than asked may come from a server that serves fewer per page than asked
		// for: the list ends with an empty page, or one shorter than the pages it served before.
		if (records.length === 0 || records.length < served) break;
		served = Math.max(served, records.length);
		if (limit !== undefined && results.length >= limit) break;
	}
	const kept = limit === undefined ? results : results.slice(0, limit);
	return pairWithInput(
		this,
		kept.map((json) => ({ json })),
	);
}

/**
 * A request outside declarative routing (list searches, triggers): the whole list, one call.
 * `path` may hold `{name}` placeholders filled from `params`.
 */
export async function hyperazeApiRequest(
	context: ILoadOptionsFunctions | IPollFunctions,
	path: string,
	qs: IDataObject = {},
	params: Record<string, PathValue> = {},
	kind: 'listSearch' | 'trigger' = 'listSearch',
): Promise<IDataObject[]> {
	const response = await hyperaze.request(context, { path, qs, params }, kind, (answer) => {
		recordsOf(answer.body, answer.statusCode);
	});
	return recordsOf(response.body, response.statusCode);
}
