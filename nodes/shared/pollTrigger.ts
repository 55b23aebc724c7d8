import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { readHttpFailure } from './errors';
import type { CursorKey, PollCursor } from './pollCursor';
import { baseline, compareKeys, parseTime, readCursor, selectNew, writeCursor } from './pollCursor';
import type { ProviderPolicy } from './request';

/**
 * What the polling triggers (Zoho Billing events, Hyperaze, JFramework) share: their options,
 * one way to send a read with the provider's error wording, and the poll itself around the
 * exactly-once cursor of ./pollCursor. Everything a poll keeps between runs is in the workflow's
 * static data, so a trigger behaves the same in queue mode and after a restart.
 */

export const DEFAULT_MAX_PER_POLL = 100;

/**
 * At the first activation without a start date, the records of the last two days are read and the
 * newest count as seen: a record is new only if it is newer than all of them. Two days is far more
 * than any clock difference between n8n and the provider.
 */
export const BASELINE_LOOKBACK_MS = 2 * 24 * 60 * 60 * 1000;

/** The Options collection every polling trigger offers. */
export function pollOptionsProperty(noun: string): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Max Records per Poll',
				name: 'maxPerPoll',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_MAX_PER_POLL,
				description: `How many ${noun} one poll emits at most, oldest first. The rest come with the next polls, each exactly once and in order.`,
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: `Also emit the ${noun} created since this date and time when the workflow is first activated (oldest first). Empty: only ${noun} created after activation. Changing it starts over from the new date.`,
			},
		],
	};
}

/** A stand-in for the item context that the providers' error mapping expects (polls have no items). */
function itemContext(context: IPollFunctions): IExecuteSingleFunctions {
	return { getNode: () => context.getNode(), getItemIndex: () => 0 } as unknown as IExecuteSingleFunctions;
}

const READ_REQUEST = { options: { method: 'GET' } } as DeclarativeRestApiSettings.ResultOptions;
const MAX_RATE_LIMIT_WAIT_MS = 60_000;
const READ_RETRIES = 2;
const REQUEST_TIMEOUT_MS = 60_000;
const TRANSIENT = new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'ECONNREFUSED', 'EPIPE', 'ESOCKETTIMEDOUT', 'EAI_AGAIN']);

/**
 * Sends a read for a poll with the node's credential: waits out a 429 as the provider asks (up to
 * a minute in total), repeats a read that failed with a server error, a dropped connection or no
 * answer within a minute up to twice, and maps any other failure to the provider's own words.
 * Resolves the full response.
 */
export async function pollRequest(
	context: IPollFunctions,
	policy: ProviderPolicy,
	credentialType: string,
	request: IHttpRequestOptions,
): Promise<IN8nHttpFullResponse> {
	let waitedMs = 0;
	let rateLimitAttempts = 0;
	let retries = 0;
	for (;;) {
		try {
			return (await context.helpers.httpRequestWithAuthentication.call(context, credentialType, {
				timeout: REQUEST_TIMEOUT_MS,
				...request,
				method: 'GET',
				json: true,
				returnFullResponse: true,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			// e.g. a credential n8n could not use: its message is already meant for the user
			if (error instanceof NodeOperationError) throw new NodeOperationError(context.getNode(), error);
			const failure = readHttpFailure(error);
			if (failure.status === 429) {
				const wait = policy.rateLimitWaitMs?.(failure, Date.now()) ?? 1000 * 2 ** rateLimitAttempts;
				if (waitedMs + wait <= MAX_RATE_LIMIT_WAIT_MS) {
					await sleep(wait);
					waitedMs += wait;
					rateLimitAttempts++;
					continue;
				}
			}
			const transient =
				failure.status !== undefined ? failure.status >= 500 : failure.networkCode !== undefined && TRANSIENT.has(failure.networkCode);
			if (transient && retries < READ_RETRIES) {
				await sleep(500 * 2 ** retries);
				retries++;
				continue;
			}
			throw policy.toApiError.call(itemContext(context), failure, READ_REQUEST);
		}
	}
}

/** Runs one of the providers' response checks (written for operations) inside a poll. */
export function withItemContext<T>(context: IPollFunctions, check: (this: IExecuteSingleFunctions) => T): T {
	return check.call(itemContext(context));
}

/** What a trigger polls, told to the shared poll logic. */
export interface PollSource<T> {
	/** Names what is polled (resource and filters): a stored cursor of another scope is not used. */
	scope: string;
	/** Plural noun for messages, e.g. "payments". */
	noun: string;
	/** Provider name for messages. */
	provider: string;
	key(record: T): CursorKey | undefined;
	/**
	 * Every record that may be new to `cursor`: at least all of those created at or after
	 * `cursor.time`, in any order, duplicates allowed. A source that reads oldest first may stop
	 * once it holds `wanted` new ones or when `deadline` (ms since the epoch) has passed.
	 */
	fetchSince(cursor: PollCursor, wanted: number, deadline: number): Promise<T[]>;
	/** Some of the newest records (at least the newest one), for "Fetch Test Event". */
	fetchLatest(): Promise<T[]>;
	/** The output of the records about to be emitted (may fetch details). */
	toJson(records: T[]): Promise<IDataObject[]>;
}

function readOptions(context: IPollFunctions): { maxPerPoll: number; startDate?: number; startText: string } {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const maxRaw = Number(options.maxPerPoll ?? DEFAULT_MAX_PER_POLL);
	const maxPerPoll = Number.isFinite(maxRaw) && maxRaw >= 1 ? Math.floor(maxRaw) : DEFAULT_MAX_PER_POLL;
	const startText = options.startDate ? String(options.startDate) : '';
	if (!startText) return { maxPerPoll, startText };
	const startDate = parseTime(startText);
	if (startDate === undefined) {
		throw new NodeOperationError(context.getNode(), `Start Date: "${startText}" is not a date`, {
			description: 'Pick a date and time, or enter an ISO date such as 2025-01-31T10:00:00. Nothing was read.',
		});
	}
	return { maxPerPoll, startDate, startText };
}

/**
 * One poll:
 *  - "Fetch Test Event" (manual): the newest record, nothing stored;
 *  - first activation: with a Start Date, everything since then (oldest first, up to the cap);
 *    without one, the newest existing records become the baseline and nothing is emitted;
 *  - afterwards: every record new to the cursor, oldest first, at most Max Records per Poll.
 * The cursor in static data changes only when the poll returns: a poll that fails halfway
 * (a page that does not come) stores nothing, and the next poll reads the same records again.
 */
export async function runPoll<T>(context: IPollFunctions, source: PollSource<T>): Promise<INodeExecutionData[][] | null> {
	const { maxPerPoll, startDate, startText } = readOptions(context);
	const keyOf = (record: T) => source.key(record);

	if (context.getMode() === 'manual') {
		let newest: { key: CursorKey; record: T } | undefined;
		for (const record of await source.fetchLatest()) {
			const key = keyOf(record);
			if (key && Number.isFinite(key.time) && (!newest || compareKeys(key, newest.key) > 0)) newest = { key, record };
		}
		if (!newest) {
			throw new NodeOperationError(context.getNode(), `No ${source.noun} found in ${source.provider}`, {
				description: `There is nothing to show yet. Create one in ${source.provider} and fetch again, or activate the workflow: it then starts with the ${source.noun} created from then on.`,
			});
		}
		return [context.helpers.returnJsonArray(await source.toJson([newest.record]))];
	}

	const scope = `${source.scope}|start=${startText}`;
	const staticData = context.getWorkflowStaticData('node');
	let cursor = readCursor(staticData, scope);
	if (!cursor) {
		if (startDate === undefined) {
			const since: PollCursor = { scope, time: Date.now() - BASELINE_LOOKBACK_MS, ids: [] };
			const existing = await source.fetchSince(since, Infinity, Infinity);
			writeCursor(staticData, baseline(scope, existing, keyOf, since.time));
			return null;
		}
		cursor = { scope, time: startDate, ids: [] };
	}

	const budgetMs = typeof context.getPollBudgetMs === 'function' ? context.getPollBudgetMs() : undefined;
	const deadline = budgetMs && budgetMs > 0 ? Date.now() + budgetMs * 0.6 : Infinity;
	const records = await source.fetchSince(cursor, maxPerPoll, deadline);
	const { emit, next, undated, deferred } = selectNew(cursor, records, keyOf, maxPerPoll);
	if (undated > 0) {
		context.logger.warn(`${source.provider} trigger: ${undated} ${source.noun} without a readable creation time were left out`, {
			node: context.getNode().name,
		});
	}
	if (emit.length === 0) return null;
	const items = await source.toJson(emit);
	// the only write of a poll, after everything it needed has been read
	writeCursor(staticData, next);
	if (deferred > 0) {
		context.logger.debug(`${source.provider} trigger: ${deferred} more ${source.noun} wait for the next poll (Max Records per Poll)`, {
			node: context.getNode().name,
		});
	}
	return [context.helpers.returnJsonArray(items)];
}
