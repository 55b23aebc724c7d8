import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import type { HttpFailure } from '../../shared/errors';
import { providerError, readHttpFailure, summarizeText } from '../../shared/errors';
import type { ProviderPolicy } from '../../shared/request';
import { pairWithInput, retryAfterMs, sendRoutingRequest, unknownOutcomeAdvice } from '../../shared/request';

export const CREDENTIAL_TYPE = 'hyperazeApi';
const PROVIDER = 'Hyperaze';

/** Page size asked for when listing (Hyperaze documents no paging; see hyperazeList). */
export const PAGE_SIZE = 100;

export const requestDefaults = {
	baseURL: '={{ $credentials.baseUrl.replace(new RegExp("/+$"), "") }}',
	headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
	json: true,
} satisfies Partial<IHttpRequestOptions>;

function advice(status: number | undefined, requestData?: DeclarativeRestApiSettings.ResultOptions): string {
	switch (status) {
		case 400:
			return 'Check the fields of this operation against Hyperaze\'s message.';
		case 401:
			return 'Hyperaze refused the API key: check the API key (and Base URL) in the Hyperaze credential.';
		case 403:
			return 'The API key may not do this, or the record belongs to another account.';
		case 404:
			return 'Nothing exists at that ID: check the ID, or pick the record from the list.';
		case 429:
			return "Hyperaze is limiting the request rate. Space the requests out (Batching under this node's Settings → Request Options) or run the workflow later.";
		default:
			if (status !== undefined && status >= 500) {
				return `Hyperaze failed to process the request. ${requestData ? unknownOutcomeAdvice(requestData, PROVIDER) : ''}`.trim();
			}
			return 'Check the values sent and the credential.';
	}
}

/** Hyperaze does not document its error body; read the usual places. */
function hyperazeWords(body: IDataObject | undefined): string | undefined {
	if (!body) return undefined;
	for (const key of ['message', 'error_description', 'detail', 'error']) {
		const value = body[key];
		if (typeof value === 'string' && value) {
			return key !== 'error' && typeof body.error === 'string' && body.error !== value
				? `${value} (${body.error})`
				: value;
		}
	}
	return undefined;
}

export const hyperazePolicy: ProviderPolicy = {
	provider: PROVIDER,
	rateLimitWaitMs: (failure, now) => retryAfterMs(failure.headers, now),
	toApiError(this: IExecuteSingleFunctions, failure: HttpFailure, requestData) {
		const node = this.getNode();
		const itemIndex = this.getItemIndex();
		if (failure.status === undefined) {
			return providerError(node, {
				message: `${PROVIDER} could not be reached (${failure.networkCode ?? 'network error'})`,
				description: unknownOutcomeAdvice(requestData, PROVIDER),
				itemIndex,
			});
		}
		const words = hyperazeWords(failure.body);
		return providerError(node, {
			message: words
				? `${PROVIDER} error ${failure.status}: ${words}`
				: `${PROVIDER} answered HTTP ${failure.status} with ${summarizeText(failure.text)}`,
			description: advice(failure.status, requestData),
			httpCode: failure.status,
			body: failure.body,
			itemIndex,
		});
	},
};

/** Hyperaze answers with the object itself; a `{ data: … }` wrapper is unwrapped if present. */
function unwrap(context: IExecuteSingleFunctions, body: unknown): unknown {
	if (typeof body === 'string' || body === undefined || body === null) {
		throw providerError(context.getNode(), {
			message: `${PROVIDER} answered with ${summarizeText(typeof body === 'string' ? body : '')} instead of JSON`,
			description: 'The answer could not be used (a proxy or maintenance page?). Run the node again later.',
			itemIndex: context.getItemIndex(),
		});
	}
	if (!Array.isArray(body) && typeof body === 'object' && 'data' in body && Object.keys(body).length <= 3) {
		return (body as IDataObject).data;
	}
	return body;
}

/** Output of an operation that returns one object (a checkout, a plan, …). */
export function hyperazeRecord(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const record = unwrap(this, response.body);
		if (!record || typeof record !== 'object' || Array.isArray(record)) {
			throw providerError(this.getNode(), {
				message: `${PROVIDER} answered without the expected object`,
				description: `The answer was: ${summarizeText(JSON.stringify(record))}`,
				itemIndex: this.getItemIndex(),
			});
		}
		return [{ json: record as IDataObject }];
	};
}

/** Default for every operation: one request, failures mapped to messages. */
export async function hyperazeSend(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return pairWithInput(this, await sendRoutingRequest(this, requestData, hyperazePolicy));
}

function recordsOf(context: IExecuteSingleFunctions, body: unknown): IDataObject[] {
	const value = unwrap(context, body);
	if (Array.isArray(value)) return value as IDataObject[];
	if (value && typeof value === 'object') {
		for (const key of ['items', 'results', 'records']) {
			const inner = (value as IDataObject)[key];
			if (Array.isArray(inner)) return inner as IDataObject[];
		}
	}
	throw providerError(context.getNode(), {
		message: `${PROVIDER} answered a list request without a list`,
		description: `The answer was: ${summarizeText(JSON.stringify(value))}`,
		itemIndex: context.getItemIndex(),
	});
}

/**
 * Output of one list page, normalized to `{ records: [...] }` whether Hyperaze answers with a bare
 * array or a wrapper (n8n would otherwise split a bare array into items before pagination sees it).
 */
export function hyperazeListPage(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		return [{ json: { records: recordsOf(this, response.body) } }];
	};
}

/**
 * Lists: Hyperaze documents no paging, so the node asks for `page` (from 1) and `limit`, and
 * copes with a server that ignores them: a page longer than asked, or a page that repeats the
 * previous one, means the whole list came back at once, and the limit is applied here.
 */
export async function hyperazeList(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
	const pageSize = limit === undefined ? PAGE_SIZE : Math.max(1, Math.min(PAGE_SIZE, limit));
	const results: IDataObject[] = [];
	let previousFirst: string | undefined;
	for (let page = 1; ; page++) {
		const pageRequest = {
			...requestData,
			options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), page, limit: pageSize } },
		};
		const [answer] = await sendRoutingRequest(this, pageRequest, hyperazePolicy);
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
		if (records.length < pageSize) break;
		if (limit !== undefined && results.length >= limit) break;
	}
	const kept = limit === undefined ? results : results.slice(0, limit);
	return pairWithInput(
		this,
		kept.map((json) => ({ json })),
	);
}

/** A request outside declarative routing (list searches). Reads the whole list (one call). */
export async function hyperazeApiRequest(
	this: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const request: IHttpRequestOptions = {
		method: 'GET',
		url: `${String(credentials.baseUrl).replace(/\/+$/, '')}${path}`,
		qs,
		headers: { Accept: 'application/json' },
		json: true,
	};
	try {
		const body = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, request)) as unknown;
		const value = body && typeof body === 'object' && !Array.isArray(body) && 'data' in body ? (body as IDataObject).data : body;
		return Array.isArray(value) ? (value as IDataObject[]) : [];
	} catch (error) {
		const failure = readHttpFailure(error);
		throw providerError(this.getNode(), {
			message: `${PROVIDER} error ${failure.status ?? failure.networkCode ?? ''}: ${hyperazeWords(failure.body) ?? summarizeText(failure.text)}`,
			description: advice(failure.status),
			httpCode: failure.status,
		});
	}
}
