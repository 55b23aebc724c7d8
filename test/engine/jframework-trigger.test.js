'use strict';
/**
 * JFramework Trigger (polling) in n8n-core's PollContext against the JFramework emulator: new
 * payments (createdDateFrom, oldest first), new licenses and new invoices (newest first by
 * createdDate until the cursor); first activation, exactly once and in order with same-timestamp
 * records, page boundaries (200 per page), a failing second page, records landing during a poll,
 * the cap, manual mode; and what a real account meets: records deleted between two pages, a server
 * that serves fewer per page than asked for, records listed late, overlapping polls, the time a
 * poll may take.
 */
const { runPoll } = require('../harness/engine');
const { startJFrameworkEmulator } = require('../emulators');
const { jframeworkCredentials, assertNoSecrets } = require('../helpers');

let emu;
let credentials;
beforeAll(async () => {
	emu = await startJFrameworkEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	credentials = jframeworkCredentials(emu);
});

/** JFramework's date form, `ms` from now. */
const at = (ms) => new Date(Math.floor(Date.now() / 1000) * 1000 + ms).toISOString().replace('Z', '+00:00');
const PATHS = { payment: '/api/v1/payments', license: '/api/v1/licenses', invoice: '/api/v1/invoices' };
const COLLECTIONS = { payment: 'payments', license: 'licenses', invoice: 'invoices' };

function trigger(event, options = {}, extra = {}) {
	let staticData = {};
	const emitted = [];
	return {
		emitted,
		get staticData() {
			return staticData;
		},
		async poll() {
			const r = await runPoll({ type: 'jFrameworkTrigger', parameters: { event, options }, credentials, staticData, ...extra });
			staticData = r.staticData;
			emitted.push(...r.items);
			return r;
		},
	};
}

const ids = (items) => items.map((i) => i.id);
const inOrder = (records) =>
	[...records].sort((a, b) => Date.parse(a.createdDate) - Date.parse(b.createdDate) || (a.id < b.id ? -1 : 1)).map((r) => r.id);
const seed = (event, dates) => emu.seed(COLLECTIONS[event], dates.map((createdDate) => ({ createdDate })));

describe('JFramework Trigger', () => {
	for (const event of ['payment', 'license', 'invoice']) {
		it(`New ${event}: nothing at activation, then each new one once, oldest first`, async () => {
			const t = trigger(event);
			const first = await t.poll();
			expect(first.error).toBeNull();
			expect(first.items).toEqual([]);
			const [b] = seed(event, [at(2000)]);
			const [a] = seed(event, [at(1000)]);
			const r = await t.poll();
			expect(r.error).toBeNull();
			expect(ids(r.items)).toEqual([a.id, b.id]);
			expect(r.items[0]).toMatchObject({ id: a.id, createdDate: a.createdDate });
			expect((await t.poll()).items).toEqual([]);
			const req = emu.findRequests({ path: PATHS[event] }).pop();
			expect(req.headers['auth-key']).toBe('jfw-auth-key');
			expect(req.headers['brand-url']).toBe('brand.example.com');
			assertNoSecrets(t.emitted);
		});
	}

	it('payments: asks from the cursor (createdDateFrom) oldest first, and stops paging once the cap is met', async () => {
		const t = trigger('payment', { maxPerPoll: 10 });
		await t.poll();
		const added = seed('payment', Array.from({ length: 450 }, (_, i) => at(1000 + Math.floor(i / 3))));
		emu.clearRequests();
		const r = await t.poll();
		expect(ids(r.items)).toEqual(inOrder(added).slice(0, 10));
		const reqs = emu.findRequests({ path: PATHS.payment });
		expect(reqs.map((q) => q.query.pageNumber)).toEqual(['0']);
		expect(reqs[0].query).toMatchObject({ sortDataField: 'createdDate', sortOrder: 'asc', pageSize: '200', createdDateFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
		expect(Date.parse(reqs[0].query.createdDateFrom)).toBeLessThan(Date.parse(added[0].createdDate));
		// the rest, 10 per poll, exactly once
		for (let i = 0; i < 50; i++) await t.poll();
		expect(ids(t.emitted)).toEqual(inOrder(added));
	});

	it('licenses and invoices: read newest first and stop at the first page that reaches the look-back window', async () => {
		for (const event of ['license', 'invoice']) {
			// one every 10 s over the last 75 minutes: the window (10 minutes) holds the newest 60
			seed(event, Array.from({ length: 450 }, (_, i) => at(-4_500_000 + i * 10_000)));
			const t = trigger(event);
			await t.poll();
			const added = seed(event, [at(1000), at(1000), at(2000)]);
			emu.clearRequests();
			expect(ids((await t.poll()).items)).toEqual(inOrder(added));
			const reqs = emu.findRequests({ path: PATHS[event] });
			expect(reqs.map((q) => [q.query.pageNumber, q.query.sortDataField, q.query.sortOrder])).toEqual([['0', 'createdDate', 'desc']]);
		}
	});

	it('a page boundary between records of the same time, and a cap inside that group: each once, in order', async () => {
		const t = trigger('license', { maxPerPoll: 150 });
		await t.poll();
		const added = seed('license', Array.from({ length: 330 }, (_, i) => at(i < 260 ? 1000 : 2000)));
		const polls = [];
		for (let i = 0; i < 4; i++) polls.push((await t.poll()).items.length);
		expect(polls).toEqual([150, 150, 30, 0]);
		expect(ids(t.emitted)).toEqual(inOrder(added));
	});

	it('a poll that fails on its second page stores nothing; the next poll emits everything once', async () => {
		const t = trigger('payment', { maxPerPoll: 500 });
		await t.poll();
		const before = JSON.parse(JSON.stringify(t.staticData));
		const added = seed('payment', Array.from({ length: 230 }, () => at(1000)));
		emu.addFault({ path: PATHS.payment, when: (req) => req.query.pageNumber === '1', kind: 'jfw-success-false', body: [{ code: 'InternalError', message: 'Page broke' }], times: 1 });
		const failed = await t.poll();
		expect(failed.items).toEqual([]);
		expect(failed.error.message).toMatch(/JFramework error .*Page broke/);
		expect(t.staticData).toEqual(before);
		assertNoSecrets(failed.error);
		for (let i = 0; i < 4; i++) await t.poll();
		expect(ids(t.emitted)).toEqual(inOrder(added));
	});

	it('records landing while a poll reads its pages are emitted exactly once', async () => {
		const t = trigger('invoice');
		await t.poll();
		const added = seed('invoice', Array.from({ length: 250 }, () => at(1000)));
		const landed = [];
		emu.addFault({
			path: PATHS.invoice,
			kind: 'status',
			when: (req) => {
				if (req.query.pageNumber === '1' && landed.length < 3) landed.push(...seed('invoice', [at(1000), at(1500)]));
				return false;
			},
			times: Infinity,
		});
		for (let i = 0; i < 4; i++) await t.poll();
		const all = [...added, ...landed];
		expect(ids(t.emitted).sort()).toEqual(all.map((r) => r.id).sort());
		expect(new Set(ids(t.emitted)).size).toBe(all.length);
	});

	for (const event of ['payment', 'license']) {
		it(`${event}s: exactly once and in order over 40 polls with random bursts, caps and failing pages`, async () => {
			let seedValue = event === 'payment' ? 3 : 5;
			const rand = () => ((seedValue = (seedValue * 1103515245 + 12345) % 2147483648) / 2147483648);
			const t = trigger(event, { maxPerPoll: 90 });
			await t.poll();
			const all = [];
			let ms = 1000;
			for (let i = 0; i < 40; i++) {
				if (rand() < 0.7) {
					if (rand() < 0.7) ms += 1 + Math.floor(rand() * 5);
					const size = rand() < 0.3 ? 1 + Math.floor(rand() * 150) : 1 + Math.floor(rand() * 4);
					// creation times never go back (a burst mostly shares one millisecond)
					all.push(...seed(event, Array.from({ length: size }, () => at(rand() < 0.2 ? ++ms : ms))));
				}
				if (rand() < 0.2) {
					emu.addFault({ path: PATHS[event], when: (req) => req.query.pageNumber === '1', kind: 'jfw-success-false', body: [{ code: 'InternalError', message: 'x' }], times: 1 });
				}
				await t.poll();
				emu.clearFaults();
			}
			for (let i = 0; i < 40; i++) if ((await t.poll()).items.length === 0) break;
			expect(all.length).toBeGreaterThan(300);
			// each exactly once
			expect(ids(t.emitted).sort()).toEqual(all.map((r) => r.id).sort());
			// in order of creation (JFramework IDs are random: records of one millisecond that land
			// after some of that millisecond were emitted come after them)
			const times = t.emitted.map((r) => Date.parse(r.createdDate));
			expect(times.every((time, i) => i === 0 || time >= times[i - 1])).toBe(true);
		});
	}

	it('"Fetch Test Event" returns the newest record and stores nothing', async () => {
		const [newest] = seed('license', [at(5000)]);
		const r = await runPoll({ type: 'jFrameworkTrigger', parameters: { event: 'license', options: {} }, credentials, mode: 'manual' });
		expect(r.error).toBeNull();
		expect(ids(r.items)).toEqual([newest.id]);
		expect(r.staticData).toEqual({});
	});

	it('with a Start Date, the first activation emits the records since then', async () => {
		const added = seed('payment', [at(-5000), at(-4000)]);
		const t = trigger('payment', { startDate: new Date(Date.now() - 3600_000).toISOString() });
		expect(ids((await t.poll()).items)).toEqual(inOrder(added));
		expect((await t.poll()).items).toEqual([]);
	});

	it('refuses a custom base URL that is not https before sending anything', async () => {
		credentials = jframeworkCredentials(emu, { baseUrl: 'http://jfw.example.com/api' });
		const r = await runPoll({ type: 'jFrameworkTrigger', parameters: { event: 'payment', options: {} }, credentials });
		expect(r.error.message).toMatch(/must start with https/);
		expect(r.staticData).toEqual({});
	});

	/** Holds the first request the predicate picks until `release()`; `arrived` settles when it comes. */
	function holdFirst(pick) {
		let release;
		let arrivedResolve;
		const held = new Promise((resolve) => {
			release = resolve;
		});
		const arrived = new Promise((resolve) => {
			arrivedResolve = resolve;
		});
		let done = false;
		emu.onRequest = async (req) => {
			if (done || !pick(req)) return;
			done = true;
			arrivedResolve();
			await held;
		};
		return { release, arrived };
	}

	describe('lists that change while they are read, and polls that overlap', () => {
		it('licenses: 5 records deleted while page 2 is read shift the pages; the list is read again and every surviving license comes once', async () => {
			const t = trigger('license', { maxPerPoll: 1000 });
			await t.poll();
			const added = seed('license', Array.from({ length: 450 }, (_, i) => at(1000 + i)));
			// page 1 (newest first) holds the newest 200: five of them go while page 2 is asked for
			const doomed = inOrder(added).slice(-100, -95);
			let deleted = false;
			emu.onRequest = (req) => {
				if (req.path === PATHS.license && req.query.pageNumber === '1' && !deleted) {
					deleted = true;
					for (const id of doomed) emu.state.licenses.remove(id);
				}
			};
			emu.clearRequests();
			const r = await t.poll();
			expect(r.error).toBeNull();
			const surviving = inOrder(added).filter((id) => !doomed.includes(id));
			// every surviving license once, in order (the deleted ones were read before they went)
			expect(ids(r.items).filter((id) => !doomed.includes(id))).toEqual(surviving);
			expect(new Set(ids(r.items)).size).toBe(r.items.length);
			// totalItems went down between pages: the list was read again from its newest record
			expect(emu.findRequests({ path: PATHS.license }).map((q) => q.query.pageNumber)).toEqual(['0', '1', '0', '1', '2']);
			expect((await t.poll()).items).toEqual([]);
		});

		it('payments: deletions between pages cannot shift keyset pages (each asked for again from the newest time read)', async () => {
			const t = trigger('payment', { maxPerPoll: 1000 });
			await t.poll();
			const added = seed('payment', Array.from({ length: 450 }, (_, i) => at(1000 + i * 100)));
			const doomed = inOrder(added).slice(10, 15);
			let deleted = false;
			emu.onRequest = (req) => {
				if (req.path === PATHS.payment && emu.findRequests({ path: PATHS.payment }).length === 2 && !deleted) {
					deleted = true;
					for (const id of doomed) emu.state.payments.remove(id);
				}
			};
			emu.clearRequests();
			const r = await t.poll();
			expect(ids(r.items).filter((id) => !doomed.includes(id))).toEqual(inOrder(added).filter((id) => !doomed.includes(id)));
			expect(new Set(ids(r.items)).size).toBe(r.items.length);
			const reqs = emu.findRequests({ path: PATHS.payment });
			expect(reqs.every((q) => q.query.pageNumber === '0')).toBe(true);
			const froms = reqs.map((q) => Date.parse(q.query.createdDateFrom));
			expect(froms.every((from, i) => i === 0 || from > froms[i - 1])).toBe(true);
		});

		it('a server that serves 100 per page when asked for 200: all 450 new licenses come, each once, in order', async () => {
			emu.maxPageSize = 100;
			const t = trigger('license', { maxPerPoll: 1000 });
			await t.poll();
			const added = seed('license', Array.from({ length: 450 }, (_, i) => at(1000 + i)));
			emu.clearRequests();
			const r = await t.poll();
			expect(ids(r.items)).toEqual(inOrder(added));
			// the size served is followed; the end is where totalItems says, not the first short page
			expect(emu.findRequests({ path: PATHS.license }).map((q) => [q.query.pageNumber, q.query.pageSize])).toEqual([
				['0', '200'],
				['1', '100'],
				['2', '100'],
				['3', '100'],
				['4', '100'],
			]);
		});

		it('the same with the default cap (100 per poll): 450 licenses over 5 polls, each once, in order', async () => {
			emu.maxPageSize = 100;
			const t = trigger('license');
			await t.poll();
			const added = seed('license', Array.from({ length: 450 }, (_, i) => at(1000 + i)));
			const counts = [];
			for (let i = 0; i < 6; i++) counts.push((await t.poll()).items.length);
			expect(counts).toEqual([100, 100, 100, 100, 50, 0]);
			expect(ids(t.emitted)).toEqual(inOrder(added));
		});

		for (const event of ['license', 'payment']) {
			it(`${event}s: a record listed late (created 2 s before the last one emitted, visible a poll later) comes once`, async () => {
				const t = trigger(event);
				await t.poll();
				const [last] = seed(event, [at(5000)]);
				expect(ids((await t.poll()).items)).toEqual([last.id]);
				const [late] = seed(event, [at(3000)]);
				// older than the look-back window (10 minutes): never
				seed(event, [at(5000 - 11 * 60_000)]);
				expect(ids((await t.poll()).items)).toEqual([late.id]);
				expect((await t.poll()).items).toEqual([]);
				// with a look-back of 0, only records after the last one emitted are new
				const strict = trigger(event, { lookBackMinutes: 0 });
				await strict.poll();
				const [next] = seed(event, [at(9000)]);
				expect(ids((await strict.poll()).items)).toEqual([next.id]);
				seed(event, [at(8000)]);
				expect((await strict.poll()).items).toEqual([]);
			});
		}

		for (const event of ['payment', 'license']) {
			it(`${event}s: a poll due while the previous one still runs starts nothing; the records come once`, async () => {
				const t = trigger(event);
				await t.poll();
				const stored = t.staticData;
				const added = seed(event, [at(1000), at(2000), at(3000)]);
				const gate = holdFirst((req) => req.path === PATHS[event]);
				const first = runPoll({ type: 'jFrameworkTrigger', parameters: { event, options: {} }, credentials, staticData: stored });
				await gate.arrived;
				const asked = emu.findRequests({ path: PATHS[event] }).length;
				// n8n's next scheduled poll, from the same stored cursor, while the first one waits
				const second = await runPoll({ type: 'jFrameworkTrigger', parameters: { event, options: {} }, credentials, staticData: stored });
				expect([second.error, second.items, second.staticData]).toEqual([null, [], stored]);
				expect(emu.findRequests({ path: PATHS[event] })).toHaveLength(asked);
				gate.release();
				const done = await first;
				expect(ids(done.items)).toEqual(inOrder(added));
				// the poll after that reads from the first one's cursor: nothing again
				const third = await runPoll({ type: 'jFrameworkTrigger', parameters: { event, options: {} }, credentials, staticData: done.staticData });
				expect(third.items).toEqual([]);
			});
		}

		it('payments: a poll stops paging at its time and emits what is complete; the next polls go on, each record once', async () => {
			const t = trigger('payment', { maxPerPoll: 5000 }, { pollBudgetMs: 2000 });
			await t.poll();
			const added = seed('payment', Array.from({ length: 1500 }, (_, i) => at(1000 + i)));
			emu.setLatency(300);
			const started = Date.now();
			const r = await t.poll();
			const took = Date.now() - started;
			expect(r.error).toBeNull();
			// stops once 60 % of the budget (1.2 s) has passed: at most one page after that
			expect(took).toBeLessThan(2000);
			expect(r.items.length).toBeGreaterThan(0);
			expect(r.items.length).toBeLessThan(added.length);
			emu.setLatency(0);
			for (let i = 0; i < 5; i++) await t.poll();
			expect(ids(t.emitted)).toEqual(inOrder(added));
		});

		it('licenses: a poll that cannot read back to the window within its time fails, stores nothing, and does not block the next', async () => {
			const t = trigger('license', {}, { pollBudgetMs: 1000 });
			await t.poll();
			const before = t.staticData;
			const added = seed('license', Array.from({ length: 1500 }, (_, i) => at(1000 + i)));
			emu.setLatency(400);
			const r = await t.poll();
			expect(r.items).toEqual([]);
			expect(r.error.message).toMatch(/JFramework trigger: the poll ran out of time before it had read all new licenses/);
			expect(t.staticData).toEqual(before);
			emu.setLatency(0);
			const next = await runPoll({ type: 'jFrameworkTrigger', parameters: { event: 'license', options: {} }, credentials, staticData: before });
			expect(ids(next.items)).toEqual(inOrder(added).slice(0, 100));
		});
	});
});

