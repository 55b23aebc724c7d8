import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodePropertyRouting,
	IPollFunctions,
	NodeApiError,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import type { HttpFailure, Scrubber } from './errors';
import { isProviderError, neverSent, providerError, readHttpFailure, scrubObject, secretScrubber, summarizeText } from './errors';
import { isUnreadableAnswer, pairWithInput } from './output';
import type { Budget, Pacer, PacingScope } from './pacing';
import { defaultPacer, UNLIMITED } from './pacing';
import type { FieldRule } from './validation';
import { checkFields, checkId, failInput, fieldRules } from './validation';

/**
 * One client per provider: every HTTP request of a provider — the declarative operations, the
 * list searches behind the record pickers, the polling triggers — is sent by `ProviderClient.exchange`,
 * which owns, once:
 *  - the base URL and the https rule (keys travel only over https, except to this machine);
 *  - path building: `{name}` placeholders are filled with checked, percent-encoded IDs;
 *  - the timeout of one exchange (the request, and a login or token refresh n8n does before it);
 *  - pacing (the account's request budget, see ./pacing);
 *  - 429 waits within the user's bound, and repeats of failed reads only (never of writes);
 *  - error mapping: the provider's words, the HTTP code, what to do, the truth about the outcome,
 *    with the credential's secrets scrubbed from every provider text.
 * The provider-specific parts are a `ProviderDefinition`.
 */

export interface ProviderWords {
	/** The provider's message */
	text: string;
	/** Its code as it reads after the message, e.g. "(Zoho code 44)" */
	code?: string;
}

export interface ProviderDefinition {
	/** Name in messages, e.g. "Zoho Billing" */
	name: string;
	credentialType: string;
	/** The API root for a credential, without a trailing slash */
	baseUrl(credentials: ICredentialDataDecryptedObject): string;
	/** Headers sent with a programmatic request (to `path`) besides the credential's authentication */
	headers?(credentials: ICredentialDataDecryptedObject, path: string): Record<string, string>;
	/** The credential's secrets: scrubbed from every text a provider sends back */
	secrets(credentials: ICredentialDataDecryptedObject): Array<string | undefined>;
	/**
	 * What identifies the account whose request budget a request uses (an organization, a brand):
	 * every credential of that account shares it. Without it, each credential is its own account.
	 */
	account?(credentials: ICredentialDataDecryptedObject): string;
	/** How the provider counts this account's requests (see ./pacing); default: learnt from its 429s */
	budget?(credentials: ICredentialDataDecryptedObject): Budget;
	/** The provider's own words from an error body */
	words(body: IDataObject | undefined): ProviderWords | undefined;
	/** What to do about a refused request (4xx) of this status */
	advice(status: number, failure: HttpFailure): string;
	/** The rule a path placeholder's ID follows when its field has none of its own (e.g. Zoho IDs are digits) */
	idPattern?(name: string): { regex: RegExp; message: string; noun?: string } | undefined;
	/** When the provider allows the next call after a 429, in ms from now, if it says */
	rateLimitWaitMs?(failure: HttpFailure, now: number): number | undefined;
}

/** The settings that bound one request: taken from the node's options, or the defaults. */
export interface RequestSettings {
	timeoutMs: number;
	maxRateLimitWaitMs: number;
	readRetries: number;
}

export const DEFAULT_TIMEOUT_MS = 300_000;
export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 180;
export const DEFAULT_READ_RETRIES = 2;

/** Where a request comes from, for its settings and messages. */
type RequestKind = 'operation' | 'listSearch' | 'trigger';

/** What a transport hands back: the result for the caller, and the answer's status and headers. */
interface Answer {
	result: unknown;
	headers: Record<string, string>;
	status?: number;
}

interface Caller {
	kind: RequestKind;
	node: INode;
	itemIndex?: number;
	credentials: () => Promise<ICredentialDataDecryptedObject>;
	settings: RequestSettings;
	/** sends the request with n8n's helpers (adds the credential, refreshes tokens, logs in) */
	transport: (options: IHttpRequestOptions) => Promise<Answer>;
	/** the node run this request belongs to, for pacing the items of one run together */
	run?: object;
}

/** What every item of a node run reads alike (see `ProviderClient.runView`). */
interface RunView {
	run: object;
	node: INode;
	parameters: INodeParameters;
	/** `resource|operation`, unless set by an expression */
	key?: string;
	/** the Request Options, unless set by an expression */
	settings?: Omit<RequestSettings, 'timeoutMs'>;
	/** `item|parameter` → value: the ID fields and path placeholders, read once per item */
	values: Map<string, unknown>;
}

const NO_FIELDS = new Map<string, IdField>();

/** What a node run reads of its credential once: the pacing scope and the secrets to scrub. */
interface PerRun {
	scope: PacingScope;
	scrub: Scrubber;
	secrets: Array<string | undefined>;
}

/** A rate-limit message about a daily limit ("… per day", "daily …", "… in 24 hours"). */
const DAILY_LIMIT = /\b(?:per|a|each|every|for the)\s+day\b|\bdaily\b|\b24[- ]?hours?\b/i;

/** The options the user sets on a node (n8n's "Request Options" collection, extended by ours). */
export const requestOptionsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Max Wait on Rate Limit (Seconds)',
			name: 'maxRateLimitWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS,
			description:
				'When the provider answers 429 (too many requests), the node waits until the provider allows the next call and sends the request again, for at most this many seconds in total per item. 0 fails at once. Waiting for the account\'s request budget does not count.',
		},
		{
			displayName: 'Retries of Failed Reads',
			name: 'readRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 5 },
			default: DEFAULT_READ_RETRIES,
			description:
				'How many times a read (GET) that failed with a server error, a timeout or a dropped connection is sent again. Requests that create, charge, refund, cancel or change anything are never sent twice.',
		},
	],
};

const OBSERVED = Symbol('observed answer');

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The https rule: keys and passwords travel only over https, except to a server on this machine. */
export function plainHttpProblem(url: string | undefined): string | undefined {
	let parsed: URL | undefined;
	try {
		parsed = new URL(String(url));
	} catch {
		return `"${String(url)}" is not a URL starting with https://`;
	}
	if (parsed.protocol === 'https:') return undefined;
	if (parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return undefined;
	return `"${parsed.origin}" must start with https://`;
}

/**
 * The https rule as an n8n expression, for requests n8n sends itself (a credential's test): a
 * base URL that breaks the rule becomes an address that cannot be reached, so the key is never
 * sent; its name says why the test failed.
 */
export function httpsOnly(urlExpression: string): string {
	const rule = '^https://|^http://(localhost|127[.]0[.]0[.]1|[[]::1[]])(:[0-9]+)?(/|$)';
	return `={{ (function (u) { return new RegExp("${rule}", "i").test(u) ? u : "https://base-url-must-start-with-https.invalid"; })(${urlExpression}) }}`;
}

const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'ECONNREFUSED', 'EPIPE', 'ESOCKETTIMEDOUT', 'EAI_AGAIN']);

function isTransient(failure: HttpFailure): boolean {
	if (failure.status !== undefined) return failure.status >= 500;
	return failure.networkCode !== undefined && TRANSIENT_NETWORK.has(failure.networkCode);
}

/** Exponential backoff from 1 s, capped at 60 s. */
function backoffMs(attempt: number): number {
	return Math.min(60_000, 1000 * 2 ** attempt);
}

/** Spreads repeats of requests refused at the same moment over the next second or so. */
function withJitter(ms: number): number {
	return ms + Math.floor(Math.random() * Math.min(2000, 250 + ms * 0.25));
}

/** `Retry-After` in seconds or as an HTTP date, as ms from now. */
export function retryAfterMs(headers: Record<string, string>, now: number): number | undefined {
	const value = headers['retry-after'];
	if (value === undefined) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

class Deadline extends Error {
	constructor(readonly ms: number) {
		super(`no answer within ${ms} ms`);
		this.name = 'Deadline';
	}
}

/**
 * Resolves as `work` does, or rejects with Deadline after `ms`: bounds what n8n does before the
 * request itself (a login, an OAuth token refresh), which the request's own timeout does not.
 */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
	if (!Number.isFinite(ms) || ms <= 0) return await work;
	const signal = AbortSignal.timeout(ms);
	let onAbort: (() => void) | undefined;
	const expired = new Promise<never>((_, reject) => {
		onAbort = () => reject(new Deadline(ms));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		return await Promise.race([work, expired]);
	} finally {
		if (onAbort) signal.removeEventListener('abort', onAbort);
		// the losing side must not surface as an unhandled rejection
		work.catch(() => undefined);
		expired.catch(() => undefined);
	}
}

/** What a path placeholder is filled from: the value, the field's label, and the field's ID pattern. */
export interface PathValue {
	value: unknown;
	label: string;
	pattern?: { regex: RegExp; message: string; noun?: string };
}

/** An ID-carrying field of an operation, as the editor describes it. */
interface IdField {
	label: string;
	locator: boolean;
	pattern?: { regex: RegExp; message: string; noun?: string };
}

function idPatternOf(property: INodeProperties): IdField['pattern'] {
	for (const mode of property.modes ?? []) {
		for (const rule of mode.validation ?? []) {
			if (typeof rule === 'object' && rule.type === 'regex') {
				const { regex, errorMessage } = rule.properties as { regex: string; errorMessage: string };
				return { regex: new RegExp(regex), message: errorMessage };
			}
		}
	}
	return undefined;
}

function shownFor(property: INodeProperties, field: 'resource' | 'operation'): string[] | undefined {
	const values = property.displayOptions?.show?.[field];
	return Array.isArray(values) ? values.map(String) : undefined;
}

export class ProviderClient {
	/** `resource|operation` → the fields of that operation, by parameter name */
	private readonly fields = new Map<string, Map<string, IdField>>();

	/** `resource|operation` → what the editor checks of that operation's fields */
	private readonly rules = new Map<string, FieldRule[]>();

	/** per node run (its execute-data object): see `perRun` */
	private readonly runCache = new WeakMap<object, Promise<PerRun>>();

	/** per node run (its execute-data object): see `runView` */
	private readonly views = new WeakMap<object, RunView>();

	/** node runs that met the provider's daily limit: their other items fail at once, unsent */
	private readonly exhausted = new WeakMap<object, { failure: HttpFailure; method: string }>();

	constructor(
		readonly definition: ProviderDefinition,
		private readonly pacer: Pacer = defaultPacer,
	) {}

	/**
	 * The node's `requestOperations.pagination`: every operation of the regular node is sent
	 * through here (each sets `send.paginate`; list operations plug in a paginator that calls
	 * `sendPage`). Registers the node's fields, so that path placeholders are named after the
	 * field the user fills in, and its ID patterns are checked when a value arrives by expression.
	 */
	operations(properties: INodeProperties[]) {
		for (const property of properties) {
			const resources = shownFor(property, 'resource');
			const operations = shownFor(property, 'operation');
			if (!resources || !operations) continue;
			for (const resource of resources) {
				for (const operation of operations) {
					const key = `${resource}|${operation}`;
					const ruled = this.rules.get(key) ?? [];
					if (!ruled.some((rule) => rule.path === property.name || rule.path.startsWith(`${property.name}.`))) ruled.push(...fieldRules(property));
					this.rules.set(key, ruled);
					const byName = this.fields.get(key) ?? new Map<string, IdField>();
					if (!byName.has(property.name)) {
						byName.set(property.name, {
							label: property.displayName,
							locator: property.type === 'resourceLocator',
							pattern: this.definition.idPattern?.(property.name) ?? idPatternOf(property),
						});
					}
					this.fields.set(key, byName);
				}
			}
		}
		const client = this;
		// the ID checks run first, before the operation's own preSend actions
		const preflight = async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
			client.preflight(this, requestOptions);
			return requestOptions;
		};
		for (const property of properties) {
			if (property.name !== 'operation' || property.type !== 'options') continue;
			for (const option of property.options ?? []) {
				const routing = (option as { routing?: INodePropertyRouting }).routing;
				if (!routing) continue;
				const send = routing.send ?? {};
				if (send.preSend?.[0] === preflight) continue;
				routing.send = { ...send, preSend: [preflight, ...(send.preSend ?? [])] };
			}
		}
		return async function (
			this: IExecutePaginationFunctions,
			requestData: DeclarativeRestApiSettings.ResultOptions,
		): Promise<INodeExecutionData[]> {
			return pairWithInput(this, await client.sendPage(this, requestData));
		};
	}

	/**
	 * Sends one request of a declarative operation (the whole operation, or one page of a list):
	 * fills the path, checks every ID field of the operation, then sends through `exchange`.
	 */
	async sendPage(
		context: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
		/** reads the answer inside the exchange, so that an unreadable answer is reported truthfully */
		check?: (items: INodeExecutionData[], status: number | undefined) => void,
	): Promise<INodeExecutionData[]> {
		const view = this.runView(context);
		const key = view.key ?? operationKey(context, view);
		const fields = this.fields.get(key) ?? NO_FIELDS;
		// what the editor checks, checked again (values from expressions skip the editor), after the
		// operation's own, more specific checks: numbers, booleans, choices and dates
		const rules = this.rules.get(key);
		if (rules?.length) checkFields(context, rules, requestData.options as IHttpRequestOptions);
		const seen = this.observe(requestData);
		const url = this.fillPath(String(requestData.options.url ?? ''), (name) => {
			const field = fields.get(name);
			return { value: itemValue(context, name, view), label: field?.label ?? name, pattern: field?.pattern };
		}, context);
		const timeoutMs = Number(requestData.options.timeout) > 0 ? Number(requestData.options.timeout) : DEFAULT_TIMEOUT_MS;
		const caller: Caller = {
			kind: 'operation',
			node: view.node,
			itemIndex: context.getItemIndex(),
			credentials: async () => await context.getCredentials(this.definition.credentialType),
			settings: { ...(view.settings ?? nodeSettings(context)), timeoutMs },
			transport: async (options) => {
				const items = await context.makeRoutingRequest({ ...requestData, options: options as DeclarativeRestApiSettings.HttpRequestOptions });
				check?.(items, seen.status);
				return { result: items, headers: seen.headers, status: seen.status };
			},
			run: view.run,
		};
		const options = { ...requestData.options, url } as IHttpRequestOptions;
		return (await this.exchange(caller, options)) as INodeExecutionData[];
	}

	/**
	 * Lets `exchange` see the status and headers of a declarative answer (rate-limit headers for
	 * pacing), which n8n hands only to the operation's postReceive actions: a first action that
	 * records them and changes nothing (without other actions it shapes the items as n8n does).
	 */
	private observe(requestData: DeclarativeRestApiSettings.ResultOptions): { headers: Record<string, string>; status?: number } {
		const postReceive = requestData.postReceive as Array<{ data: { parameterValue: unknown }; actions: unknown[] }> & { [OBSERVED]?: { headers: Record<string, string>; status?: number } };
		const existing = postReceive[OBSERVED];
		if (existing) return existing;
		const seen: { headers: Record<string, string>; status?: number } = { headers: {} };
		const alone = postReceive.length === 0;
		const observer = async function (items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
			seen.status = response.statusCode;
			seen.headers = headersOf(response);
			if (alone && Array.isArray(response.body)) return (response.body as IDataObject[]).map((json) => ({ json }));
			return items;
		};
		postReceive.unshift({ data: { parameterValue: undefined }, actions: [observer] });
		Object.defineProperty(postReceive, OBSERVED, { value: seen, enumerable: false });
		return seen;
	}

	/**
	 * A request outside declarative routing (a list search, a trigger's poll): the path is a
	 * template whose `{name}` placeholders are filled from `params`. Resolves the full response.
	 */
	async request(
		context: ILoadOptionsFunctions | IPollFunctions,
		request: {
			method?: IHttpRequestMethods;
			path: string;
			params?: Record<string, PathValue>;
			qs?: IDataObject;
			body?: IDataObject;
			headers?: Record<string, string>;
		},
		kind: Exclude<RequestKind, 'operation'> = 'listSearch',
		/** reads the answer inside the exchange, so that an unreadable answer is reported truthfully */
		check?: (response: IN8nHttpFullResponse) => void,
	): Promise<IN8nHttpFullResponse> {
		const credentials = await context.getCredentials(this.definition.credentialType);
		const path = this.fillPath(request.path, (name) => request.params?.[name] ?? { value: undefined, label: name }, context);
		const options: IHttpRequestOptions = {
			method: request.method ?? 'GET',
			// one absolute URL: n8n's OAuth2 signing reads `url` alone
			url: `${this.definition.baseUrl(credentials)}${path}`,
			qs: request.qs,
			body: request.body,
			headers: { Accept: 'application/json', ...(this.definition.headers?.(credentials, path) ?? {}), ...(request.headers ?? {}) },
			json: true,
			returnFullResponse: true,
		};
		const caller: Caller = {
			kind,
			node: context.getNode(),
			credentials: async () => credentials,
			settings: kind === 'trigger' ? triggerSettings(context) : listSearchSettings(context as ILoadOptionsFunctions),
			transport: async (sendOptions) => {
				const response = (await context.helpers.httpRequestWithAuthentication.call(
					context,
					this.definition.credentialType,
					sendOptions,
				)) as IN8nHttpFullResponse;
				check?.(response);
				return { result: response, headers: headersOf(response), status: response.statusCode };
			},
		};
		return (await this.exchange(caller, options)) as IN8nHttpFullResponse;
	}

	/**
	 * THE place where a request of this provider is sent. Every path above ends here: base URL
	 * and https rule, pacing, the time bound, 429 waits, read retries, and error mapping.
	 */
	private async exchange(caller: Caller, options: IHttpRequestOptions): Promise<unknown> {
		const { name } = this.definition;
		const method = String(options.method ?? 'GET').toUpperCase();
		const target = options.baseURL ?? options.url;
		const unsafe = plainHttpProblem(target);
		if (unsafe) {
			throw new NodeOperationError(caller.node, `${name} credential: the base URL ${unsafe}`, {
				itemIndex: caller.itemIndex,
				description: `The credential's key would travel unencrypted. Use an https:// address in the ${name} credential (plain http is only allowed for a server on this machine). Nothing was sent.`,
			});
		}
		const { timeoutMs, maxRateLimitWaitMs, readRetries } = caller.settings;
		const { scope, scrub } = await this.perRun(caller);
		let waitedMs = 0;
		let rateLimited = 0;
		let readAttempts = 0;
		for (;;) {
			const ticket = await this.pacer.acquire(scope);
			const daily = caller.run ? this.exhausted.get(caller.run) : undefined;
			if (daily) {
				// another item of this run met the daily limit: this one would only be refused too
				this.pacer.release?.(ticket);
				throw await this.mapFailure(caller, daily.method, { kind: 'http', failure: daily.failure, daily: true });
			}
			try {
				// the request's own timeout, and twice that for a login or token refresh n8n does first
				const answer = await withDeadline(caller.transport({ ...options, timeout: timeoutMs }), timeoutMs * 2 + 1000);
				this.pacer.settle(ticket, { status: answer.status ?? 200, headers: answer.headers });
				return scrubOutput(answer.result, scrub);
			} catch (error) {
				const failure = error instanceof Deadline ? { headers: {}, networkCode: 'ETIMEDOUT' } : readHttpFailure(error);
				const now = Date.now();
				const asked = failure.status === 429 ? this.definition.rateLimitWaitMs?.(failure, now) : undefined;
				this.pacer.settle(ticket, { status: failure.status, headers: failure.headers, waitMs: asked });
				if (isUnreadableAnswer(error)) throw await this.mapFailure(caller, method, { kind: 'unreadable', what: error.what, status: error.status, body: error.body });
				if (isProviderError(error)) throw await this.rescrub(caller, error as NodeApiError);
				const credentialProblem = credentialFailure(error);
				if (credentialProblem) throw await this.mapFailure(caller, method, { kind: 'credential', what: credentialProblem });
				// a message n8n already meant for the user (e.g. a credential it could not use); handed back unchanged
				if (error instanceof NodeOperationError) throw new NodeOperationError(caller.node, error);
				if (failure.status === 429) {
					// a reset already past or a zero wait means one window later, never a tight loop;
					// no word at all: backing off, from 1 s up to one window
					const window = this.pacer.windowMs?.(scope) ?? 60_000;
					const base = asked === undefined ? Math.min(window, backoffMs(rateLimited)) : asked > 0 ? asked : window;
					// a daily limit lifts hours later: fail now, and the rest of the run with it
					if (this.saysDailyLimit(failure)) {
						this.pacer.refused(scope, 0);
						if (caller.run) {
							this.exhausted.set(caller.run, { failure, method });
							// its items waiting for the budget fail now too, unsent
							this.pacer.abandon?.(scope);
						}
						throw await this.mapFailure(caller, method, { kind: 'http', failure, daily: true });
					}
					const wait = withJitter(base);
					if (waitedMs + wait > maxRateLimitWaitMs) {
						// the account goes on one request at a time; what is sent next meets its own bound
						this.pacer.refused(scope, 0);
						throw await this.mapFailure(caller, method, { kind: 'http', failure, waitedMs, maxRateLimitWaitMs });
					}
					// the whole account pauses while this item waits
					this.pacer.refused(scope, base);
					await sleep(wait);
					waitedMs += wait;
					rateLimited++;
					continue;
				}
				// past the deadline, what hangs is a login or token refresh n8n does first: repeating waits on it again
				if (method === 'GET' && isTransient(failure) && readAttempts < readRetries && !(error instanceof Deadline)) {
					await sleep(withJitter(500 * 2 ** readAttempts));
					readAttempts++;
					continue;
				}
				throw await this.mapFailure(caller, method, { kind: 'http', failure });
			}
		}
	}

	/** A 429 whose words say the limit is per day (Zoho's daily cap): waiting minutes would not help. */
	private saysDailyLimit(failure: HttpFailure): boolean {
		const text = this.definition.words(failure.body)?.text ?? failure.text ?? '';
		return DAILY_LIMIT.test(text);
	}

	/**
	 * What a run needs of the credential on every request (the budget's account, the secrets to
	 * scrub from outputs), read once per node run: decrypting it per item would cost more than
	 * the rest of the client together.
	 */
	private async perRun(caller: Caller): Promise<PerRun> {
		const cached = caller.run ? this.runCache.get(caller.run) : undefined;
		if (cached) return await cached;
		const pending = (async (): Promise<PerRun> => {
			const credentialId = caller.node.credentials?.[this.definition.credentialType]?.id ?? '';
			const { name } = this.definition;
			try {
				const credentials = await caller.credentials();
				const secrets = this.definition.secrets(credentials);
				const account = this.definition.account ? this.definition.account(credentials) : `credential ${credentialId}`;
				const budget = this.definition.budget?.(credentials) ?? UNLIMITED;
				return { scope: { provider: name, account, run: caller.run, budget }, scrub: secretScrubber(secrets), secrets };
			} catch {
				return { scope: { provider: name, account: `credential ${credentialId}`, run: caller.run }, scrub: secretScrubber([]), secrets: [] };
			}
		})();
		if (caller.run) this.runCache.set(caller.run, pending);
		return await pending;
	}

	/** The credential's secrets as a scrubber (read again: a login may have changed them); an empty one when the credential cannot be read. */
	private async scrubberFor(caller: Caller): Promise<Scrubber> {
		const before = await this.perRun(caller);
		let now: Array<string | undefined> = [];
		try {
			now = this.definition.secrets(await caller.credentials());
		} catch {
			now = [];
		}
		return secretScrubber([...before.secrets, ...now]);
	}

	/** A provider error raised while reading an answer (e.g. Zoho's code on HTTP 200), scrubbed. */
	private async rescrub(caller: Caller, error: NodeApiError): Promise<NodeApiError> {
		const scrub = await this.scrubberFor(caller);
		error.message = scrub(error.message);
		if (typeof error.description === 'string') error.description = scrub(error.description);
		if (error.context?.data) error.context.data = scrubObject(error.context.data, scrub) as IDataObject;
		return error;
	}

	/** The error the user sees: the provider's words, the code, what to do, and what happened. */
	private async mapFailure(
		caller: Caller,
		method: string,
		what:
			| { kind: 'http'; failure: HttpFailure; waitedMs?: number; maxRateLimitWaitMs?: number; daily?: boolean }
			| { kind: 'unreadable'; what: string; status?: number; body?: IDataObject }
			| { kind: 'credential'; what: string },
	): Promise<NodeApiError> {
		const { name } = this.definition;
		const scrub = await this.scrubberFor(caller);
		const itemIndex = caller.itemIndex;
		const write = method !== 'GET';
		if (what.kind === 'credential') {
			return providerError(caller.node, {
				message: `${name} refused the credential, and it could not be renewed`,
				description: `${what.what} Nothing was changed. Open the ${name} credential and reconnect it (or correct it), then run the node again.`,
				itemIndex,
				scrub,
			});
		}
		if (what.kind === 'unreadable') {
			return providerError(caller.node, {
				message: `${name} answered${what.status ? ` HTTP ${what.status}` : ''} with ${what.what}`,
				description: write
					? `${name} accepted the request, but its answer was cut off or unreadable, so the change was probably made. The request was not repeated. Check in ${name} before running the node again: running it again may do it twice.`
					: `Nothing was changed. The answer could not be used (a proxy, a maintenance page or a cut-off answer?); run the node again later.`,
				httpCode: what.status,
				body: what.body,
				itemIndex,
				scrub,
			});
		}
		const { failure } = what;
		if (failure.status === undefined) {
			const timedOut = failure.networkCode === 'ETIMEDOUT' || failure.networkCode === 'ECONNABORTED' || failure.networkCode === 'ESOCKETTIMEDOUT';
			const headline = timedOut
				? `${name} did not answer within ${Math.round(caller.settings.timeoutMs / 100) / 10} s`
				: `${name} could not be reached (${networkWords(failure.networkCode)})`;
			let description: string;
			if (neverSent(failure)) description = `The request never reached ${name}, so nothing was changed. Check the credential's address and the network, then run the node again.`;
			else if (write) description = unknownOutcome(name);
			else description = `Nothing was changed; run the node again later${timedOut ? ', or allow more time (Request Options → Timeout)' : ''}.`;
			if (failure.networkCode) description = `${description} (Network error ${failure.networkCode}.)`;
			return providerError(caller.node, { message: headline, description, itemIndex, scrub });
		}
		const words = this.definition.words(failure.body);
		const status = failure.status;
		let description: string;
		if (status === 429 && what.daily) {
			description = `The daily request limit of this ${name} account is used up, so the node did not wait: it lifts only hours later. Nothing was changed. Run the workflow again once ${name} resets the daily count (or raise the limit with ${name}).`;
		} else if (status === 429) {
			const waited = what.waitedMs ? `The node waited ${Math.round(what.waitedMs / 1000)} s in total and the limit still applied. ` : '';
			const bound = what.maxRateLimitWaitMs !== undefined ? ` Or allow a longer wait (Request Options → Max Wait on Rate Limit, now ${Math.round(what.maxRateLimitWaitMs / 1000)} s).` : '';
			description = `${waited}${this.definition.advice(429, failure)} Nothing was changed.${bound}`;
		} else if (status >= 500) {
			description = `${name} failed to process the request. ${write ? unknownOutcome(name) : 'Nothing was changed; run the node again later.'}`;
		} else {
			description = `${this.definition.advice(status, failure)}${write ? ' Nothing was changed.' : ''}`;
		}
		return providerError(caller.node, {
			message: words ? `${name} error ${status}: ${words.text}` : `${name} answered HTTP ${status} with ${summarizeText(failure.text)}`,
			code: words?.code,
			description,
			httpCode: status,
			body: failure.body,
			itemIndex,
			scrub,
		});
	}

	/**
	 * What every item of a node run reads alike, read once per run: the node (n8n copies it on
	 * every `getNode()`), its parameters as stored, the operation, and the Request Options unless an
	 * expression makes them differ per item.
	 */
	private runView(context: IExecuteSingleFunctions): RunView {
		const run = context.getExecuteData() as unknown as object;
		let view = this.views.get(run);
		if (!view) {
			const node = context.getNode();
			const parameters = node.parameters ?? {};
			const resource = parameters.resource;
			const operation = parameters.operation;
			const plain = (value: unknown) => typeof value === 'string' && !value.startsWith('=');
			view = { run, node, parameters, key: undefined, settings: undefined, values: new Map() };
			if (plain(resource) && plain(operation)) view.key = `${String(resource)}|${String(operation)}`;
			if (!JSON.stringify(parameters.requestOptions ?? {}).includes('"=')) view.settings = nodeSettings(context);
			this.views.set(run, view);
		}
		return view;
	}

	/**
	 * Every ID field and path placeholder, checked before the operation's own checks: a value that
	 * could reach another record is reported as what it is, whatever else the item holds.
	 */
	private preflight(context: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): void {
		const view = this.runView(context);
		const fields = this.fields.get(view.key ?? operationKey(context, view)) ?? NO_FIELDS;
		this.checkIdFields(context, fields, view);
		this.fillPath(String(requestOptions.url ?? ''), (name) => {
			const field = fields.get(name);
			return { value: itemValue(context, name, view), label: field?.label ?? name, pattern: field?.pattern };
		}, context);
	}

	/** Every record picker of the operation holds one valid ID, whether it was picked, typed or computed. */
	private checkIdFields(context: IExecuteSingleFunctions, fields: Map<string, IdField>, view: RunView): void {
		for (const [name, field] of fields) {
			if (!field.locator) continue;
			const value = itemValue(context, name, view);
			if (value === undefined || value === null || value === '') continue;
			const checked = checkId(value, field.pattern);
			if ('problem' in checked) failInput(context, field.label, checked.problem);
		}
	}

	/**
	 * Fills `{name}` placeholders of a path with checked, percent-encoded IDs. A template without
	 * placeholders is returned as it is. Anything that is not one valid ID stops the request,
	 * naming the field.
	 */
	fillPath(
		template: string,
		valueOf: (name: string) => PathValue,
		context: { getNode(): INode; getItemIndex?(): number },
	): string {
		return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (_, name: string) => {
			const { value, label, pattern } = valueOf(name);
			const checked = checkId(value, pattern);
			if ('problem' in checked) {
				throw new NodeOperationError(context.getNode(), `${label}: ${checked.problem}`, {
					itemIndex: context.getItemIndex?.(),
					description: `Fix the "${label}" field of the node and run it again. Nothing was sent.`,
				});
			}
			return encodeURIComponent(checked.id);
		});
	}
}

/** Outputs never carry the credential's secrets either (a provider may echo a key back). */
function scrubOutput(result: unknown, scrub: Scrubber): unknown {
	const clean = (value: unknown) => (value && typeof value === 'object' && scrub.finds(JSON.stringify(value)) ? scrubObject(value, scrub) : value);
	if (Array.isArray(result)) {
		for (const item of result as INodeExecutionData[]) {
			if (item && typeof item === 'object' && item.json) item.json = clean(item.json) as IDataObject;
		}
		return result;
	}
	const response = result as IN8nHttpFullResponse;
	if (response && typeof response === 'object' && 'body' in response && !Buffer.isBuffer(response.body)) {
		response.body = clean(response.body) as IN8nHttpFullResponse['body'];
	}
	return result;
}

/** A network error code in words: n8n would replace a headline holding the code itself. */
export function networkWords(code: string | undefined): string {
	switch (code) {
		case 'ECONNRESET':
		case 'EPIPE':
			return 'the connection was cut';
		case 'ECONNREFUSED':
			return 'the connection was refused';
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return 'its address could not be found';
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return 'the host is unreachable';
		case 'ERR_INVALID_URL':
			return 'the address is not a valid URL';
		default:
			return code && !/^E[A-Z_]+$/.test(code) ? code : 'network error';
	}
}

function unknownOutcome(provider: string): string {
	return `The request changes data, so it was not repeated: ${provider} may or may not have carried it out. Check in ${provider} before running the node again.`;
}

/** A failure to log in or to renew an OAuth token, as n8n reports it; undefined for anything else. */
function credentialFailure(error: unknown): string | undefined {
	if (!error || typeof error !== 'object') return undefined;
	const record = error as Record<string, unknown>;
	const message = typeof record.message === 'string' ? record.message : '';
	if (/needs to be reconnected/i.test(message)) return message;
	if (record.code === 'EAUTH' || record.name === 'AuthError') {
		const body = record.body as IDataObject | undefined;
		const reason = body && typeof body.error === 'string' ? body.error : message;
		return `Renewing the access token failed (${reason}).`;
	}
	if (/no refresh token|refresh token/i.test(message) && !('response' in record)) return `Renewing the access token failed (${message}).`;
	return undefined;
}

function headersOf(response: IN8nHttpFullResponse | undefined): Record<string, string> {
	const headers = response?.headers;
	if (!headers || typeof headers !== 'object') return {};
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(headers)) if (value !== undefined && value !== null) out[key.toLowerCase()] = String(value);
	return out;
}

function operationKey(context: IExecuteSingleFunctions, view?: RunView): string {
	return `${String(readParameter(context, 'resource', view) ?? '')}|${String(readParameter(context, 'operation', view) ?? '')}`;
}

/** A parameter as stored in the workflow (before expressions), by its dotted path. */
function storedAt(parameters: INodeParameters, path: string): unknown {
	let value: unknown = parameters;
	for (const part of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[part];
	}
	return value;
}

/** An ID field or path placeholder of an item: checked before the operation's own checks, then filled in the path. */
function itemValue(context: IExecuteSingleFunctions, name: string, view: RunView): unknown {
	const key = `${context.getItemIndex()}|${name}`;
	if (view.values.has(key)) return view.values.get(key);
	const value = readParameter(context, name, view);
	view.values.set(key, value);
	return value;
}

function readParameter(context: IExecuteSingleFunctions, name: string, view?: RunView): unknown {
	// a parameter the workflow does not hold: n8n would throw (an error with its stack) to say so
	if (view && storedAt(view.parameters, name) === undefined) return undefined;
	try {
		return context.getNodeParameter(name, undefined, { extractValue: true });
	} catch {
		return undefined;
	}
}

function numberOption(read: () => unknown, fallback: number): number {
	let value: unknown;
	try {
		value = read();
	} catch {
		value = undefined;
	}
	const n = Number(value);
	return value !== undefined && value !== null && value !== '' && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** An operation's settings: the node's Request Options. */
function nodeSettings(context: IExecuteSingleFunctions): Omit<RequestSettings, 'timeoutMs'> {
	return {
		maxRateLimitWaitMs:
			numberOption(() => context.getNodeParameter('requestOptions.maxRateLimitWait', DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS), DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS) * 1000,
		readRetries: Math.floor(numberOption(() => context.getNodeParameter('requestOptions.readRetries', DEFAULT_READ_RETRIES), DEFAULT_READ_RETRIES)),
	};
}

/** A record picker's search: the node's Request Options where they are set; a picker never waits long. */
const LIST_SEARCH_TIMEOUT_MS = 30_000;
function listSearchSettings(context: ILoadOptionsFunctions): RequestSettings {
	const option = (name: string) => () => (context.getCurrentNodeParameter(`requestOptions.${name}`) as unknown) ?? undefined;
	return {
		timeoutMs: numberOption(option('timeout'), LIST_SEARCH_TIMEOUT_MS) || LIST_SEARCH_TIMEOUT_MS,
		maxRateLimitWaitMs: Math.min(numberOption(option('maxRateLimitWait'), 30), 30) * 1000,
		readRetries: Math.floor(numberOption(option('readRetries'), DEFAULT_READ_RETRIES)),
	};
}

/** A trigger's poll: its Options (Timeout), the shared defaults for the rest. */
const TRIGGER_TIMEOUT_MS = 60_000;
function triggerSettings(context: IPollFunctions | ILoadOptionsFunctions): RequestSettings {
	const timeoutSeconds = numberOption(() => context.getNodeParameter('options.timeout', TRIGGER_TIMEOUT_MS / 1000), TRIGGER_TIMEOUT_MS / 1000);
	return {
		timeoutMs: timeoutSeconds > 0 ? timeoutSeconds * 1000 : TRIGGER_TIMEOUT_MS,
		maxRateLimitWaitMs: 60_000,
		readRetries: DEFAULT_READ_RETRIES,
	};
}
