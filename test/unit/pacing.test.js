'use strict';
/**
 * The request budget (nodes/shared/pacing.ts) on a fake clock: simulated providers that count
 * requests the way real ones do (fixed windows that start at the first request, or at whole
 * minutes; X-RateLimit-* headers; Retry-After), and simulated bulk runs of many items that send
 * at once, as n8n does. Nothing waits for real time.
 */
const { BudgetPacer } = require('../../dist/nodes/shared/pacing');

/** A clock whose time moves only when the test says so; sleeps resolve in time order. */
function fakeClock(start = Date.UTC(2026, 0, 5, 9, 0, 0, 250)) {
	let now = start;
	let seq = 0;
	const timers = [];
	const settle = () => new Promise((resolve) => setImmediate(resolve));
	const clock = {
		now: () => now,
		sleep: (ms) => new Promise((resolve) => timers.push({ at: now + Math.max(0, ms), seq: seq++, resolve })),
		/** Runs the simulation until `done` resolves (or `limitMs` of fake time pass). */
		async runUntil(done, limitMs = 24 * 3600_000) {
			let finished = false;
			done.then(() => (finished = true), () => (finished = true));
			const end = now + limitMs;
			for (;;) {
				await settle();
				if (finished) return;
				timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
				const next = timers.shift();
				if (!next || next.at > end) throw new Error(`simulation stuck at +${now - start} ms (${timers.length} timers)`);
				now = Math.max(now, next.at);
				next.resolve();
			}
		},
		get elapsed() {
			return now - start;
		},
	};
	return clock;
}

/**
 * A provider's rate limiter: `limit` requests per `windowMs`, a fixed window that starts at the
 * first request after the last one ended (as the emulators do), or at multiples of `windowMs`
 * (`aligned`). Refused requests count too.
 */
function fixedWindow({ limit, windowMs, aligned = false }) {
	let start = null;
	let count = 0;
	return {
		hit(now) {
			if (aligned) {
				const s = Math.floor(now / windowMs) * windowMs;
				if (s !== start) [start, count] = [s, 0];
			} else if (start === null || now >= start + windowMs) {
				[start, count] = [now, 0];
			}
			count++;
			const resetAt = start + windowMs;
			return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetAt };
		},
	};
}

const scopeOf = (budget, run, account = 'org-1') => ({ provider: 'P', account, run, budget });

/**
 * Sends `items` requests at once through the pacer, as the client does: acquire, travel, the
 * provider answers, settle; on a 429 wait as asked (or one window) and send again.
 * `answer(hit, now)` turns the limiter's verdict into { status, headers, waitMs }.
 */
async function bulk(clock, pacer, { items, scope, server, answer, latencyMs = 40, log }) {
	const one = async () => {
		for (;;) {
			const ticket = await pacer.acquire(scope);
			await clock.sleep(latencyMs);
			const hit = server.hit(clock.now());
			log.sent++;
			await clock.sleep(latencyMs);
			const a = answer(hit, clock.now());
			pacer.settle(ticket, a);
			if (a.status !== 429) return;
			log.refused++;
			const wait = a.waitMs > 0 ? a.waitMs : pacer.windowMs(scope);
			pacer.refused(scope, wait);
			await clock.sleep(wait);
		}
	};
	await Promise.all(Array.from({ length: items }, one));
}

const plain = (hit) => ({ status: hit.allowed ? 200 : 429, headers: {} });
const withRetryAfter = (hit, now) =>
	hit.allowed ? { status: 200, headers: {} } : { status: 429, headers: {}, waitMs: Math.max(1, Math.ceil((hit.resetAt - now) / 1000)) * 1000 };

/** Answers carrying X-RateLimit-* (reset in epoch seconds, rounded up) and the server's Date, on a clock `skewMs` off ours. */
const withHeaders = (skewMs = 0, { date = true } = {}) => (hit, now) => {
	const headers = {
		'x-ratelimit-limit': String(hit.limit),
		'x-ratelimit-remaining': String(hit.remaining),
		'x-ratelimit-reset': String(Math.ceil((hit.resetAt + skewMs) / 1000)),
	};
	if (date) headers.date = new Date(now + skewMs).toUTCString();
	const status = hit.allowed ? 200 : 429;
	return { status, headers, waitMs: status === 429 ? Math.ceil((hit.resetAt + skewMs) / 1000) * 1000 - (now + skewMs) : undefined };
};

/** The least time `items` requests take at `limit` per `windowMs` (a burst at the start of each window). */
const minimum = (items, limit, windowMs) => (Math.ceil(items / limit) - 1) * windowMs;

describe('a known limit (window budget: Zoho)', () => {
	it('1,000 requests at 100 per minute: none refused, within 1 % of the least time the limit allows', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const log = { sent: 0, refused: 0 };
		const scope = scopeOf({ kind: 'window', limit: 100, windowMs: 60_000 }, {});
		await clock.runUntil(bulk(clock, pacer, { items: 1000, scope, server: fixedWindow({ limit: 100, windowMs: 60_000 }), answer: plain, log }));
		expect(log).toEqual({ sent: 1000, refused: 0 });
		expect(clock.elapsed).toBeGreaterThanOrEqual(minimum(1000, 100, 60_000));
		expect(clock.elapsed / minimum(1000, 100, 60_000)).toBeLessThan(1.01);
	});

	it('stays within the limit whatever way the provider cuts its windows (at whole minutes here)', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const log = { sent: 0, refused: 0 };
		const scope = scopeOf({ kind: 'window', limit: 100, windowMs: 60_000 }, {});
		await clock.runUntil(bulk(clock, pacer, { items: 450, scope, server: fixedWindow({ limit: 100, windowMs: 60_000, aligned: true }), answer: plain, latencyMs: 700, log }));
		expect(log).toEqual({ sent: 450, refused: 0 });
	});

	it('two runs on one account share the budget and take turns', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const server = fixedWindow({ limit: 20, windowMs: 2000 });
		const budget = { kind: 'window', limit: 20, windowMs: 2000 };
		const log = { sent: 0, refused: 0 };
		const order = [];
		const send = async (scope, name) => {
			const ticket = await pacer.acquire(scope);
			order.push(name);
			await clock.sleep(30);
			const hit = server.hit(clock.now());
			log.sent++;
			if (!hit.allowed) log.refused++;
			await clock.sleep(30);
			pacer.settle(ticket, plain(hit));
		};
		const [runA, runB] = [{}, {}];
		const done = Promise.all([
			...Array.from({ length: 60 }, () => send(scopeOf(budget, runA), 'A')),
			...Array.from({ length: 60 }, () => send(scopeOf(budget, runB), 'B')),
		]);
		await clock.runUntil(done);
		expect(log).toEqual({ sent: 120, refused: 0 });
		// A's first 20 went at once (nothing waited yet); from then on, A and B take turns
		expect(order.slice(0, 20).every((x) => x === 'A')).toBe(true);
		expect(order.slice(20, 40).filter((x) => x === 'B')).toHaveLength(10);
		expect(clock.elapsed / minimum(120, 20, 2000)).toBeLessThan(1.1);
	});

	it('a lone 429 (another app used the budget) pauses the account, then one request at a time until one succeeds', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const scope = scopeOf({ kind: 'window', limit: 50, windowMs: 60_000 }, undefined);
		pacer.settle(await pacer.acquire(scope), { status: 429, headers: {} });
		pacer.refused(scope, 5000);
		const granted = [];
		const waiters = Array.from({ length: 49 }, (_, i) => pacer.acquire(scope).then((t) => (granted.push(i), t)));
		await clock.runUntil(clock.sleep(4999));
		expect(granted).toHaveLength(0);
		await clock.runUntil(clock.sleep(2));
		expect(granted).toEqual([0]);
		// the probe succeeds: the rest of the budget at once (the limit was kept: 50 per window)
		pacer.settle(await waiters[0], { status: 200, headers: {} });
		await clock.runUntil(Promise.all(waiters));
		expect(granted).toHaveLength(49);
		expect(clock.elapsed).toBeLessThan(5100);
	});

	it('a limit set too high (the plan allows less) is learnt from the 429s, and refusals stop', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const log = { sent: 0, refused: 0 };
		const scope = scopeOf({ kind: 'window', limit: 100, windowMs: 60_000 }, {});
		const server = fixedWindow({ limit: 40, windowMs: 60_000 });
		await clock.runUntil(bulk(clock, pacer, { items: 400, scope, server, answer: plain, log }));
		const refusedEarly = log.refused;
		// the next 400 requests: none refused
		const after = { sent: 0, refused: 0 };
		await clock.runUntil(bulk(clock, pacer, { items: 400, scope: scopeOf(scope.budget, {}), server, answer: plain, log: after }));
		expect(refusedEarly).toBeGreaterThan(0);
		expect(refusedEarly).toBeLessThanOrEqual(200);
		// ten minutes on, it tries one request more per window: refused once, then back to 40
		expect(after.refused).toBeLessThanOrEqual(1);
	});

	it('a new limit in the credential applies to the next run', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const first = scopeOf({ kind: 'window', limit: 2, windowMs: 60_000 }, {});
		await pacer.acquire(first);
		await pacer.acquire(first);
		let third = false;
		pacer.acquire(first).then(() => (third = true));
		await clock.runUntil(clock.sleep(1));
		expect(third).toBe(false);
		await pacer.acquire(scopeOf({ kind: 'window', limit: 10, windowMs: 60_000 }, {}));
		await clock.runUntil(clock.sleep(1));
		expect(third).toBe(true);
		expect(pacer.windowMs(first)).toBe(60_000);
	});
});

describe('X-RateLimit-* headers (JFramework)', () => {
	const budget = { kind: 'headers', windowMs: 60_000 };

	it('follows Limit / Remaining / Reset: none refused, one request before the first answer', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const log = { sent: 0, refused: 0 };
		const scope = scopeOf(budget, {});
		const server = fixedWindow({ limit: 20, windowMs: 10_000 });
		const done = bulk(clock, pacer, { items: 200, scope, server, answer: withHeaders(), log });
		await clock.runUntil(done);
		expect(log).toEqual({ sent: 200, refused: 0 });
		// resets come in whole seconds (rounded up): at most one second lost per window
		expect(clock.elapsed / minimum(200, 20, 10_000)).toBeLessThan(1.12);
		// one window is what consecutive resets tell
		expect(pacer.windowMs(scope)).toBeGreaterThanOrEqual(10_000);
		expect(pacer.windowMs(scope)).toBeLessThanOrEqual(11_000);
	});

	it('a provider clock minutes off (reset "in the past" by our clock) is corrected with its Date header', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const log = { sent: 0, refused: 0 };
		const scope = scopeOf(budget, {});
		const server = fixedWindow({ limit: 20, windowMs: 5000 });
		await clock.runUntil(bulk(clock, pacer, { items: 100, scope, server, answer: withHeaders(-10 * 60_000), log }));
		expect(log).toEqual({ sent: 100, refused: 0 });
		expect(clock.elapsed / minimum(100, 20, 5000)).toBeLessThan(1.25);
	});

	it('a reset in the past with nothing to correct it means one window later, never a tight loop', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const scope = scopeOf(budget, {});
		const log = { sent: 0, refused: 0 };
		// a provider that refuses everything and names a reset an hour ago, without a Date header
		const server = { hit: () => ({ allowed: false, limit: 20, remaining: 0, resetAt: clock.now() - 3600_000 }) };
		const answer = (hit, now) => ({ ...withHeaders(0, { date: false })(hit, now), waitMs: hit.resetAt - now });
		await clock.runUntil(bulk(clock, pacer, { items: 1, scope, server, answer, log }).catch(() => undefined), 10 * 60_000).catch(() => undefined);
		// ten minutes of a refusing provider: about one request a minute (the default window), not thousands
		expect(log.sent).toBeGreaterThanOrEqual(5);
		expect(log.sent).toBeLessThanOrEqual(11);
	});

	it('answers without the headers: the limit is learnt from the 429s instead', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const scope = scopeOf(budget, {});
		const server = fixedWindow({ limit: 30, windowMs: 3000 });
		const cold = { sent: 0, refused: 0 };
		await clock.runUntil(bulk(clock, pacer, { items: 150, scope, server, answer: withRetryAfter, log: cold }));
		const warm = { sent: 0, refused: 0 };
		await clock.runUntil(bulk(clock, pacer, { items: 150, scope: scopeOf(budget, {}), server, answer: withRetryAfter, log: warm }));
		expect(cold.refused).toBeLessThanOrEqual(30);
		expect(warm.refused).toBe(0);
	});
});

describe('X-RateLimit-* headers that come and go', () => {
	const budget = { kind: 'headers', windowMs: 60_000 };

	it('a 429 naming only a reset, then answers without headers: one request until the reset, then no limit', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const scope = scopeOf(budget, {});
		const first = await pacer.acquire(scope);
		pacer.settle(first, { status: 429, headers: { 'x-ratelimit-reset': String(Math.ceil((clock.now() + 3000) / 1000)) } });
		pacer.refused(scope, 3000);
		const granted = [];
		const waiters = Array.from({ length: 20 }, (_, i) => pacer.acquire(scope).then((t) => (granted.push(i), t)));
		// the reset is a whole second: 3.75 s from now
		await clock.runUntil(clock.sleep(3700));
		expect(granted).toHaveLength(0);
		await clock.runUntil(clock.sleep(100));
		expect(granted).toHaveLength(1);
		// the reset is over and the answer carries no headers: no limit known, the slow start's 8 and more at once
		pacer.settle(await waiters[0], { status: 200, headers: {} });
		await clock.runUntil(clock.sleep(1));
		expect(granted.length).toBeGreaterThanOrEqual(9);
	});

	it('answers without the headers from the start (errors too): no waiting for them', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const scope = scopeOf(budget, {});
		const first = await pacer.acquire(scope);
		let second = false;
		const next = pacer.acquire(scope).then((t) => ((second = true), t));
		await clock.runUntil(clock.sleep(5));
		// before the first answer: one at a time
		expect(second).toBe(false);
		pacer.settle(first, { status: 400, headers: {} });
		pacer.settle(await next, { status: 200, headers: {} });
		const burst = await Promise.all(Array.from({ length: 8 }, () => pacer.acquire(scope)));
		expect(burst).toHaveLength(8);
	});
});

describe('no published limit (adaptive: Hyperaze)', () => {
	const budget = { kind: 'adaptive', windowMs: 1000 };

	it('unthrottled while the provider accepts everything', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const log = { sent: 0, refused: 0 };
		await clock.runUntil(bulk(clock, pacer, { items: 2000, scope: scopeOf(budget, {}), server: { hit: () => ({ allowed: true }) }, answer: plain, log }));
		expect(log).toEqual({ sent: 2000, refused: 0 });
		// slow start: 8 at once, one more per answer (doubling per round trip up to 24), then one more per round trip
		expect(clock.elapsed).toBeLessThan(70 * 80);
	});

	it('the first 429s teach the limit: a cold run is refused a few times (not hundreds), a warm one never', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const server = fixedWindow({ limit: 60, windowMs: 2000 });
		const cold = { sent: 0, refused: 0 };
		await clock.runUntil(bulk(clock, pacer, { items: 500, scope: scopeOf(budget, {}), server, answer: withRetryAfter, log: cold }));
		expect(cold.sent - cold.refused).toBe(500);
		expect(cold.refused).toBeLessThanOrEqual(30);
		const coldMs = clock.elapsed;
		expect(coldMs / minimum(500, 60, 2000)).toBeLessThan(1.3);
		const warm = { sent: 0, refused: 0 };
		const before = clock.elapsed;
		await clock.runUntil(bulk(clock, pacer, { items: 500, scope: scopeOf(budget, {}), server, answer: withRetryAfter, log: warm }));
		expect(warm).toEqual({ sent: 500, refused: 0 });
		expect((clock.elapsed - before) / minimum(500, 60, 2000)).toBeLessThan(1.2);
		expect(pacer.windowMs(scopeOf(budget, {}))).toBe(2000);
	});

	it('Retry-After: 0 on every 429 means one window between tries, not a tight loop', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const log = { sent: 0, refused: 0 };
		const server = { hit: () => ({ allowed: false }) };
		const answer = () => ({ status: 429, headers: {}, waitMs: 0 });
		await clock.runUntil(bulk(clock, pacer, { items: 5, scope: scopeOf(budget, {}), server, answer, log }), 10_000).catch(() => undefined);
		// five items refused for 10 s: one request per window of 1 s, after the first five
		expect(log.sent).toBeLessThanOrEqual(5 + 11);
	});

	it('speeds up again, one request per window, once the lesson is ten minutes old', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		let inner = fixedWindow({ limit: 20, windowMs: 1000 });
		const server = { hit: (now) => inner.hit(now) };
		const log = { sent: 0, refused: 0 };
		await clock.runUntil(bulk(clock, pacer, { items: 200, scope: scopeOf(budget, {}), server, answer: withRetryAfter, log }));
		// the provider raises its limit; ten minutes later the account tries more, one request per window
		inner = fixedWindow({ limit: 40, windowMs: 1000 });
		await clock.runUntil(clock.sleep(600_000));
		const t0 = clock.elapsed;
		const later = { sent: 0, refused: 0 };
		await clock.runUntil(bulk(clock, pacer, { items: 1500, scope: scopeOf(budget, {}), server, answer: withRetryAfter, log: later }));
		const rate = 1500 / ((clock.elapsed - t0) / 1000);
		expect(rate).toBeGreaterThan(28);
		// it finds the new limit by going one past it: refused once
		expect(later.refused).toBeLessThanOrEqual(2);
	});
});

describe('bookkeeping', () => {
	it('a released ticket (not sent after all) frees its place', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const scope = scopeOf({ kind: 'window', limit: 1, windowMs: 60_000 }, {});
		const t = await pacer.acquire(scope);
		let next = false;
		pacer.acquire(scope).then(() => (next = true));
		await clock.runUntil(clock.sleep(1));
		expect(next).toBe(false);
		pacer.release(t);
		pacer.release(t);
		await clock.runUntil(clock.sleep(1));
		expect(next).toBe(true);
	});

	it('a run that gives up (a daily limit) lets its waiting requests go at once, unsent', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const run = {};
		const scope = scopeOf({ kind: 'window', limit: 1, windowMs: 60_000 }, run);
		const other = scopeOf({ kind: 'window', limit: 1, windowMs: 60_000 }, {});
		const first = await pacer.acquire(scope);
		const mine = Array.from({ length: 3 }, () => pacer.acquire(scope));
		let theirs = false;
		pacer.acquire(other).then(() => (theirs = true));
		pacer.settle(first, { status: 429, headers: {} });
		pacer.refused(scope, 60_000);
		pacer.abandon(scope);
		const tickets = await Promise.all(mine);
		for (const t of tickets) pacer.release(t);
		await clock.runUntil(clock.sleep(59_000));
		expect(theirs).toBe(false);
		await clock.runUntil(clock.sleep(2000));
		expect(theirs).toBe(true);
	});

	it('accounts are separate: one account waiting does not hold another back', async () => {
		const clock = fakeClock();
		const pacer = new BudgetPacer(clock);
		const budget = { kind: 'window', limit: 1, windowMs: 60_000 };
		await pacer.acquire(scopeOf(budget, {}, 'org-1'));
		let blocked = false;
		pacer.acquire(scopeOf(budget, {}, 'org-1')).then(() => (blocked = true));
		await pacer.acquire(scopeOf(budget, {}, 'org-2'));
		await clock.runUntil(clock.sleep(1));
		expect(blocked).toBe(false);
	});
});
