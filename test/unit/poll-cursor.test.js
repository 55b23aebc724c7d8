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
} = require('../../dist/nodes/shared/pollCursor');

const key = (r) => (r.time === undefined ? undefined : { id: r.id, time: r.time });
const cursorAt = (time, ids = []) => ({ scope: 's', time, ids });

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
	it('a record is new when later than the cursor, or at its time with an unseen ID', () => {
		const c = cursorAt(100, ['a']);
		expect(isNew(c, { id: 'b', time: 101 })).toBe(true);
		expect(isNew(c, { id: 'b', time: 100 })).toBe(true);
		expect(isNew(c, { id: 'a', time: 100 })).toBe(false);
		expect(isNew(c, { id: 'c', time: 99 })).toBe(false);
	});

	it('advancing keeps the IDs seen at a time that did not change, and only those of the new time otherwise', () => {
		expect(advance(cursorAt(100, ['a']), [{ id: 'b', time: 100 }])).toEqual(cursorAt(100, ['a', 'b']));
		expect(advance(cursorAt(100, ['a']), [{ id: 'b', time: 100 }, { id: 'c', time: 200 }, { id: 'd', time: 200 }])).toEqual(cursorAt(200, ['c', 'd']));
		expect(advance(cursorAt(100, ['a']), [])).toEqual(cursorAt(100, ['a']));
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
	it('drops duplicates and old records, sorts oldest first, caps, and tells what is left', () => {
		const records = [
			{ id: 'c', time: 30 },
			{ id: 'a', time: 10 },
			{ id: 'b', time: 20 },
			{ id: 'b', time: 20 },
			{ id: 'old', time: 5 },
			{ id: 'nodate' },
		];
		const s = selectNew(cursorAt(10, ['a']), records, key, 1);
		expect(s.emit.map((r) => r.id)).toEqual(['b']);
		expect(s.next).toEqual(cursorAt(20, ['b']));
		expect(s.deferred).toBe(1);
		expect(s.undated).toBe(1);
	});

	it('a cap that splits records sharing a timestamp emits the rest next time, exactly once', () => {
		const burst = ['1', '2', '3', '4', '5'].map((id) => ({ id, time: 50 }));
		let c = cursorAt(0);
		const out = [];
		for (let i = 0; i < 4; i++) {
			const s = selectNew(c, burst, key, 2);
			out.push(s.emit.map((r) => r.id));
			c = s.next;
		}
		expect(out).toEqual([['1', '2'], ['3', '4'], ['5'], []]);
		expect(c).toEqual(cursorAt(50, ['1', '2', '3', '4', '5']));
	});
});

describe('baseline', () => {
	it('takes the newest time and every ID at it; falls back when there is nothing', () => {
		const records = [
			{ id: 'a', time: 10 },
			{ id: 'b', time: 30 },
			{ id: 'c', time: 30 },
			{ id: 'd', time: 20 },
		];
		expect(baseline('s', records, key, 0)).toEqual(cursorAt(30, ['b', 'c']));
		expect(baseline('s', [], key, 7)).toEqual(cursorAt(7, []));
	});
});

describe('readCursor / writeCursor', () => {
	it('stores the cursor in the given static data object and reads it back for the same scope only', () => {
		const staticData = { other: 1 };
		writeCursor(staticData, { scope: 'x', time: 5, ids: ['a'] });
		expect(staticData).toEqual({ other: 1, pollCursor: { scope: 'x', time: 5, ids: ['a'] } });
		expect(readCursor(staticData, 'x')).toEqual({ scope: 'x', time: 5, ids: ['a'] });
		expect(readCursor(staticData, 'y')).toBeUndefined();
		expect(readCursor({}, 'x')).toBeUndefined();
		expect(readCursor({ pollCursor: { scope: 'x', time: 'soon', ids: [] } }, 'x')).toBeUndefined();
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
		expect(oldestFirstHasEnough(keys([1, 2, 3, 4]), cursorAt(0), 3)).toBe(true);
		expect(oldestFirstHasEnough(keys([1, 2, 3, 3]), cursorAt(0), 3)).toBe(false); // time 3 may go on
		expect(oldestFirstHasEnough(keys([1, 2, 3, 4]), cursorAt(1, ['0']), 3)).toBe(false); // '0' is not new
		expect(oldestFirstHasEnough(keys([1, 3, 2, 4]), cursorAt(0), 1)).toBe(false); // not sorted
		expect(oldestFirstHasEnough([], cursorAt(0), 0)).toBe(false);
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
 * time of records already emitted), each poll reads what a real list would give (everything at or
 * after the cursor's time, in any order, some read twice as lists shift between pages), some polls
 * fail halfway (nothing stored), and a per-poll cap applies. Every record must come out exactly
 * once, in order.
 */
describe('exactly once, in order, over many polls (simulation)', () => {
	for (const seed of [11, 22, 33, 44, 55, 66]) {
		it(`seed ${seed}`, () => {
			const rand = rng(seed);
			const all = [];
			let clock = 1000;
			let nextId = 1;
			const land = (time) => all.push({ id: String(nextId++), time });
			let stored = cursorAt(0);
			const emitted = [];
			for (let poll = 0; poll < 400; poll++) {
				// arrivals: nothing, one, or a burst at one timestamp; sometimes at the last emitted time
				const r = rand();
				if (r < 0.5) {
					if (rand() < 0.3) clock += Math.floor(rand() * 3);
					const burst = r < 0.15 ? 1 + Math.floor(rand() * 12) : 1;
					const time = rand() < 0.15 ? stored.time : clock;
					for (let i = 0; i < burst; i++) land(Math.max(time, stored.time));
				}
				// the read: all records at or after the cursor's time, shuffled, with duplicates
				const visible = all.filter((x) => x.time >= stored.time);
				const read = [...visible, ...visible.filter(() => rand() < 0.1)].sort(() => rand() - 0.5);
				if (rand() < 0.1) continue; // the poll failed halfway: nothing is stored
				const cap = 1 + Math.floor(rand() * 6);
				const s = selectNew(stored, read, key, cap);
				emitted.push(...s.emit);
				stored = s.next;
			}
			// drain
			for (let i = 0; i < 1000; i++) {
				const s = selectNew(stored, all, key, 10);
				if (s.emit.length === 0) break;
				emitted.push(...s.emit);
				stored = s.next;
			}
			const expected = [...all].sort(compareKeys).map((x) => x.id);
			expect(emitted.map((x) => x.id)).toEqual(expected);
			expect(new Set(emitted.map((x) => x.id)).size).toBe(all.length);
			expect(all.length).toBeGreaterThan(200);
		});
	}
});
