import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import type { HttpFailure } from './errors';
import { isProviderError, providerError, readHttpFailure } from './errors';

/** The provider-specific half of sending a request: how its failures read, how its 429s say when to retry. */
export interface ProviderPolicy {
	provider: string;
	/** Turns a failed HTTP exchange into the error the user sees. */
	toApiError(
		this: IExecuteSingleFunctions,
		failure: HttpFailure,
		request: DeclarativeRestApiSettings.ResultOptions,
	): NodeApiError;
	/** How the provider says when the next call is allowed after a 429 (ms from now), if it says. */
	rateLimitWaitMs?(failure: HttpFailure, now: number): number | undefined;
}

export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 180;
export const DEFAULT_READ_RETRIES = 2;

/** The node option that bounds waiting on rate limits and repeating failed reads. */
export const retryOptionsProperty: INodeProperties = {
	displayName: 'Rate Limits and Retries',
	name: 'retryOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	description: 'How the node waits when the provider limits the request rate, and how often it repeats failed reads',
	options: [
		{
			displayName: 'Max Wait on Rate Limit (Seconds)',
			name: 'maxRateLimitWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS,
			description:
				'When the provider answers 429 (too many requests), the node waits until the provider allows the next call and sends the request again, for at most this many seconds in total per item. 0 fails at once.',
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

/** Marks every output item as coming from the input item being processed (item linking). */
export function pairWithInput(
	context: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): INodeExecutionData[] {
	const item = context.getItemIndex();
	for (const entry of items) entry.pairedItem = { item };
	return items;
}

/** The HTTP method of a routing request, upper-cased (GET when unset, as n8n does). */
export function methodOf(requestData: DeclarativeRestApiSettings.ResultOptions): string {
	return (requestData.options.method ?? 'GET').toUpperCase();
}

/**
 * A sentence for failures where the provider may or may not have carried out a write: such
 * requests are never repeated automatically, because repeating a charge or a creation can
 * do it twice.
 */
export function unknownOutcomeAdvice(
	requestData: DeclarativeRestApiSettings.ResultOptions,
	provider: string,
): string {
	if (methodOf(requestData) === 'GET') return 'Nothing was changed; run the node again later.';
	return `The request changes data, so it was not repeated: ${provider} may or may not have carried it out. Check in ${provider} before running the node again.`;
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

const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'ECONNREFUSED', 'EPIPE', 'ESOCKETTIMEDOUT', 'EAI_AGAIN']);

function isTransient(failure: HttpFailure): boolean {
	if (failure.status !== undefined) return failure.status >= 500;
	return failure.networkCode !== undefined && TRANSIENT_NETWORK.has(failure.networkCode);
}

function settings(context: IExecuteSingleFunctions) {
	const read = (name: string, fallback: number) => {
		try {
			const value = Number(context.getNodeParameter(`retryOptions.${name}`, fallback));
			return Number.isFinite(value) && value >= 0 ? value : fallback;
		} catch {
			return fallback;
		}
	};
	return {
		maxRateLimitWaitMs: read('maxRateLimitWait', DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS) * 1000,
		readRetries: Math.floor(read('readRetries', DEFAULT_READ_RETRIES)),
	};
}

/** Exponential backoff from 1 s, capped at 60 s. */
function backoffMs(attempt: number): number {
	return Math.min(60_000, 1000 * 2 ** attempt);
}

/**
 * Spreads retries of many items that were refused at the same moment over the next second or
 * so, instead of sending them all at the same instant again.
 */
function withJitter(ms: number): number {
	return ms + Math.floor(Math.random() * Math.min(2000, 250 + ms * 0.25));
}

/**
 * Pacing shared by the items of one node run. n8n starts every item's request at once; when the
 * provider answers 429, every item of the run pauses until the provider allows the next call,
 * and the number of requests in flight is halved (then grows again by one per success), so a
 * bulk run settles at the provider's rate instead of repeating bursts that are refused.
 * Keyed by the run's execute-data object (one per node run, shared by its items), so nothing
 * outlives the run and nothing is shared between runs, executions or workers.
 */
interface Pacing {
	pausedUntil: number;
	inFlight: number;
	limit: number;
	/** rate-limit pauses in a row without a success in between (for backoff without headers) */
	pauses: number;
	/** items waiting for a free place, woken one by one as requests finish */
	waiting: Array<() => void>;
}

const pacingByRun = new WeakMap<object, Pacing>();

function pacingOf(context: IExecuteSingleFunctions): Pacing | undefined {
	const run = context.getExecuteData() as unknown;
	if (!run || typeof run !== 'object') return undefined;
	let pacing = pacingByRun.get(run);
	if (!pacing) {
		pacing = { pausedUntil: 0, inFlight: 0, limit: Number.POSITIVE_INFINITY, pauses: 0, waiting: [] };
		pacingByRun.set(run, pacing);
	}
	return pacing;
}

async function acquire(pacing: Pacing | undefined): Promise<void> {
	if (!pacing) return;
	for (;;) {
		const now = Date.now();
		if (now < pacing.pausedUntil) {
			await sleep(pacing.pausedUntil - now + Math.floor(Math.random() * 100));
			continue;
		}
		if (pacing.inFlight < pacing.limit) {
			pacing.inFlight++;
			return;
		}
		await new Promise<void>((resolve) => pacing.waiting.push(resolve));
	}
}

function release(pacing: Pacing | undefined): void {
	if (!pacing) return;
	pacing.inFlight--;
	pacing.waiting.shift()?.();
}

/**
 * Sends one routing request (n8n builds it from the operation's declarative `routing`, adds the
 * credential, refreshes OAuth tokens, and runs the operation's `postReceive` actions), then:
 *  - on 429, waits as long as the provider asks (or backs off exponentially) and sends again,
 *    within the node's "Max Wait on Rate Limit" (a 429 means the provider did nothing);
 *  - on a server error, timeout or dropped connection, sends a GET again up to "Retries of
 *    Failed Reads" times, and never repeats anything else;
 *  - maps every other failure through the provider policy.
 */
export async function sendRoutingRequest(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	policy: ProviderPolicy,
): Promise<INodeExecutionData[]> {
	const { maxRateLimitWaitMs, readRetries } = settings(context);
	const pacing = pacingOf(context);
	let waitedMs = 0;
	let readAttempts = 0;
	for (;;) {
		await acquire(pacing);
		let items: INodeExecutionData[];
		try {
			items = await context.makeRoutingRequest(requestData);
			release(pacing);
			if (pacing) {
				pacing.pauses = 0;
				if (Number.isFinite(pacing.limit)) pacing.limit++;
			}
			return items;
		} catch (error) {
			const inFlight = pacing ? pacing.inFlight : 1;
			release(pacing);
			// both constructors hand back an error of their own class unchanged
			if (isProviderError(error)) throw new NodeApiError(context.getNode(), error as JsonObject);
			if (error instanceof NodeOperationError) throw new NodeOperationError(context.getNode(), error);
			const failure = readHttpFailure(error);
			if (failure.status === 429) {
				const now = Date.now();
				const asked = policy.rateLimitWaitMs?.(failure, now);
				// a 429 while the run is already paused belongs to the same burst: no extra backoff
				const newBurst = !pacing || now >= pacing.pausedUntil;
				const wait = withJitter(asked ?? backoffMs(pacing ? (newBurst ? pacing.pauses : Math.max(0, pacing.pauses - 1)) : 0));
				if (waitedMs + wait > maxRateLimitWaitMs) {
					const mapped = policy.toApiError.call(context, failure, requestData);
					throw providerError(context.getNode(), {
						message: mapped.message,
						description: `${waitedMs > 0 ? `The node waited ${Math.round(waitedMs / 1000)} s in total and the limit still applied. ` : ''}${mapped.description ?? ''} Or allow a longer wait in the node's "Rate Limits and Retries" option (now ${Math.round(maxRateLimitWaitMs / 1000)} s).`,
						httpCode: 429,
						body: failure.body,
						itemIndex: context.getItemIndex(),
					});
				}
				if (pacing) {
					if (newBurst) pacing.pauses++;
					pacing.pausedUntil = Math.max(pacing.pausedUntil, now + wait);
					pacing.limit = Math.max(1, Math.min(pacing.limit, Math.floor(inFlight / 2)));
				}
				await sleep(wait);
				waitedMs += wait;
				continue;
			}
			if (methodOf(requestData) === 'GET' && isTransient(failure) && readAttempts < readRetries) {
				await sleep(withJitter(500 * 2 ** readAttempts));
				readAttempts++;
				continue;
			}
			throw policy.toApiError.call(context, failure, requestData);
		}
	}
}
