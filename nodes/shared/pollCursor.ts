import type { IDataObject } from 'n8n-workflow';

/**
 * Exactly-once bookkeeping for polling triggers, the same for every provider.
 *
 * The cursor is the time of the last record emitted plus the IDs already emitted at exactly that
 * time. A record is new when it is later than that time, or at that time with an ID not seen yet.
 * So records sharing a timestamp are neither lost nor repeated, whether they arrive together,
 * across a page boundary, across polls (a per-poll cap), or while a poll is running.
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
	/** Time of the last record emitted, or of the baseline set at activation (ms since the epoch). */
	time: number;
	/** IDs already emitted (or present at the baseline) at exactly `time`. */
	ids: string[];
}

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

export function isNew(cursor: PollCursor, key: CursorKey): boolean {
	return key.time > cursor.time || (key.time === cursor.time && !cursor.ids.includes(key.id));
}

/**
 * The cursor after emitting `emitted` (in emission order, all new to `cursor`): the time of the
 * last one, and every ID emitted at that time (plus those already seen at it).
 */
export function advance(cursor: PollCursor, emitted: CursorKey[]): PollCursor {
	if (emitted.length === 0) return cursor;
	const time = emitted[emitted.length - 1].time;
	const ids = new Set(time === cursor.time ? cursor.ids : []);
	for (const key of emitted) if (key.time === time) ids.add(key.id);
	return { scope: cursor.scope, time, ids: [...ids] };
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
 * because the list shifted between pages), drops those not new to the cursor, sorts oldest
 * first, keeps at most `max`, and computes the cursor that follows.
 */
export function selectNew<T>(
	cursor: PollCursor,
	records: T[],
	keyOf: (record: T) => CursorKey | undefined,
	max = Infinity,
): Selection<T> {
	const seen = new Set<string>();
	const fresh: Array<{ key: CursorKey; record: T }> = [];
	let undated = 0;
	for (const record of records) {
		const key = keyOf(record);
		if (!key || !Number.isFinite(key.time) || !key.id) {
			undated++;
			continue;
		}
		if (seen.has(key.id)) continue;
		seen.add(key.id);
		if (isNew(cursor, key)) fresh.push({ key, record });
	}
	fresh.sort((a, b) => compareKeys(a.key, b.key));
	const taken = fresh.slice(0, Math.max(0, max));
	return {
		emit: taken.map((entry) => entry.record),
		next: advance(cursor, taken.map((entry) => entry.key)),
		deferred: fresh.length - taken.length,
		undated,
	};
}

/**
 * The cursor set when a trigger is first activated without a start date: the newest records that
 * exist count as already seen (no history is replayed). Without any record, `fallbackTime` (a
 * time before which nothing can be new) is used.
 */
export function baseline<T>(scope: string, records: T[], keyOf: (record: T) => CursorKey | undefined, fallbackTime: number): PollCursor {
	let time = -Infinity;
	let ids: string[] = [];
	for (const record of records) {
		const key = keyOf(record);
		if (!key || !Number.isFinite(key.time) || !key.id) continue;
		if (key.time > time) {
			time = key.time;
			ids = [key.id];
		} else if (key.time === time && !ids.includes(key.id)) {
			ids.push(key.id);
		}
	}
	return time === -Infinity ? { scope, time: fallbackTime, ids: [] } : { scope, time, ids };
}

/** The cursor stored in a node's static data, if it belongs to `scope`. */
export function readCursor(staticData: IDataObject, scope: string): PollCursor | undefined {
	const stored = staticData[STATIC_DATA_KEY] as IDataObject | undefined;
	if (!stored || typeof stored !== 'object' || stored.scope !== scope) return undefined;
	const time = Number(stored.time);
	if (!Number.isFinite(time) || !Array.isArray(stored.ids)) return undefined;
	return { scope, time, ids: (stored.ids as unknown[]).map(String) };
}

/**
 * Stores the cursor in the node's static data object itself (n8n persists that object; with n8n's
 * durable poll cursors it is a staged copy committed together with the execution).
 */
export function writeCursor(staticData: IDataObject, cursor: PollCursor): void {
	staticData[STATIC_DATA_KEY] = { scope: cursor.scope, time: cursor.time, ids: [...cursor.ids] };
}

/**
 * Whether a list read in order can stop early. Every time read so far, in the order the server
 * returned them, must be non-increasing (newest first, as asked) for the rule "an older record
 * means nothing newer follows" to hold; if the server ignored the requested order, it never stops.
 */
export function newestFirstReachedCursor(times: number[], cursorTime: number): boolean {
	for (let i = 1; i < times.length; i++) if (times[i] > times[i - 1]) return false;
	return times.length > 0 && times[times.length - 1] < cursorTime;
}

/**
 * Whether a list read oldest first (as asked) already holds the `wanted` oldest new records, so
 * that no later page can change which records a poll emits. It holds only if the server really
 * returned non-decreasing times, and counts only new records older than the last one read (records
 * at that time may continue on the next page).
 */
export function oldestFirstHasEnough(keys: CursorKey[], cursor: PollCursor, wanted: number): boolean {
	for (let i = 1; i < keys.length; i++) if (keys[i].time < keys[i - 1].time) return false;
	if (keys.length === 0) return false;
	const lastTime = keys[keys.length - 1].time;
	const counted = new Set<string>();
	for (const key of keys) if (key.time < lastTime && isNew(cursor, key)) counted.add(key.id);
	return counted.size >= wanted;
}

/**
 * Whether `keys` (as read) are in non-decreasing time order, and what to keep of them when a read
 * oldest first stops before its end: everything older than the last time read (the records at that
 * time may continue on the next page), or everything when they all share one time.
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
