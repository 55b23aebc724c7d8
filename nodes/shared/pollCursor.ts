import type { IDataObject } from 'n8n-workflow';

/**
 * Exactly-once bookkeeping for polling triggers, the same for every provider.
 *
 * The cursor holds the creation time of the newest record emitted (the high-water mark), a floor
 * (nothing older is ever new), and the IDs already emitted within a look-back window below the
 * high-water mark. The window starts at max(floor, high-water mark − look-back); a record is new
 * when it was created at or after that start and its ID is not among those emitted. So:
 *  - records sharing a timestamp are neither lost nor repeated, whether they arrive together,
 *    across a page boundary, across polls (a per-poll cap), or while a poll is running;
 *  - a record that becomes visible late (created before records already emitted, listed a poll
 *    later) is emitted once, if its creation time falls in the window;
 *  - a record read twice (a list that shifted between pages, a window read again) is emitted once.
 *
 * The ID set is bounded: after each emission the floor rises to the window's start and the IDs
 * below it are dropped (they can no longer be new), and at most MAX_SEEN IDs are kept (beyond
 * that the floor rises to the oldest one kept). Raising the floor is what makes dropping safe:
 * an ID is forgotten only when nothing that old can be new any more, even if the look-back is
 * widened later.
 *
 * The cursor lives in the workflow's static data (nothing in memory), and a poll computes the next
 * cursor from what it read but writes it only when it returns: a poll that fails halfway leaves
 * the cursor where it was, and the next poll reads the same records again.
 */

/** What the cursor needs of a record: its ID and when it was created (ms since the epoch). */
export interface CursorKey {
	id: string;
	time: number;
}

export interface PollCursor {
	/** Identifies what is polled (resource and filters): a cursor for something else is not used. */
	scope: string;
	/** Newest creation time emitted, or of the baseline set at activation (ms since the epoch). */
	time: number;
	/** Nothing created before this is new (the Start Date; raised to the window's start). */
	floor: number;
	/** IDs emitted (or present at the baseline) in the window, with their creation times. */
	seen: Map<string, number>;
}

/** The look-back window when the option is not set: 10 minutes. */
export const DEFAULT_LOOKBACK_MS = 10 * 60 * 1000;

/** At most this many IDs are kept in the cursor (about 35 bytes each in the static data). */
export const MAX_SEEN = 5000;

const STATIC_DATA_KEY = 'pollCursor';

/**
 * Reads a date-time as providers write it: ISO 8601 with `Z`, `+07:00` or `-0700` (Zoho), any
 * number of fractional digits (.NET writes seven), a space instead of `T`, or a plain date.
 * A date-time without an offset is taken as UTC, so the result never depends on the server's
 * time zone. Numbers are epoch milliseconds (or seconds when small).
 */
export function parseTime(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value < 1e11 ? value * 1000 : value;
	if (typeof value !== 'string') return undefined;
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value.trim());
	if (!match) return undefined;
	const [, date, clock, fraction, offset] = match;
	if (!clock) {
		const midnight = Date.parse(`${date}T00:00:00Z`);
		return Number.isNaN(midnight) ? undefined : midnight;
	}
	const ms = fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : '';
	const zone = !offset || offset.toUpperCase() === 'Z' ? 'Z' : offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
	const seconds = clock.length === 5 ? `${clock}:00` : clock;
	const time = Date.parse(`${date}T${seconds}${ms}${zone}`);
	return Number.isNaN(time) ? undefined : time;
}

/** Order of emission: oldest first; records at the same time by ID (numerically for digit IDs). */
export function compareKeys(a: CursorKey, b: CursorKey): number {
	if (a.time !== b.time) return a.time - b.time;
	return compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
	if (/^\d+$/.test(a) && /^\d+$/.test(b) && a.length !== b.length) return a.length - b.length;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Where the window of `cursor` starts: nothing created earlier is new. */
export function windowStart(cursor: PollCursor, lookbackMs: number): number {
	return Math.max(cursor.floor, cursor.time - Math.max(0, lookbackMs));
}

export function isNew(cursor: PollCursor, key: CursorKey, lookbackMs: number): boolean {
	return key.time >= windowStart(cursor, lookbackMs) && !cursor.seen.has(key.id);
}

/** Drops the IDs below the floor, and the oldest ones beyond MAX_SEEN (raising the floor to match). */
function bound(cursor: PollCursor): PollCursor {
	let floor = cursor.floor;
	if (cursor.seen.size > MAX_SEEN) {
		const times = [...cursor.seen.values()].sort((a, b) => b - a);
		floor = Math.max(floor, times[MAX_SEEN - 1]);
	}
	const seen = new Map<string, number>();
	for (const [id, time] of cursor.seen) if (time >= floor) seen.set(id, time);
	return { scope: cursor.scope, time: cursor.time, floor, seen };
}

/**
 * The cursor after emitting `emitted` (all new to `cursor`): their IDs added, the high-water mark
 * moved to the newest of them if that is later, the floor raised to the new window's start.
 */
export function advance(cursor: PollCursor, emitted: CursorKey[], lookbackMs: number): PollCursor {
	if (emitted.length === 0) return cursor;
	const seen = new Map(cursor.seen);
	let time = cursor.time;
	for (const key of emitted) {
		seen.set(key.id, key.time);
		if (key.time > time) time = key.time;
	}
	const next: PollCursor = { scope: cursor.scope, time, floor: cursor.floor, seen };
	next.floor = windowStart(next, lookbackMs);
	return bound(next);
}

export interface Selection<T> {
	/** The records to emit now, oldest first, at most `max`. */
	emit: T[];
	/** The cursor once they are emitted. */
	next: PollCursor;
	/** New records left for the next poll because of the cap. */
	deferred: number;
	/** Records whose time could not be read (they cannot be placed, so they are never emitted). */
	undated: number;
}

/**
 * Picks the records to emit from everything a poll read: drops duplicates (a record read twice
 * because the list shifted between pages, or the window read again), drops those not new to the
 * cursor, sorts oldest first, keeps at most `max`, and computes the cursor that follows.
 */
export function selectNew<T>(
	cursor: PollCursor,
	records: T[],
	keyOf: (record: T) => CursorKey | undefined,
	max: number,
	lookbackMs: number,
): Selection<T> {
	const read = new Set<string>();
	const fresh: Array<{ key: CursorKey; record: T }> = [];
	let undated = 0;
	for (const record of records) {
		const key = keyOf(record);
		if (!key || !Number.isFinite(key.time) || !key.id) {
			undated++;
			continue;
		}
		if (read.has(key.id)) continue;
		read.add(key.id);
		if (isNew(cursor, key, lookbackMs)) fresh.push({ key, record });
	}
	fresh.sort((a, b) => compareKeys(a.key, b.key));
	const taken = fresh.slice(0, Math.max(0, max));
	return {
		emit: taken.map((entry) => entry.record),
		next: advance(cursor, taken.map((entry) => entry.key), lookbackMs),
		deferred: fresh.length - taken.length,
		undated,
	};
}

/**
 * The cursor set when a trigger is first activated without a start date: the records that exist
 * count as already seen (no history is replayed). The high-water mark is the newest of them; the
 * IDs in the window below it are kept, so that a record made visible later in that window is still
 * new. Without any record, `fallbackTime` (a time before which nothing can be new) is used.
 */
export function baseline<T>(
	scope: string,
	records: T[],
	keyOf: (record: T) => CursorKey | undefined,
	fallbackTime: number,
	lookbackMs: number,
): PollCursor {
	const keys = records.map(keyOf).filter((key): key is CursorKey => !!key && Number.isFinite(key.time) && !!key.id);
	const time = keys.reduce((newest, key) => Math.max(newest, key.time), -Infinity);
	if (time === -Infinity) return { scope, time: fallbackTime, floor: fallbackTime, seen: new Map() };
	const cursor: PollCursor = { scope, time, floor: -Infinity, seen: new Map() };
	cursor.floor = windowStart(cursor, lookbackMs);
	for (const key of keys) if (key.time >= cursor.floor) cursor.seen.set(key.id, key.time);
	return bound(cursor);
}

/**
 * The cursor stored in a node's static data, if it belongs to `scope`. A cursor stored by an
 * earlier version of the package (`{ scope, time, ids }`: the IDs at exactly `time`) is read as a
 * window that starts at its time, so that nothing emitted before is emitted again.
 */
export function readCursor(staticData: IDataObject, scope: string): PollCursor | undefined {
	const stored = staticData[STATIC_DATA_KEY] as IDataObject | undefined;
	if (!stored || typeof stored !== 'object' || stored.scope !== scope) return undefined;
	const time = Number(stored.time);
	if (!Number.isFinite(time)) return undefined;
	const seen = new Map<string, number>();
	if (Array.isArray(stored.seen)) {
		const floor = Number(stored.floor);
		if (!Number.isFinite(floor)) return undefined;
		for (const entry of stored.seen as unknown[]) {
			if (!Array.isArray(entry) || entry.length !== 2) return undefined;
			const at = Number(entry[1]);
			if (!Number.isFinite(at)) return undefined;
			seen.set(String(entry[0]), at);
		}
		return { scope, time, floor, seen };
	}
	if (!Array.isArray(stored.ids)) return undefined;
	for (const id of stored.ids as unknown[]) seen.set(String(id), time);
	return { scope, time, floor: time, seen };
}

/**
 * Stores the cursor in the node's static data object itself (n8n persists that object; with n8n's
 * durable poll cursors it is a staged copy committed together with the execution).
 */
export function writeCursor(staticData: IDataObject, cursor: PollCursor): void {
	staticData[STATIC_DATA_KEY] = {
		scope: cursor.scope,
		time: cursor.time,
		floor: cursor.floor,
		seen: [...cursor.seen].map(([id, time]) => [id, time]),
	};
}

/**
 * Whether a list read newest first can stop: every time read so far, in the order the server
 * returned them, must be non-increasing (newest first, as asked) for the rule "an older record
 * means nothing newer follows" to hold, and the last one must be older than `windowStartTime`. If
 * the server ignored the requested order, it never stops.
 */
export function newestFirstReachedCursor(times: number[], windowStartTime: number): boolean {
	for (let i = 1; i < times.length; i++) if (times[i] > times[i - 1]) return false;
	return times.length > 0 && times[times.length - 1] < windowStartTime;
}

/**
 * Whether a list read oldest first (as asked) already holds the `wanted` oldest new records, so
 * that no later page can change which records a poll emits. It holds only if the server really
 * returned non-decreasing times, and counts only new records older than the last one read (records
 * at that time may continue on the next page).
 */
export function oldestFirstHasEnough(keys: CursorKey[], isNewKey: (key: CursorKey) => boolean, wanted: number): boolean {
	for (let i = 1; i < keys.length; i++) if (keys[i].time < keys[i - 1].time) return false;
	if (keys.length === 0) return false;
	const lastTime = keys[keys.length - 1].time;
	const counted = new Set<string>();
	for (const key of keys) if (key.time < lastTime && isNewKey(key)) counted.add(key.id);
	return counted.size >= wanted;
}

/**
 * What to keep of records read oldest first when the read stops before its end: everything older
 * than the last time read (the records at that time may continue on the next page), or everything
 * when they all share one time. Undefined when they were not in non-decreasing time order.
 */
export function completePrefix<T>(records: T[], keyOf: (record: T) => CursorKey | undefined): T[] | undefined {
	const keys = records.map(keyOf);
	let last = -Infinity;
	for (const key of keys) {
		if (!key) continue;
		if (key.time < last) return undefined;
		last = key.time;
	}
	const older = records.filter((_, i) => keys[i] !== undefined && (keys[i] as CursorKey).time < last);
	return older.length > 0 ? older : records;
}
