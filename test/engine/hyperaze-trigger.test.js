'use strict';
/**
 * Hyperaze Trigger (polling the list endpoints, records with created_date) in n8n-core's
 * PollContext against the Hyperaze emulator: memberships, payments and checkout links; first
 * activation, exactly once and in order with same-timestamp records, paging (honoured, capped by
 * the server, or ignored), a failing page 2, records landing during a poll, the cap, manual mode;
 * records deleted between two pages, and records listed late.
 */
const { runPoll } = require('../harness/engine');
const { startHyperazeEmulator } = require('../emulators');
const { hyperazeCredentials, assertNoSecrets } = require('../helpers');

let emu;
let credentials;
beforeAll(async () => {
	emu = await startHyperazeEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	credentials = hyperazeCredentials(emu);
});

const at = (ms) => new Date(Math.floor(Date.now() / 1000) * 1000 + ms).toISOString();
const PATHS = { membership: '/api/v1/memberships/list', payment: '/api/v1/payments/list', checkout: '/api/v1/checkouts/list' };
const COLLECTIONS = { membership: 'memberships', payment: 'payments', checkout: 'checkouts' };

function trigger(event, options = {}, extra = {}) {
	let staticData = {};
	const emitted = [];
	return {
		emitted,
		get staticData() {
			return staticData;
		},
		async poll() {
			const r = await runPoll({ type: 'hyperazeTrigger', parameters: { event, options }, credentials, staticData, ...extra });
			staticData = r.staticData;
			emitted.push(...r.items);
			return r;
		},
	};
}

const ids = (items) => items.map((i) => i.id);
const inOrder = (records) =>
	[...records].sort((a, b) => Date.parse(a.created_date) - Date.parse(b.created_date) || (a.id < b.id ? -1 : 1)).map((r) => r.id);

describe('Hyperaze Trigger', () => {
	for (const event of ['membership', 'payment', 'checkout']) {
		it(`New ${event}: nothing at activation, then each new one once, oldest first`, async () => {
			const t = trigger(event);
			const first = await t.poll();
			expect(first.error).toBeNull();
			expect(first.items).toEqual([]);
			const b = emu.seed(COLLECTIONS[event], [{ created_date: at(2000) }])[0];
			const a = emu.seed(COLLECTIONS[event], [{ created_date: at(1000) }])[0];
			const r = await t.poll();
			expect(r.error).toBeNull();
			expect(ids(r.items)).toEqual([a.id, b.id]);
			expect(r.items[0]).toEqual(a);
			expect((await t.poll()).items).toEqual([]);
			const req = emu.findRequests({ path: PATHS[event] }).pop();
			expect(req.headers.authorization).toBe('Bearer hz-test-key');
			assertNoSecrets(t.emitted);
		});
	}

	it('same-timestamp records across a page boundary and a per-poll cap: each once, in order', async () => {
		emu.configure({ maxLimit: 3 }); // the server sends 3 per page whatever the node asks
		const t = trigger('payment', { maxPerPoll: 4 });
		await t.poll();
		const added = emu.seed('payments', Array.from({ length: 10 }, (_, i) => ({ created_date: at(i < 6 ? 1000 : 2000) })));
		const polls = [];
		for (let i = 0; i < 4; i++) polls.push(ids((await t.poll()).items));
		expect(polls).toEqual([inOrder(added).slice(0, 4), inOrder(added).slice(4, 8), inOrder(added).slice(8), []]);
	});

	it('reads every page: a short page is not taken for the end when the server caps page sizes', async () => {
		emu.configure({ maxLimit: 40 });
		const t = trigger('membership');
		await t.poll();
		const added = emu.seed('memberships', Array.from({ length: 95 }, (_, i) => ({ created_date: at(1000 + i) })));
		emu.clearRequests();
		const r = await t.poll();
		expect(ids(r.items)).toEqual(inOrder(added).slice(0, 100));
		const reqs = emu.findRequests({ path: PATHS.membership });
		// 95 new + 5 seeded at 40 a page: 40, 40, then 20 (shorter than the pages served before: the last)
		expect(reqs.filter((q) => q.query.limit === '100').map((q) => q.query.page)).toEqual(['1', '2', '3']);
		// after each page, the record just before it is read again (the list did not move)
		expect(reqs.filter((q) => q.query.limit === '1').map((q) => q.query.page)).toEqual(['40', '80']);
	});

	it('copes with a server that ignores paging, and with a { data } wrapper', async () => {
		emu.configure({ paging: 'ignore', wrap: true });
		const t = trigger('payment');
		await t.poll();
		const added = emu.seed('payments', Array.from({ length: 130 }, (_, i) => ({ created_date: at(1000 + (i % 7)) })));
		const r = await t.poll();
		expect(r.error).toBeNull();
		expect(ids(r.items)).toEqual(inOrder(added).slice(0, 100));
		expect(ids((await t.poll()).items)).toEqual(inOrder(added).slice(100));
	});

	it('a poll that fails on page 2 stores nothing; the next poll emits everything once', async () => {
		emu.configure({ maxLimit: 2 });
		const t = trigger('membership');
		await t.poll();
		const before = JSON.parse(JSON.stringify(t.staticData));
		const added = emu.seed('memberships', Array.from({ length: 5 }, () => ({ created_date: at(1000) })));
		emu.addFault({ path: PATHS.membership, when: (req) => req.query.page === '2', kind: 'status', status: 400, body: { error: 'bad', message: 'Page two broke' }, times: 1 });
		const failed = await t.poll();
		expect(failed.items).toEqual([]);
		expect(failed.error.message).toMatch(/Hyperaze error 400: Page two broke/);
		expect(t.staticData).toEqual(before);
		expect(ids((await t.poll()).items)).toEqual(inOrder(added));
		expect((await t.poll()).items).toEqual([]);
	});

	it('a record landing while a poll reads its pages is emitted exactly once', async () => {
		emu.configure({ maxLimit: 2 });
		const t = trigger('payment');
		await t.poll();
		const added = emu.seed('payments', Array.from({ length: 3 }, () => ({ created_date: at(1000) })));
		let landed;
		emu.addFault({
			path: PATHS.payment,
			kind: 'status',
			when: (req) => {
				if (req.query.page === '2' && !landed) [landed] = emu.seed('payments', [{ created_date: at(1000) }]);
				return false;
			},
			times: Infinity,
		});
		await t.poll();
		await t.poll();
		expect(ids(t.emitted).sort()).toEqual([...added, landed].map((r) => r.id).sort());
		expect(new Set(ids(t.emitted)).size).toBe(4);
	});

	it('waits out a 429 as Hyperaze asks (Retry-After) and completes the poll', async () => {
		const t = trigger('payment');
		await t.poll();
		const added = emu.seed('payments', [{ created_date: at(1000) }]);
		emu.addFault({ path: PATHS.payment, kind: 'status', status: 429, body: { error: 'rate_limited', message: 'Too many requests.' }, headers: { 'retry-after': '1' }, times: 1 });
		const started = Date.now();
		const r = await t.poll();
		expect(r.error).toBeNull();
		expect(ids(r.items)).toEqual(added.map((p) => p.id));
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
	});

	it('"Fetch Test Event" returns the newest record and stores nothing', async () => {
		const [newest] = emu.seed('payments', [{ created_date: at(-1000) }]);
		const r = await runPoll({ type: 'hyperazeTrigger', parameters: { event: 'payment', options: {} }, credentials, mode: 'manual' });
		expect(r.error).toBeNull();
		expect(ids(r.items)).toEqual([newest.id]);
		expect(r.staticData).toEqual({});
	});

	it('with a Start Date, the first activation emits the records since then (the seeded 2025 ones are older)', async () => {
		const added = emu.seed('memberships', [{ created_date: at(-5000) }, { created_date: at(-4000) }]);
		const t = trigger('membership', { startDate: new Date(Date.now() - 3600_000).toISOString() });
		expect(ids((await t.poll()).items)).toEqual(inOrder(added));
	});

	it('payments: 5 records deleted while page 2 is read shift the pages; the check before each page sees it, and every surviving payment comes once', async () => {
		const t = trigger('payment', { maxPerPoll: 1000 });
		await t.poll();
		const added = emu.seed('payments', Array.from({ length: 250 }, (_, i) => ({ created_date: at(1000 + i) })));
		// the list is in creation order: page 1 holds the 3 seeded payments and the first 97 new ones
		const doomed = added.slice(20, 25).map((p) => p.id);
		let deleted = false;
		emu.onRequest = (req) => {
			if (req.path === PATHS.payment && req.query.page === '2' && req.query.limit === '100' && !deleted) {
				deleted = true;
				for (const id of doomed) emu.state.payments.remove(id);
			}
		};
		emu.clearRequests();
		const r = await t.poll();
		expect(r.error).toBeNull();
		const surviving = inOrder(added).filter((id) => !doomed.includes(id));
		expect(ids(r.items).filter((id) => !doomed.includes(id))).toEqual(surviving);
		expect(new Set(ids(r.items)).size).toBe(r.items.length);
		// page 2, then the record before it again (offset 99): another one stands there, so the list is read again
		const reqs = emu.findRequests({ path: PATHS.payment }).map((q) => `${q.query.page}/${q.query.limit}`);
		expect(reqs.slice(0, 3)).toEqual(['1/100', '2/100', '100/1']);
		expect(reqs.slice(3)).toEqual(['1/100', '2/100', '100/1', '3/100', '200/1']);
		expect((await t.poll()).items).toEqual([]);
	});

	it('the check is left out where it cannot matter: page boundaries between records older than the window', async () => {
		emu.seed('payments', Array.from({ length: 290 }, (_, i) => ({ created_date: at(-7200_000 + i) })));
		const t = trigger('payment');
		await t.poll();
		const [first] = emu.seed('payments', [{ created_date: at(1000) }]);
		expect(ids((await t.poll()).items)).toEqual([first.id]);
		// the window now starts 10 minutes before that payment: the 293 before it are older
		const fresh = emu.seed('payments', Array.from({ length: 10 }, (_, i) => ({ created_date: at(2000 + i) })));
		emu.clearRequests();
		expect(ids((await t.poll()).items)).toEqual(inOrder(fresh));
		// 304 payments: pages 1-4 (the short 4th is the last); only the boundary among new payments (3|4) is checked
		const reqs = emu.findRequests({ path: PATHS.payment }).map((q) => `${q.query.page}/${q.query.limit}`);
		expect(reqs).toEqual(['1/100', '2/100', '3/100', '4/100', '300/1']);
	});

	it('a record listed late (created 2 s before the last one emitted, visible a poll later) comes once', async () => {
		const t = trigger('payment');
		await t.poll();
		const [last] = emu.seed('payments', [{ created_date: at(5000) }]);
		expect(ids((await t.poll()).items)).toEqual([last.id]);
		const [late] = emu.seed('payments', [{ created_date: at(3000) }]);
		emu.seed('payments', [{ created_date: at(5000 - 11 * 60_000) }]); // before the 10-minute window: never
		expect(ids((await t.poll()).items)).toEqual([late.id]);
		expect((await t.poll()).items).toEqual([]);
	});
});

