'use strict';
/** The exactly-once cursor shared by the polling triggers (nodes/shared/pollCursor.ts). */
const {
	parseTime,
	compareKeys,
	isNew,
	advance,
	selectNew,
	baseline,
	readCursor,
	writeCursor,
	newestFirstReachedCursor,
	oldestFirstHasEnough,
	completePrefix,
	windowStart,
	MAX_SEEN,
} = require('../../dist/nodes/shared/pollCursor');

const key = (r) => (r.time === undefined ? undefined : { id: r.id, time: r.time });
/** A cursor at `time` whose window holds `ids` (at `time` unless given as [id, time]); floor = `time` unless given. */
const cursorAt = (time, ids = [], floor = time) => ({
	scope: 's',
	time,
	floor,
	seen: new Map(ids.map((id) => (Array.isArray(id) ? id : [id, time]))),
});
const seenOf = (cursor) => [...cursor.seen.keys()].sort();
const LOOK = 600_000; // the default look-back: 10 minutes

function rng(seed) {
	let x = seed >>> 0 || 1;
	return () => {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		return (x >>> 0) / 0x100000000;
	};
}

describe('parseTime', () => {
	it('reads the providers\' date-time forms, without depending on the server\'s time zone', () => {
		const utc = Date.UTC(2016, 5, 6, 1, 28, 20);
		expect(parseTime('2016-06-05T18:28:20-0700')).toBe(utc); // Zoho
		expect(parseTime('2016-06-05T18:28:20-07:00')).toBe(utc);
		expect(parseTime('2016-06-06T06:58:20+0530')).toBe(utc);
		expect(parseTime('2016-06-06T01:28:20Z')).toBe(utc);
		expect(parseTime('2016-06-06T01:28:20')).toBe(utc); // no offset: UTC
		expect(parseTime('2016-06-06 01:28:20')).toBe(utc);
		expect(parseTime('2016-06-06T01:28:20.1234567+00:00')).toBe(utc + 123); // .NET's seven digits
		expect(parseTime('2016-06-06T01:28:20.5Z')).toBe(utc + 500);
		expect(parseTime('2016-06-06T01:28Z')).toBe(utc - 20_000);
		expect(parseTime('2016-06-06')).toBe(Date.UTC(2016, 5, 6));
		expect(parseTime(utc)).toBe(utc);
		expect(parseTime(utc / 1000)).toBe(utc);
	});

	it('gives undefined for what is not a date', () => {
		for (const value of [undefined, null, '', 'yesterday', '2016-13-45T99:99:99Z', '06/05/2016', {}, NaN]) {
			expect(parseTime(value)).toBeUndefined();
		}
	});
});

describe('isNew / advance / compareKeys', () => {
	it('a record is new when not older than the window and not seen', () => {
		const c = cursorAt(100, ['a'], 0);
		expect(isNew(c, { id: 'b', time: 101 }, 10)).toBe(true);
		expect(isNew(c, { id: 'b', time: 100 }, 10)).toBe(true);
		expect(isNew(c, { id: 'a', time: 100 }, 10)).toBe(false);
		// late: older than the newest emitted, inside the window
		expect(isNew(c, { id: 'c', time: 95 }, 10)).toBe(true);
		expect(isNew(c, { id: 'c', time: 90 }, 10)).toBe(true);
		expect(isNew(c, { id: 'c', time: 89 }, 10)).toBe(false);
		// look-back 0: only the cursor's time and later
		expect(isNew(c, { id: 'c', time: 99 }, 0)).toBe(false);
		// the floor (a Start Date, or raised by earlier polls) bounds the window
		expect(isNew(cursorAt(100, [], 97), { id: 'c', time: 96 }, 10)).toBe(false);
		expect(windowStart(cursorAt(100, [], 97), 10)).toBe(97);
		expect(windowStart(cursorAt(100, [], 0), 10)).toBe(90);
	});

	it('advancing adds the IDs, moves to the newest time, raises the floor to the window and forgets what is below it', () => {
		const c = cursorAt(100, [['a', 100], ['old', 80]], 0);
		const late = advance(c, [{ id: 'b', time: 95 }], 10);
		expect([late.time, late.floor, seenOf(late)]).toEqual([100, 90, ['a', 'b']]);
		const moved = advance(late, [{ id: 'c', time: 120 }, { id: 'd', time: 130 }], 10);
		expect([moved.time, moved.floor, seenOf(moved)]).toEqual([130, 120, ['c', 'd']]);
		expect(advance(c, [], 10)).toBe(c);
	});

	it('never keeps more than MAX_SEEN IDs: the floor rises to the oldest one kept', () => {
		const many = Array.from({ length: MAX_SEEN + 10 }, (_, i) => ({ id: `r${i}`, time: 1000 + i }));
		const c = advance(cursorAt(0, [], 0), many, 1e9);
		expect(c.seen.size).toBe(MAX_SEEN);
		expect(c.floor).toBe(1000 + 10);
		expect(isNew(c, { id: 'r5', time: 1005 }, 1e9)).toBe(false); // forgotten, and below the floor
		expect(isNew(c, { id: 'x', time: 1010 }, 1e9)).toBe(true);
	});

	it('orders by time, then by ID (numerically for digit IDs)', () => {
		const keys = [
			{ id: '10', time: 5 },
			{ id: '9', time: 5 },
			{ id: 'b', time: 1 },
			{ id: 'a', time: 1 },
		];
		expect(keys.sort(compareKeys).map((k) => k.id)).toEqual(['a', 'b', '9', '10']);
	});
});

describe('selectNew', () => {
	it('drops duplicates, seen and too old records, sorts oldest first, caps, and tells what is left', () => {
		const records = [
			{ id: 'c', time: 30 },
			{ id: 'a', time: 10 },
			{ id: 'b', time: 20 },
			{ id: 'b', time: 20 },
			{ id: 'old', time: 5 },
			{ id: 'nodate' },
		];
		const s = selectNew(cursorAt(10, ['a']), records, key, 1, LOOK);
		expect(s.emit.map((r) => r.id)).toEqual(['b']);
		expect([s.next.time, seenOf(s.next)]).toEqual([20, ['a', 'b']]);
		expect(s.deferred).toBe(1);
		expect(s.undated).toBe(1);
	});

	it('a cap that splits records sharing a timestamp emits the rest next time, exactly once', () => {
		const burst = ['1', '2', '3', '4', '5'].map((id) => ({ id, time: 50 }));
		let c = cursorAt(0);
		const out = [];
		for (let i = 0; i < 4; i++) {
			const s = selectNew(c, burst, key, 2, LOOK);
			out.push(s.emit.map((r) => r.id));
			c = s.next;
		}
		expect(out).toEqual([['1', '2'], ['3', '4'], ['5'], []]);
		expect([c.time, seenOf(c)]).toEqual([50, ['1', '2', '3', '4', '5']]);
	});

	it('a record listed late (created before records already emitted) comes once, if it is inside the window', () => {
		let c = cursorAt(0, [], 0);
		const first = [{ id: 'a', time: 1000 }, { id: 'b', time: 2000 }];
		let s = selectNew(c, first, key, 10, 500);
		c = s.next;
		const late = { id: 'late', time: 1998 };
		const tooLate = { id: 'gone', time: 1400 };
		s = selectNew(c, [...first, late, tooLate], key, 10, 500);
		expect(s.emit.map((r) => r.id)).toEqual(['late']);
		c = s.next;
		expect(selectNew(c, [...first, late, tooLate], key, 10, 500).emit).toEqual([]);
	});
});

describe('baseline', () => {
	it('takes the newest time and every ID in the window below it; falls back when there is nothing', () => {
		const records = [
			{ id: 'a', time: 10 },
			{ id: 'b', time: 30 },
			{ id: 'c', time: 30 },
			{ id: 'd', time: 25 },
		];
		const b = baseline('s', records, key, 0, 5);
		expect([b.time, b.floor, seenOf(b)]).toEqual([30, 25, ['b', 'c', 'd']]);
		expect(isNew(b, { id: 'e', time: 27 }, 5)).toBe(true); // listed later, inside the window
		expect(isNew(b, { id: 'd', time: 25 }, 5)).toBe(false);
		expect(baseline('s', [], key, 7, 5)).toEqual(cursorAt(7, [], 7));
	});
});

describe('readCursor / writeCursor', () => {
	it('stores the cursor in the given static data object and reads it back for the same scope only', () => {
		const staticData = { other: 1 };
		writeCursor(staticData, cursorAt(5, ['a', ['b', 4]], 3));
		expect(staticData).toEqual({ other: 1, pollCursor: { scope: 's', time: 5, floor: 3, seen: [['a', 5], ['b', 4]] } });
		expect(JSON.parse(JSON.stringify(staticData))).toEqual(staticData); // plain JSON, as n8n stores it
		expect(readCursor(staticData, 's')).toEqual(cursorAt(5, ['a', ['b', 4]], 3));
		expect(readCursor(staticData, 'y')).toBeUndefined();
		expect(readCursor({}, 'x')).toBeUndefined();
		expect(readCursor({ pollCursor: { scope: 'x', time: 'soon', ids: [] } }, 'x')).toBeUndefined();
		expect(readCursor({ pollCursor: { scope: 'x', time: 5, floor: 1, seen: [['a']] } }, 'x')).toBeUndefined();
	});

	it('reads a cursor of the earlier form ({ time, ids }) as a window starting at its time: nothing emitted comes again', () => {
		const c = readCursor({ pollCursor: { scope: 'x', time: 50, ids: ['a', 'b'] } }, 'x');
		expect([c.time, c.floor, seenOf(c)]).toEqual([50, 50, ['a', 'b']]);
		expect(isNew(c, { id: 'a', time: 50 }, LOOK)).toBe(false);
		expect(isNew(c, { id: 'z', time: 49 }, LOOK)).toBe(false);
		expect(isNew(c, { id: 'z', time: 50 }, LOOK)).toBe(true);
	});
});

describe('early stops', () => {
	it('newest first: stops only past the cursor and only if the server really sorted newest first', () => {
		expect(newestFirstReachedCursor([30, 20, 10], 15)).toBe(true);
		expect(newestFirstReachedCursor([30, 20, 15], 15)).toBe(false); // records at the cursor's time may follow
		expect(newestFirstReachedCursor([30, 40, 10], 15)).toBe(false); // not sorted: read on
		expect(newestFirstReachedCursor([], 15)).toBe(false);
	});

	it('oldest first: enough only if sorted oldest first, counting new records older than the last time read', () => {
		const keys = (times) => times.map((time, i) => ({ id: String(i), time }));
		const newTo = (cursor) => (k) => isNew(cursor, k, 0);
		expect(oldestFirstHasEnough(keys([1, 2, 3, 4]), newTo(cursorAt(0)), 3)).toBe(true);
		expect(oldestFirstHasEnough(keys([1, 2, 3, 3]), newTo(cursorAt(0)), 3)).toBe(false); // time 3 may go on
		expect(oldestFirstHasEnough(keys([1, 2, 3, 4]), newTo(cursorAt(1, ['0'])), 3)).toBe(false); // '0' is not new
		expect(oldestFirstHasEnough(keys([1, 3, 2, 4]), newTo(cursorAt(0)), 1)).toBe(false); // not sorted
		expect(oldestFirstHasEnough([], newTo(cursorAt(0)), 0)).toBe(false);
	});

	it('completePrefix keeps what is older than the last time read, or all of a single-time read', () => {
		const rec = (time, id) => ({ id, time });
		expect(completePrefix([rec(1, 'a'), rec(2, 'b'), rec(2, 'c')], key).map((r) => r.id)).toEqual(['a']);
		expect(completePrefix([rec(2, 'b'), rec(2, 'c')], key).map((r) => r.id)).toEqual(['b', 'c']);
		expect(completePrefix([rec(2, 'b'), rec(1, 'c')], key)).toBeUndefined();
	});
});

/**
 * A simulated provider: records keep arriving (bursts sharing a timestamp, some landing with the
 * time of records already emitted, some listed late with a time inside the look-back window), each
 * poll reads what a real list would give (everything in the window, in any order, some read twice
 * as lists shift between pages), some polls fail halfway (nothing stored), and a per-poll cap
 * applies. Every record must come out exactly once, each poll's in order.
 */
describe('exactly once over many polls, with late records (simulation)', () => {
	for (const seed of [11, 22, 33, 44, 55, 66]) {
		it(`seed ${seed}`, () => {
			const rand = rng(seed);
			const L = 5; // look-back
			const all = [];
			let clock = 1000;
			let nextId = 1;
			const land = (time) => all.push({ id: String(nextId++), time });
			let stored = cursorAt(0, [], 0);
			const emitted = [];
			let late = 0;
			for (let poll = 0; poll < 400; poll++) {
				const from = windowStart(stored, L);
				// arrivals: nothing, one, or a burst at one timestamp; sometimes at the last emitted time,
				// sometimes late (inside the window, before the last emitted)
				const r = rand();
				if (r < 0.5) {
					if (rand() < 0.3) clock += Math.floor(rand() * 3);
					const burst = r < 0.15 ? 1 + Math.floor(rand() * 12) : 1;
					const time = rand() < 0.15 ? stored.time : clock;
					for (let i = 0; i < burst; i++) land(Math.max(time, stored.time));
				} else if (r < 0.6 && stored.time > from) {
					land(from + Math.floor(rand() * (stored.time - from)));
					late++;
				}
				// the read: every record in the window, shuffled, with duplicates
				const visible = all.filter((x) => x.time >= from);
				const read = [...visible, ...visible.filter(() => rand() < 0.1)].sort(() => rand() - 0.5);
				if (rand() < 0.1) continue; // the poll failed halfway: nothing is stored
				const cap = 1 + Math.floor(rand() * 6);
				const s = selectNew(stored, read, key, cap, L);
				const times = s.emit.map((x) => x.time);
				expect(times).toEqual([...times].sort((a, b) => a - b));
				emitted.push(...s.emit);
				stored = s.next;
				expect(stored.seen.size).toBeLessThanOrEqual(MAX_SEEN);
			}
			// drain
			for (let i = 0; i < 1000; i++) {
				const s = selectNew(stored, all, key, 10, L);
				if (s.emit.length === 0) break;
				emitted.push(...s.emit);
				stored = s.next;
			}
			expect(emitted.map((x) => x.id).sort()).toEqual(all.map((x) => x.id).sort());
			expect(new Set(emitted.map((x) => x.id)).size).toBe(all.length);
			expect(all.length).toBeGreaterThan(200);
			expect(late).toBeGreaterThan(10);
		});
	}
});
