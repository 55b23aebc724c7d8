import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	IPollFunctions,
} from 'n8n-workflow';

import type { PathValue, ProviderDefinition } from '../../shared/client';
import type { Budget } from '../../shared/pacing';
import { ProviderClient, retryAfterMs } from '../../shared/client';
import { providerError, summarizeText } from '../../shared/errors';
import { pairWithInput, UnreadableAnswer } from '../../shared/output';

/**
 * The Zoho Billing client: every request of the Zoho Billing nodes goes through `zoho` (see
 * ../../shared/client.ts for what it guarantees). Zoho specifics: the API base follows the token's
 * `api_domain`, the organization header, `{ code, message }` error bodies (also on HTTP 200),
 * and `page` / `per_page` / `page_context.has_more_page` lists.
 */

export const CREDENTIAL_TYPE = 'zohoBillingOAuth2Api';
const PROVIDER = 'Zoho Billing';

/** Zoho caps list pages at 200 records. */
export const PAGE_SIZE_MAX = 200;

/** Zoho record IDs are digits (codes of products, plans, add-ons and coupons are not IDs). */
export const ZOHO_ID = { regex: /^[0-9]+$/, noun: 'a Zoho ID', message: 'Zoho IDs are made of digits only' };

const NOT_DIGIT_IDS = new Set(['referenceId', 'hostedPageId']);

const ORGANIZATION_HEADER = 'X-com-zoho-subscriptions-organizationid';

/**
 * The API base: the `api_domain` Zoho returned with the token (right for multi-DC accounts),
 * else the data centre chosen in the credential. `apiBaseUrl()` below is the same rule in code.
 */
export const requestDefaults = {
	baseURL:
		'={{ ($credentials.oauthTokenData && $credentials.oauthTokenData.api_domain ? String($credentials.oauthTokenData.api_domain).replace(new RegExp("/+$"), "") : "https://www.zohoapis." + $credentials.dataCenter) + "/billing/v1" }}',
	headers: {
		Accept: 'application/json',
		[ORGANIZATION_HEADER]: '={{ $credentials.organizationId }}',
	},
	json: true,
} satisfies Partial<IHttpRequestOptions>;

export function apiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const token = credentials.oauthTokenData as IDataObject | undefined;
	const domain =
		token && token.api_domain
			? String(token.api_domain).replace(/\/+$/, '')
			: `https://www.zohoapis.${String(credentials.dataCenter ?? 'com')}`;
	return `${domain}/billing/v1`;
}

/** Zoho's published limit: requests per minute per organization. */
export const ZOHO_REQUESTS_PER_MINUTE = 100;

function positive(value: unknown, fallback: number): number {
	const n = Number(value);
	return value !== undefined && value !== null && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/**
 * The organization's request budget in this n8n process: the credential's Requests per Minute
 * (Zoho's 100, or the share of it this process may use), counted over Zoho's fixed one-minute
 * window (the window is a hidden credential field, 60 s).
 */
export function zohoBudget(credentials: ICredentialDataDecryptedObject): Budget {
	const perMinute = positive(credentials.requestsPerMinute, ZOHO_REQUESTS_PER_MINUTE);
	const windowSeconds = positive(credentials.budgetWindowSeconds, 60);
	return { kind: 'window', limit: Math.max(1, Math.floor((perMinute * windowSeconds) / 60)), windowMs: windowSeconds * 1000 };
}

/** What to do about a refused Zoho request, by HTTP status. */
function advice(status: number): string {
	switch (status) {
		case 400:
			return 'Check the fields of this operation: Zoho names the value it rejected.';
		case 401:
			return 'Zoho refused the access token even after n8n refreshed it. Reconnect the Zoho Billing credential, and check that its data centre is the one your account lives in.';
		case 403:
			return "The connected Zoho user may not do this: check the credential's scope (ZohoSubscriptions.fullaccess.all covers everything) and that the user belongs to the organization in the credential.";
		case 404:
			return 'Nothing exists at that ID in this organization: check the ID, and the Organization ID in the credential.';
		case 405:
			return 'Zoho does not allow this operation on this record.';
		case 429:
			return "Zoho allows 100 requests a minute per organization (less on some plans): set the credential's Requests per Minute to your plan's limit, or run the workflow later.";
		default:
			return 'Check the values sent and the credential.';
	}
}

/** Zoho's own words from an error body `{ code, message }`. */
function zohoWords(body: IDataObject | undefined): { text: string; code?: string } | undefined {
	if (!body) return undefined;
	if (typeof body.message === 'string' && body.message) {
		return { text: body.message, code: body.code !== undefined ? `(Zoho code ${String(body.code)})` : undefined };
	}
	if (typeof body.error === 'string') return { text: body.error };
	return undefined;
}

const definition: ProviderDefinition = {
	name: PROVIDER,
	credentialType: CREDENTIAL_TYPE,
	baseUrl: apiBaseUrl,
	// the organizations list works without one (it is where the user finds the Organization ID)
	headers: (credentials, path): Record<string, string> =>
		path.startsWith('/organizations') ? {} : { [ORGANIZATION_HEADER]: String(credentials.organizationId ?? '') },
	secrets: (credentials) => {
		const token = (credentials.oauthTokenData ?? {}) as IDataObject;
		return [
			token.access_token as string | undefined,
			token.refresh_token as string | undefined,
			credentials.clientSecret as string | undefined,
			credentials.clientSecret ? `${String(credentials.clientId ?? '')}:${String(credentials.clientSecret)}` : undefined,
		];
	},
	// Zoho counts requests per organization (every credential of it shares one budget)
	account: (credentials) => `${apiBaseUrl(credentials)}|${String(credentials.organizationId ?? '')}`,
	budget: zohoBudget,
	words: zohoWords,
	advice,
	// every `…Id` in a path is a Zoho record ID (digits), except the customer's reference ID (the user's
	// own text) and hosted page IDs (hex); codes (plan, add-on, coupon) are not IDs
	idPattern: (name) => (/Id$/.test(name) && !NOT_DIGIT_IDS.has(name) ? ZOHO_ID : undefined),
	// Zoho sends no rate-limit headers: a Retry-After is honoured if one comes, else the client backs off
	rateLimitWaitMs: (failure, now) => retryAfterMs(failure.headers, now),
};

export const zoho = new ProviderClient(definition);

/**
 * Checks a Zoho answer that came back with HTTP 2xx: Zoho also reports failures as HTTP 200
 * with a non-zero `code`, and a proxy (or a cut-off answer) may give something that is not JSON.
 */
export function assertZohoSuccess(context: IExecuteSingleFunctions, body: unknown, status?: number): IDataObject {
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw new UnreadableAnswer(`${summarizeText(typeof body === 'string' ? body : JSON.stringify(body))} instead of JSON`, status);
	}
	const data = body as IDataObject;
	if (data.code !== undefined && Number(data.code) !== 0) {
		const words = zohoWords(data);
		throw providerError(context.getNode(), {
			message: `${PROVIDER} error: ${words?.text ?? 'unknown error'}`,
			code: words?.code,
			description: `${advice(400)} Nothing was changed.`,
			httpCode: 200,
			body: data,
			itemIndex: context.getItemIndex(),
		});
	}
	return data;
}

/**
 * Pagination for Zoho list endpoints (`page`, `per_page` ≤ 200, `page_context.has_more_page`).
 * With a limit, the page size is the limit (up to 200) and no page beyond the limit is fetched;
 * the page size stays the same on every page, as Zoho's page numbers depend on it. The list ends
 * when Zoho says so (`has_more_page: false`, or an empty page), whatever the size of the last page.
 */
export function zohoList(rootKey: string) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
		const perPage = limit === undefined ? PAGE_SIZE_MAX : Math.max(1, Math.min(PAGE_SIZE_MAX, limit));
		const results: INodeExecutionData[] = [];
		let previousFirst: string | undefined;
		for (let page = 1; ; page++) {
			const pageRequest = {
				...requestData,
				options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), page, per_page: perPage } },
			};
			const [answer] = await zoho.sendPage(this, pageRequest, (items, status) => {
				const checked = assertZohoSuccess(this, items[0]?.json, status);
				if (!Array.isArray(checked[rootKey])) {
					throw new UnreadableAnswer(`page ${page} without the "${rootKey}" list (it held: ${Object.keys(checked).join(', ') || 'nothing'})`, status);
				}
			});
			const body = answer.json;
			const records = body[rootKey] as IDataObject[];
			// an answer without has_more_page says nothing about the end: read on until a page is
			// empty, or repeats the one before (a list that is not paged)
			const first = records.length > 0 ? JSON.stringify(records[0]) : undefined;
			if (page > 1 && first !== undefined && first === previousFirst) break;
			previousFirst = first;
			for (const json of records) results.push({ json });
			const pageContext = (body.page_context ?? {}) as IDataObject;
			const hasMore = pageContext.has_more_page === undefined ? records.length > 0 : pageContext.has_more_page === true;
			if (!hasMore || records.length === 0) break;
			if (limit !== undefined && results.length >= limit) break;
		}
		return pairWithInput(this, limit === undefined ? results : results.slice(0, limit));
	};
}

/**
 * A request outside declarative routing (list searches, triggers): `path` may hold `{name}`
 * placeholders filled from `params`. Resolves Zoho's checked body.
 */
export async function zohoApiRequest(
	context: ILoadOptionsFunctions | IPollFunctions,
	method: IHttpRequestMethods,
	path: string,
	qs: IDataObject = {},
	params: Record<string, PathValue> = {},
	kind: 'listSearch' | 'trigger' = 'listSearch',
): Promise<IDataObject> {
	const asItem = { getNode: () => context.getNode(), getItemIndex: () => 0 } as unknown as IExecuteSingleFunctions;
	const response = await zoho.request(context, { method, path, qs, params }, kind, (answer) => {
		assertZohoSuccess(asItem, answer.body, answer.statusCode);
	});
	return response.body as IDataObject;
}
