import type { IDataObject, INodeExecutionData, INodeProperties, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { CursorKey, PollCursor } from './pollCursor';
import { baseline, compareKeys, DEFAULT_LOOKBACK_MS, isNew, parseTime, readCursor, selectNew, windowStart, writeCursor } from './pollCursor';

/**
 * What the polling triggers (Zoho Billing events, Hyperaze, JFramework) share: their options and
 * the poll itself around the exactly-once cursor of ./pollCursor. Everything a poll keeps between
 * runs is in the workflow's static data, so a trigger behaves the same in queue mode and after a
 * restart. The only thing kept in memory is which polls are running right now (see runPoll).
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
				displayName: 'Look-Back Window (Minutes)',
				name: 'lookBackMinutes',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 10, // DEFAULT_LOOKBACK_MS
				description: `How far each poll looks back before the newest ${noun.replace(/s$/, '')} emitted, to catch ${noun} the provider lists late (created earlier, visible later). Each is still emitted only once. 0: only newer ones.`,
			},
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
			{
				displayName: 'Timeout (Seconds)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 60,
				description: 'How long one request of a poll may take before it counts as failed (reads that fail are repeated twice; the poll then fails and the next poll tries again)',
			},
		],
	};
}

/** What a source reads: where the window starts, and which records are new to the cursor. */
export interface PollWindow {
	/** Records created before this (ms since the epoch) are not new. */
	start: number;
	isNew(key: CursorKey): boolean;
}

/** The time a poll may take (ms since the epoch). */
export interface PollDeadlines {
	/** A source that reads oldest first stops paging here and returns what is complete. */
	soft: number;
	/** Past this, a source stops with an error (nothing is emitted; the next poll starts over). */
	hard: number;
}

const NO_DEADLINE: PollDeadlines = { soft: Infinity, hard: Infinity };

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
	 * Every record that may be new in `window`: at least all of those created at or after
	 * `window.start`, in any order, duplicates allowed. A source that reads oldest first may stop
	 * once it holds `wanted` new ones or past `deadlines.soft`; every source stops past
	 * `deadlines.hard` (see `checkTimeLeft`).
	 */
	fetchSince(window: PollWindow, wanted: number, deadlines: PollDeadlines): Promise<T[]>;
	/** Some of the newest records (at least the newest one), for "Fetch Test Event". */
	fetchLatest(): Promise<T[]>;
	/** The output of the records about to be emitted (may fetch details). */
	toJson(records: T[]): Promise<IDataObject[]>;
}

/** Throws when a poll has used up its time (between two pages: a request already sent is waited for). */
export function checkTimeLeft(context: IPollFunctions, deadlines: PollDeadlines, source: { provider: string; noun: string }): void {
	if (Date.now() <= deadlines.hard) return;
	throw new NodeOperationError(context.getNode(), `${source.provider} trigger: the poll ran out of time before it had read all new ${source.noun}`, {
		description: `A poll must end before the next one is due. Nothing was emitted; the next poll starts over. If this repeats, poll less often, or set a later Start Date. (${source.provider} may also be answering slowly.)`,
	});
}

interface PollOptions {
	maxPerPoll: number;
	lookbackMs: number;
	startDate?: number;
	startText: string;
}

function readOptions(context: IPollFunctions): PollOptions {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const maxRaw = Number(options.maxPerPoll ?? DEFAULT_MAX_PER_POLL);
	const maxPerPoll = Number.isFinite(maxRaw) && maxRaw >= 1 ? Math.floor(maxRaw) : DEFAULT_MAX_PER_POLL;
	const lookRaw = Number(options.lookBackMinutes ?? DEFAULT_LOOKBACK_MS / 60_000);
	const lookbackMs = Number.isFinite(lookRaw) && lookRaw >= 0 ? Math.round(lookRaw * 60_000) : DEFAULT_LOOKBACK_MS;
	const startText = options.startDate ? String(options.startDate) : '';
	if (!startText) return { maxPerPoll, lookbackMs, startText };
	const startDate = parseTime(startText);
	if (startDate === undefined) {
		throw new NodeOperationError(context.getNode(), `Start Date: "${startText}" is not a date`, {
			description: 'Pick a date and time, or enter an ISO date such as 2025-01-31T10:00:00. Nothing was read.',
		});
	}
	return { maxPerPoll, lookbackMs, startDate, startText };
}

/* ------------------------------------------------------------------------------------------------
 * Time of a poll
 * ---------------------------------------------------------------------------------------------- */

const MINUTE_MS = 60_000;
/** The longest a poll may take: n8n 2.x's default poll budget, also used where n8n gives none. */
const MAX_POLL_BUDGET_MS = 5 * MINUTE_MS;
const UNIT_MS: Record<string, number> = { minutes: MINUTE_MS, hours: 60 * MINUTE_MS };

/**
 * The shortest time between two polls, from the node's Poll Times (n8n's own parameter of every
 * polling node). One minute (n8n's minimum) whenever it cannot be told: a custom cron expression,
 * or several entries (whose times may fall close together).
 */
export function pollIntervalMs(context: IPollFunctions): number {
	let pollTimes: IDataObject | undefined;
	try {
		pollTimes = context.getNodeParameter('pollTimes', {}) as IDataObject;
	} catch {
		return MINUTE_MS;
	}
	const entries = Array.isArray(pollTimes?.item) ? (pollTimes.item as IDataObject[]) : [];
	if (entries.length !== 1) return MINUTE_MS;
	const entry = entries[0];
	switch (entry.mode) {
		case 'everyHour':
			return 60 * MINUTE_MS;
		case 'everyDay':
			return 24 * 60 * MINUTE_MS;
		case 'everyWeek':
			return 7 * 24 * 60 * MINUTE_MS;
		case 'everyMonth':
			return 28 * 24 * 60 * MINUTE_MS;
		case 'everyX': {
			const value = Number(entry.value);
			const unit = UNIT_MS[String(entry.unit)];
			return Number.isFinite(value) && value > 0 && unit ? Math.max(MINUTE_MS, value * unit) : MINUTE_MS;
		}
		default:
			return MINUTE_MS;
	}
}

/**
 * How long this poll may take: what n8n grants (getPollBudgetMs, n8n 2.x), never more than the
 * poll interval, and at most five minutes. Oldest-first reads stop paging at 60 % of it and emit
 * what is complete; every read stops with an error at 90 %.
 */
export function pollDeadlines(context: IPollFunctions, startedAt = Date.now()): PollDeadlines {
	const granted = (context as { getPollBudgetMs?: () => number }).getPollBudgetMs;
	const fromN8n = typeof granted === 'function' ? Number(granted.call(context)) : NaN;
	const budget = Math.min(Number.isFinite(fromN8n) && fromN8n > 0 ? fromN8n : MAX_POLL_BUDGET_MS, MAX_POLL_BUDGET_MS, pollIntervalMs(context));
	return { soft: startedAt + budget * 0.6, hard: startedAt + budget * 0.9 };
}

/* ------------------------------------------------------------------------------------------------
 * One poll at a time
 * ---------------------------------------------------------------------------------------------- */

/**
 * The polls running in this process, by workflow and node. n8n starts a poll on schedule even
 * while the previous one of the same trigger is still running; both would read from the same
 * cursor and emit the same records. Polls run on the main process (in queue mode too, on the
 * leader), so one map here is enough. A poll older than STALE_POLL_MS no longer blocks (should
 * one ever hang without end).
 */
const runningPolls = new Map<string, { startedAt: number }>();
const STALE_POLL_MS = 30 * MINUTE_MS;

function pollKey(context: IPollFunctions): string {
	const workflow = context.getWorkflow();
	return `${String(workflow.id ?? '')}\u0000${context.getNode().name}`;
}

/**
 * One poll:
 *  - "Fetch Test Event" (manual): the newest record, nothing stored;
 *  - while the previous poll of the same trigger is still running: nothing (the next poll catches up);
 *  - first activation: with a Start Date, everything since then (oldest first, up to the cap);
 *    without one, the newest existing records become the baseline and nothing is emitted;
 *  - afterwards: every record new in the window, oldest first, at most Max Records per Poll.
 * The cursor in static data changes only when the poll returns: a poll that fails halfway
 * (a page that does not come) stores nothing, and the next poll reads the same records again.
 */
export async function runPoll<T>(context: IPollFunctions, source: PollSource<T>): Promise<INodeExecutionData[][] | null> {
	const options = readOptions(context);
	if (context.getMode() === 'manual') return await testEvent(context, source);

	const key = pollKey(context);
	const running = runningPolls.get(key);
	if (running && Date.now() - running.startedAt < STALE_POLL_MS) {
		context.logger.warn(
			`${source.provider} trigger: the previous poll of this trigger is still running (for ${Math.round((Date.now() - running.startedAt) / 1000)} s); this poll is skipped, the next one catches up`,
			{ node: context.getNode().name },
		);
		return null;
	}
	const mine = { startedAt: Date.now() };
	runningPolls.set(key, mine);
	try {
		return await pollOnce(context, source, options, pollDeadlines(context, mine.startedAt));
	} finally {
		if (runningPolls.get(key) === mine) runningPolls.delete(key);
	}
}

async function testEvent<T>(context: IPollFunctions, source: PollSource<T>): Promise<INodeExecutionData[][]> {
	let newest: { key: CursorKey; record: T } | undefined;
	for (const record of await source.fetchLatest()) {
		const key = source.key(record);
		if (key && Number.isFinite(key.time) && (!newest || compareKeys(key, newest.key) > 0)) newest = { key, record };
	}
	if (!newest) {
		throw new NodeOperationError(context.getNode(), `No ${source.noun} found in ${source.provider}`, {
			description: `There is nothing to show yet. Create one in ${source.provider} and fetch again, or activate the workflow: it then starts with the ${source.noun} created from then on.`,
		});
	}
	return [context.helpers.returnJsonArray(await source.toJson([newest.record]))];
}

async function pollOnce<T>(
	context: IPollFunctions,
	source: PollSource<T>,
	{ maxPerPoll, lookbackMs, startDate, startText }: PollOptions,
	deadlines: PollDeadlines,
): Promise<INodeExecutionData[][] | null> {
	const keyOf = (record: T) => source.key(record);
	const scope = `${source.scope}|start=${startText}`;
	const staticData = context.getWorkflowStaticData('node');
	let cursor = readCursor(staticData, scope);
	if (!cursor) {
		if (startDate === undefined) {
			// the baseline read is not bounded in time: without it the trigger could never start
			const since = Date.now() - BASELINE_LOOKBACK_MS;
			const existing = await source.fetchSince({ start: since, isNew: (key) => key.time >= since }, Infinity, NO_DEADLINE);
			writeCursor(staticData, baseline(scope, existing, keyOf, since, lookbackMs));
			return null;
		}
		cursor = { scope, time: startDate, floor: startDate, seen: new Map() } satisfies PollCursor;
	}

	const current = cursor;
	const window: PollWindow = { start: windowStart(current, lookbackMs), isNew: (key) => isNew(current, key, lookbackMs) };
	const records = await source.fetchSince(window, maxPerPoll, deadlines);
	const { emit, next, undated, deferred } = selectNew(current, records, keyOf, maxPerPoll, lookbackMs);
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
