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
import type { HttpFailure } from '../../shared/errors';
import { providerError, summarizeText } from '../../shared/errors';
import { pairWithInput, UnreadableAnswer } from '../../shared/output';

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

interface JfwError {
	code?: string | number;
	message?: string;
	details?: string;
	correlationId?: string;
}

/** JFramework's own words from an envelope: each `errors[]` entry's text and correlation ID, and their codes. */
export function jfwWords(body: IDataObject | undefined): { text: string; code?: string } | undefined {
	if (!body) return undefined;
	const errors = Array.isArray(body.errors) ? (body.errors as JfwError[]) : [];
	const texts = errors
		.map((e) => `${e.message ?? e.details ?? ''}${e.correlationId ? ` (correlation ID ${e.correlationId})` : ''}`.trim())
		.filter(Boolean);
	const codes = errors.map((e) => (e.code !== undefined && e.code !== null ? String(e.code) : '')).filter(Boolean);
	const code = codes.length ? `(JFramework code ${codes.join(', ')})` : undefined;
	if (texts.length) return { text: texts.join('; '), code };
	if (typeof body.message === 'string' && body.message) return { text: body.message, code };
	return code ? { text: 'the request failed', code } : undefined;
}

function resetTime(headers: Record<string, string>): string | undefined {
	const reset = Number(headers['x-ratelimit-reset']);
	if (!Number.isFinite(reset) || reset <= 0) return undefined;
	const ms = reset > 1e12 ? reset : reset * 1000;
	return new Date(ms).toISOString();
}

function advice(status: number, failure?: HttpFailure): string {
	switch (status) {
		case 400:
			return 'Check the fields of this operation: JFramework names the one it rejected.';
		case 401:
			return 'JFramework refused the Auth-Key (missing, invalid or expired). Put a fresh Auth-Key in the JFramework credential (or use Username and Password), and check its Brand URL and environment.';
		case 403:
			return 'The user behind the Auth-Key may not do this in this brand.';
		case 404:
			return 'Nothing exists at that ID in this brand: check the ID, or pick it from the list.';
		case 409:
			return 'It conflicts with an existing record (a duplicate code?).';
		case 209:
			return "The brand has used up this feature's quota. Raise the limit in JFramework or wait for the quota to reset.";
		case 429: {
			const at = failure ? resetTime(failure.headers) : undefined;
			return `JFramework is limiting the request rate${at ? `; it allows the next call at ${at} (X-RateLimit-Reset)` : ''}. Run the workflow later, or with fewer items at once.`;
		}
		default:
			return 'Check the values sent and the credential.';
	}
}

const definition: ProviderDefinition = {
	name: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	baseUrl: apiBaseUrl,
	headers: () => ({ 'Content-Type': 'application/json' }),
	secrets: (credentials) => [
		credentials.authKey as string | undefined,
		credentials.password as string | undefined,
		credentials.sessionAuthKey as string | undefined,
	],
	// JFramework counts requests per brand (every credential of it shares one budget), and says how
	// many are left in X-RateLimit-Limit / -Remaining / -Reset; one window is a minute until they tell
	account: (credentials) => `${apiBaseUrl(credentials)}|${String(credentials.brandUrl ?? '')}`,
	budget: () => ({ kind: 'headers', windowMs: 60_000 }),
	words: jfwWords,
	advice,
	// X-RateLimit-Reset is the epoch second at which the window resets
	rateLimitWaitMs: (failure, now) => {
		const reset = Number(failure.headers['x-ratelimit-reset']);
		if (Number.isFinite(reset) && reset > 0) return Math.max(0, (reset > 1e12 ? reset : reset * 1000) - now);
		return retryAfterMs(failure.headers, now);
	},
};

export const jfw = new ProviderClient(definition);

/**
 * Unwraps JFramework's envelope `{ success, statusCode, message, data, errors }` (the one place
 * that does). `success: false` and the custom status 209 ("feature usage limit exceeded") are
 * errors even on HTTP 2xx; an answer that is not the envelope cannot be used.
 */
export function unwrapEnvelope(context: IExecuteSingleFunctions, response: IN8nHttpFullResponse): unknown {
	const body = response.body as IDataObject | string | undefined;
	if (!body || typeof body !== 'object' || Array.isArray(body) || !('success' in body)) {
		throw new UnreadableAnswer(`${summarizeText(typeof body === 'string' ? body : JSON.stringify(body))} instead of its JSON envelope`, response.statusCode);
	}
	const status = Number(body.statusCode ?? response.statusCode);
	if (body.success !== true || status === 209 || response.statusCode === 209) {
		const code = response.statusCode === 209 || status === 209 ? 209 : status || response.statusCode;
		const words = jfwWords(body);
		throw providerError(context.getNode(), {
			message: `${PROVIDER} error ${code}: ${words?.text ?? 'the request failed'}`,
			code: words?.code,
			description: `${advice(code)} Nothing was changed.`,
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

/**
 * The paging rule of JFramework's paged lists (`pageNumber` from 0, `pageSize`,
 * `data: { items, totalItems }`), for the node's lists and the trigger alike. After a page of
 * `served` records asked for at `pageSize`, with `read` records read in all: the page to ask for
 * next, or undefined when JFramework says the list ended (every record counted by `totalItems` is
 * read, or a page is empty). A page shorter than asked does not end the list: a server that serves
 * fewer per page than asked for is followed, the next page is asked for at the size it served.
 * Only without `totalItems`, a short page ends the list once the server has served full pages of
 * the size asked for.
 */
export function jfwNextPage(read: number, served: number, pageSize: number, totalItems: unknown): { pageNumber: number; pageSize: number } | undefined {
	if (served === 0) return undefined;
	const total = Number(totalItems);
	const counted = totalItems !== undefined && totalItems !== null && totalItems !== '' && Number.isFinite(total);
	if (counted ? read >= total : served < pageSize && read > served) return undefined;
	const size = Math.min(served, pageSize);
	if (read % size !== 0) {
		throw new UnreadableAnswer(`pages of changing sizes (${read} records read, page size ${size}): the list cannot be read completely`, 200);
	}
	return { pageNumber: read / size, pageSize: size };
}

/**
 * Paged lists: read as `jfwNextPage` says, stopping early once the limit is met.
 */
export async function jfwPagedList(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
	let pageSize = limit === undefined ? PAGE_SIZE : Math.max(1, Math.min(PAGE_SIZE, limit));
	const results: INodeExecutionData[] = [];
	for (let pageNumber = 0; ; ) {
		const pageRequest = {
			...requestData,
			options: {
				...requestData.options,
				qs: { ...(requestData.options.qs ?? {}), pageNumber, pageSize },
			},
		};
		const [answer] = await jfw.sendPage(this, pageRequest, (answers) => {
			if (!Array.isArray(answers[0]?.json?.items)) throw new UnreadableAnswer(`page ${pageNumber} without an items list`, 200);
		});
		const data = answer.json;
		const items = data.items as IDataObject[];
		for (const json of items) results.push({ json });
		if (limit !== undefined && results.length >= limit) break;
		const next = jfwNextPage(results.length, items.length, pageSize, data.totalItems);
		if (!next) break;
		({ pageNumber, pageSize } = next);
	}
	return pairWithInput(this, limit === undefined ? results : results.slice(0, limit));
}

/**
 * A request outside declarative routing (list searches, triggers): `path` may hold `{name}`
 * placeholders filled from `params`. Resolves the envelope's `data`.
 */
export async function jfwApiRequest(
	context: ILoadOptionsFunctions | IPollFunctions,
	path: string,
	qs: IDataObject = {},
	params: Record<string, PathValue> = {},
	kind: 'listSearch' | 'trigger' = 'listSearch',
): Promise<unknown> {
	const asItem = { getNode: () => context.getNode(), getItemIndex: () => 0 } as unknown as IExecuteSingleFunctions;
	const response = await jfw.request(context, { path, qs, params }, kind, (answer) => {
		unwrapEnvelope(asItem, answer);
	});
	return unwrapEnvelope(asItem, response);
}
