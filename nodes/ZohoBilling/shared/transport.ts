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

export const CREDENTIAL_TYPE = 'zohoBillingOAuth2Api';
const PROVIDER = 'Zoho Billing';

/** Zoho caps list pages at 200 records. */
export const PAGE_SIZE_MAX = 200;

/**
 * The API base: the `api_domain` Zoho returned with the token (right for multi-DC accounts),
 * else the data centre chosen in the credential. `apiBaseUrl()` below is the same rule in code,
 * for the few programmatic requests (list searches).
 */
export const requestDefaults = {
	baseURL:
		'={{ ($credentials.oauthTokenData && $credentials.oauthTokenData.api_domain ? String($credentials.oauthTokenData.api_domain).replace(new RegExp("/+$"), "") : "https://www.zohoapis." + $credentials.dataCenter) + "/billing/v1" }}',
	headers: {
		Accept: 'application/json',
		'X-com-zoho-subscriptions-organizationid': '={{ $credentials.organizationId }}',
	},
	json: true,
} satisfies Partial<IHttpRequestOptions>;

export function apiBaseUrl(credentials: IDataObject): string {
	const token = credentials.oauthTokenData as IDataObject | undefined;
	const domain =
		token && token.api_domain
			? String(token.api_domain).replace(/\/+$/, '')
			: `https://www.zohoapis.${String(credentials.dataCenter ?? 'com')}`;
	return `${domain}/billing/v1`;
}

/** What to do about a Zoho failure, by HTTP status. */
function advice(status: number | undefined, requestData?: DeclarativeRestApiSettings.ResultOptions): string {
	switch (status) {
		case 400:
			return 'Check the fields of this operation: Zoho names the value it rejected.';
		case 401:
			return 'Zoho refused the access token even after n8n refreshed it. Reconnect the Zoho Billing credential, and check that its data centre is the one your account lives in.';
		case 403:
			return 'The connected Zoho user may not do this: check the credential\'s scope (ZohoSubscriptions.fullaccess.all covers everything) and that the user belongs to the organization in the credential.';
		case 404:
			return 'Nothing exists at that ID in this organization: check the ID, and the Organization ID in the credential.';
		case 405:
			return 'Zoho does not allow this operation on this record.';
		case 429:
			return "Zoho allows about 100 requests a minute per organization. Space the requests out (Batching under this node's Settings → Request Options, or a Wait node), or run the workflow later.";
		default:
			if (status !== undefined && status >= 500) {
				return `Zoho failed to process the request. ${requestData ? unknownOutcomeAdvice(requestData, PROVIDER) : ''}`.trim();
			}
			return 'Check the values sent and the credential.';
	}
}

/** Zoho's own words from an error body `{ code, message }`. */
function zohoWords(body: IDataObject | undefined): string | undefined {
	if (!body) return undefined;
	if (typeof body.message === 'string' && body.message) {
		return body.code !== undefined ? `${body.message} (Zoho code ${String(body.code)})` : body.message;
	}
	if (typeof body.error === 'string') return body.error;
	return undefined;
}

export const zohoPolicy: ProviderPolicy = {
	provider: PROVIDER,
	// Zoho sends no rate-limit headers: a Retry-After is honoured if one comes, else exponential backoff
	rateLimitWaitMs: (failure, now) => retryAfterMs(failure.headers, now),
	toApiError(this: IExecuteSingleFunctions, failure: HttpFailure, requestData) {
		const node = this.getNode();
		const itemIndex = this.getItemIndex();
		if (failure.status === undefined) {
			const what =
				failure.networkCode === 'ETIMEDOUT' || failure.networkCode === 'ECONNABORTED'
					? 'did not answer in time'
					: `could not be reached (${failure.networkCode ?? 'network error'})`;
			return providerError(node, {
				message: `${PROVIDER} ${what}`,
				description: unknownOutcomeAdvice(requestData, PROVIDER),
				itemIndex,
			});
		}
		const words = zohoWords(failure.body);
		const message = words
			? `${PROVIDER} error ${failure.status}: ${words}`
			: `${PROVIDER} answered HTTP ${failure.status} with ${summarizeText(failure.text)}`;
		return providerError(node, {
			message,
			description: advice(failure.status, requestData),
			httpCode: failure.status,
			body: failure.body,
			itemIndex,
		});
	},
};

/**
 * Checks a Zoho answer that came back with HTTP 2xx: Zoho also reports failures as HTTP 200
 * with a non-zero `code`, and a proxy may answer with something that is not JSON at all.
 */
export function assertZohoSuccess(context: IExecuteSingleFunctions, body: unknown): IDataObject {
	const node = context.getNode();
	const itemIndex = context.getItemIndex();
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw providerError(node, {
			message: `${PROVIDER} answered with ${summarizeText(typeof body === 'string' ? body : JSON.stringify(body))} instead of JSON`,
			description:
				'The answer was not Zoho\'s JSON (a proxy, a maintenance page or a cut-off answer?). Nothing in it could be used; run the node again later.',
			itemIndex,
		});
	}
	const data = body as IDataObject;
	if (data.code !== undefined && Number(data.code) !== 0) {
		throw providerError(node, {
			message: `${PROVIDER} error: ${zohoWords(data) ?? 'unknown error'}`,
			description: advice(400),
			httpCode: 200,
			body: data,
			itemIndex,
		});
	}
	return data;
}

/** Output of an operation that returns one record, e.g. `{ code, message, product: {…} }` → the product. */
export function zohoRecord(key: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const record = body[key];
		if (!record || typeof record !== 'object') {
			throw providerError(this.getNode(), {
				message: `${PROVIDER} answered without the expected "${key}" object`,
				description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}.`,
				itemIndex: this.getItemIndex(),
			});
		}
		return [{ json: record as IDataObject }];
	};
}

/** Output of an action or a delete: Zoho answers only `{ code: 0, message }`. */
export function zohoActionResult(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		return [{ json: { success: true, message: body.message ?? 'success' } }];
	};
}

/**
 * Every operation is sent through here (the node's default `requestOperations.pagination`,
 * switched on by each operation's `send.paginate`): one request, failures mapped to messages.
 */
export async function zohoSend(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return pairWithInput(this, await sendRoutingRequest(this, requestData, zohoPolicy));
}

/**
 * Pagination for Zoho list endpoints (`page`, `per_page` ≤ 200, `page_context.has_more_page`).
 * With a limit, the page size is the limit (up to 200) and no page beyond the limit is fetched;
 * the page size stays the same on every page, as Zoho's page numbers depend on it.
 */
export function zohoList(rootKey: string) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
		const perPage = limit === undefined ? PAGE_SIZE_MAX : Math.max(1, Math.min(PAGE_SIZE_MAX, limit));
		const results: INodeExecutionData[] = [];
		for (let page = 1; ; page++) {
			const pageRequest = {
				...requestData,
				options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), page, per_page: perPage } },
			};
			const [answer] = await sendRoutingRequest(this, pageRequest, zohoPolicy);
			const body = assertZohoSuccess(this, answer?.json);
			const records = body[rootKey];
			if (!Array.isArray(records)) {
				throw providerError(this.getNode(), {
					message: `${PROVIDER} answered page ${page} without the "${rootKey}" list`,
					description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}. No partial list is returned.`,
					itemIndex: this.getItemIndex(),
				});
			}
			for (const json of records as IDataObject[]) results.push({ json });
			const pageContext = (body.page_context ?? {}) as IDataObject;
			const hasMore =
				pageContext.has_more_page === undefined
					? records.length === perPage
					: pageContext.has_more_page === true;
			if (!hasMore || records.length === 0) break;
			if (limit !== undefined && results.length >= limit) break;
		}
		return pairWithInput(this, limit === undefined ? results : results.slice(0, limit));
	};
}

/** A request outside declarative routing (list searches), with the same error mapping. */
export async function zohoApiRequest(
	this: ILoadOptionsFunctions,
	method: 'GET' | 'POST',
	path: string,
	qs: IDataObject = {},
	options: { withoutOrganization?: boolean } = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const headers: Record<string, string> = { Accept: 'application/json' };
	if (!options.withoutOrganization) {
		headers['X-com-zoho-subscriptions-organizationid'] = String(credentials.organizationId);
	}
	const request: IHttpRequestOptions = {
		method,
		url: `${apiBaseUrl(credentials)}${path}`,
		qs,
		headers,
		json: true,
	};
	let body: unknown;
	try {
		body = await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, request);
	} catch (error) {
		const failure = readHttpFailure(error);
		const words = zohoWords(failure.body);
		throw providerError(this.getNode(), {
			message: words
				? `${PROVIDER} error ${failure.status ?? ''}: ${words}`.replace('  ', ' ')
				: `${PROVIDER} could not be reached (${failure.networkCode ?? `HTTP ${failure.status}`})`,
			description: advice(failure.status),
			httpCode: failure.status,
		});
	}
	const data = body as IDataObject;
	if (!data || typeof data !== 'object' || (data.code !== undefined && Number(data.code) !== 0)) {
		throw providerError(this.getNode(), {
			message: `${PROVIDER} error: ${zohoWords(data) ?? 'the answer was not JSON'}`,
			description: advice(400),
		});
	}
	return data;
}
