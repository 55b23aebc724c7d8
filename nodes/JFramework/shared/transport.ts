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
import { NodeOperationError } from 'n8n-workflow';

import type { HttpFailure } from '../../shared/errors';
import { providerError, readHttpFailure, summarizeText } from '../../shared/errors';
import type { ProviderPolicy } from '../../shared/request';
import { pairWithInput, retryAfterMs, sendRoutingRequest, unknownOutcomeAdvice } from '../../shared/request';

export const CREDENTIAL_TYPE = 'jFrameworkApi';
const PROVIDER = 'JFramework';

/** JFramework's default (and our) page size for paged lists. */
export const PAGE_SIZE = 200;

const LIVE = 'https://protocol.jframework.io/api';
const DEV = 'https://protocol.jframework.dev/api';

/** The API root for the credential's environment; paths below start with /v1. */
export const requestDefaults = {
	baseURL: `={{ $credentials.environment === "custom" ? String($credentials.baseUrl).replace(new RegExp("/+$"), "") : ($credentials.environment === "dev" ? "${DEV}" : "${LIVE}") }}`,
	headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
	json: true,
} satisfies Partial<IHttpRequestOptions>;

export function apiBaseUrl(credentials: IDataObject): string {
	if (credentials.environment === 'custom') return String(credentials.baseUrl).replace(/\/+$/, '');
	return credentials.environment === 'dev' ? DEV : LIVE;
}

/** A custom base URL must be https, except for a server on this machine. */
function assertSafeBaseUrl(context: IExecuteSingleFunctions, baseUrl: string | undefined): void {
	let url: URL | undefined;
	try {
		url = new URL(String(baseUrl));
	} catch {
		url = undefined;
	}
	const loopback = url && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (!url || (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:'))) {
		throw new NodeOperationError(
			context.getNode(),
			`JFramework credential: the Base URL "${String(baseUrl)}" must start with https://`,
			{
				itemIndex: context.getItemIndex(),
				description:
					'The Auth-Key would travel unencrypted. Fix the Base URL in the JFramework credential (or pick the Live or Development environment). Nothing was sent.',
			},
		);
	}
}

interface JfwError {
	code?: string | number;
	message?: string;
	details?: string;
	correlationId?: string;
}

/** JFramework's own words from an envelope: each `errors[]` entry's code, text and correlation ID. */
function jfwWords(body: IDataObject | undefined): string | undefined {
	if (!body) return undefined;
	const errors = Array.isArray(body.errors) ? (body.errors as JfwError[]) : [];
	const parts = errors.map((e) => {
		const text = e.message ?? e.details ?? '';
		const code = e.code !== undefined ? ` [${String(e.code)}]` : '';
		const correlation = e.correlationId ? ` (correlation ID ${e.correlationId})` : '';
		return `${text}${code}${correlation}`.trim();
	});
	const joined = parts.filter(Boolean).join('; ');
	if (joined) return joined;
	return typeof body.message === 'string' && body.message ? body.message : undefined;
}

function resetTime(headers: Record<string, string>): string | undefined {
	const reset = Number(headers['x-ratelimit-reset']);
	if (!Number.isFinite(reset) || reset <= 0) return undefined;
	const ms = reset > 1e12 ? reset : reset * 1000;
	return new Date(ms).toISOString();
}

function advice(
	status: number | undefined,
	failure?: HttpFailure,
	requestData?: DeclarativeRestApiSettings.ResultOptions,
): string {
	switch (status) {
		case 400:
			return 'Check the fields of this operation: JFramework names the one it rejected.';
		case 401:
			return 'JFramework refused the Auth-Key (missing, invalid or expired). Put a fresh Auth-Key in the JFramework credential, and check its Brand URL and environment.';
		case 403:
			return 'The user behind the Auth-Key may not do this in this brand.';
		case 404:
			return 'Nothing exists at that ID in this brand: check the ID, or pick it from the list.';
		case 409:
			return 'It conflicts with an existing record (a duplicate code?).';
		case 209:
			return 'The brand has used up this feature\'s quota. Raise the limit in JFramework or wait for the quota to reset.';
		case 429: {
			const at = failure ? resetTime(failure.headers) : undefined;
			return `JFramework is limiting the request rate${at ? `; it allows the next call at ${at} (X-RateLimit-Reset)` : ''}. Space the requests out (Batching under this node's Settings → Request Options) or run the workflow later.`;
		}
		default:
			if (status !== undefined && status >= 500) {
				return `JFramework failed to process the request. ${requestData ? unknownOutcomeAdvice(requestData, PROVIDER) : ''}`.trim();
			}
			return 'Check the values sent and the credential.';
	}
}

export const jfwPolicy: ProviderPolicy = {
	provider: PROVIDER,
	// X-RateLimit-Reset is the epoch second at which the window resets
	rateLimitWaitMs: (failure, now) => {
		const reset = Number(failure.headers['x-ratelimit-reset']);
		if (Number.isFinite(reset) && reset > 0) return Math.max(0, (reset > 1e12 ? reset : reset * 1000) - now);
		return retryAfterMs(failure.headers, now);
	},
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
		const words = jfwWords(failure.body);
		return providerError(node, {
			message: words
				? `${PROVIDER} error ${failure.status}: ${words}`
				: `${PROVIDER} answered HTTP ${failure.status} with ${summarizeText(failure.text)}`,
			description: advice(failure.status, failure, requestData),
			httpCode: failure.status,
			body: failure.body,
			itemIndex,
		});
	},
};

/**
 * Unwraps JFramework's envelope `{ success, statusCode, message, data, errors }`. `success: false`
 * and the custom status 209 ("feature usage limit exceeded") are errors even on HTTP 2xx.
 */
export function unwrapEnvelope(context: IExecuteSingleFunctions, response: IN8nHttpFullResponse): unknown {
	const body = response.body as IDataObject | string | undefined;
	if (!body || typeof body !== 'object' || Array.isArray(body) || !('success' in body)) {
		throw providerError(context.getNode(), {
			message: `${PROVIDER} answered with ${summarizeText(typeof body === 'string' ? body : JSON.stringify(body))} instead of its JSON envelope`,
			description: 'The answer could not be used (a proxy or maintenance page?). Run the node again later.',
			itemIndex: context.getItemIndex(),
		});
	}
	const status = Number(body.statusCode ?? response.statusCode);
	if (body.success !== true || status === 209 || response.statusCode === 209) {
		const code = response.statusCode === 209 || status === 209 ? 209 : status || response.statusCode;
		throw providerError(context.getNode(), {
			message: `${PROVIDER} error ${code}: ${jfwWords(body) ?? 'the request failed'}`,
			description: advice(code),
			httpCode: code,
			body,
			itemIndex: context.getItemIndex(),
		});
	}
	return body.data;
}

/**
 * Output of an operation: `data` as one item; a bare value (a checkout URL, a code, true) is
 * put under `scalarKey`.
 */
export function jfwData(scalarKey = 'result'): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const data = unwrapEnvelope(this, response);
		if (Array.isArray(data)) return (data as IDataObject[]).map((json) => ({ json }));
		if (data && typeof data === 'object') return [{ json: data as IDataObject }];
		return [{ json: { [scalarKey]: data as string | number | boolean | null } }];
	};
}

/** Default for every operation: base URL check, one request, failures mapped to messages. */
export async function jfwSend(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	assertSafeBaseUrl(this, requestData.options.baseURL);
	return pairWithInput(this, await sendRoutingRequest(this, requestData, jfwPolicy));
}

/**
 * Paged lists (`pageNumber` from 0, `pageSize`, `data: { items, totalItems }`): stops at the last
 * page (short page or totalItems reached) or as soon as the limit is met.
 */
export async function jfwPagedList(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	assertSafeBaseUrl(this, requestData.options.baseURL);
	const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
	const pageSize = limit === undefined ? PAGE_SIZE : Math.max(1, Math.min(PAGE_SIZE, limit));
	const results: INodeExecutionData[] = [];
	for (let pageNumber = 0; ; pageNumber++) {
		const pageRequest = {
			...requestData,
			options: {
				...requestData.options,
				qs: { ...(requestData.options.qs ?? {}), pageNumber, pageSize },
			},
		};
		const [answer] = await sendRoutingRequest(this, pageRequest, jfwPolicy);
		const data = answer?.json as IDataObject;
		const items = Array.isArray(data?.items) ? (data.items as IDataObject[]) : undefined;
		if (!items) {
			throw providerError(this.getNode(), {
				message: `${PROVIDER} answered page ${pageNumber} without an items list`,
				description: 'No partial list is returned.',
				itemIndex: this.getItemIndex(),
			});
		}
		for (const json of items) results.push({ json });
		const total = Number(data.totalItems);
		if (items.length < pageSize) break;
		if (Number.isFinite(total) && (pageNumber + 1) * pageSize >= total) break;
		if (limit !== undefined && results.length >= limit) break;
	}
	return pairWithInput(this, limit === undefined ? results : results.slice(0, limit));
}

/** A request outside declarative routing (list searches), envelope unwrapped. */
export async function jfwApiRequest(
	this: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject = {},
): Promise<unknown> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const request: IHttpRequestOptions = {
		method: 'GET',
		url: `${apiBaseUrl(credentials)}${path}`,
		qs,
		headers: { Accept: 'application/json' },
		json: true,
	};
	let body: IDataObject;
	try {
		body = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, request)) as IDataObject;
	} catch (error) {
		const failure = readHttpFailure(error);
		throw providerError(this.getNode(), {
			message: `${PROVIDER} error ${failure.status ?? failure.networkCode ?? ''}: ${jfwWords(failure.body) ?? summarizeText(failure.text)}`,
			description: advice(failure.status, failure),
			httpCode: failure.status,
		});
	}
	if (!body || body.success !== true) {
		throw providerError(this.getNode(), {
			message: `${PROVIDER} error: ${jfwWords(body) ?? 'the answer was not JSON'}`,
			description: advice(400),
		});
	}
	return body.data;
}
