'use strict';
const { runNode } = require('../harness/engine');
const { startHyperazeEmulator } = require('../emulators');
const { hyperazeCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

const PLAN = 'plan_monthly0000001';
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
	emu.clearRequests();
	emu.clearFaults();
	emu.setRateLimit(null);
	credentials = hyperazeCredentials(emu);
});

const checkout = (operation, parameters = {}, extra = {}) =>
	runNode({ type: 'hyperaze', parameters: { resource: 'checkout', operation, ...parameters }, credentials, ...extra });
const checkoutKeys = ['id', 'active', 'plan_id', 'release_method', 'start_date', 'end_date', 'product_id', 'stocks', 'claimed', 'password', 'link', 'created_date'];

describe('Hyperaze: Checkout', () => {
	it('creates a checkout link (POST /checkouts/create) and outputs the checkout object', async () => {
		const r = await checkout('create', {
			planId: fromList(PLAN),
			stockType: 'Limited',
			stocks: 25,
			additionalFields: { password: 'let-me-in', start_date: '2026-01-01T00:00:00', end_date: '2026-02-01T00:00:00' },
		});
		expect(r.error).toBeNull();
		expect(Object.keys(r.items[0]).sort()).toEqual([...checkoutKeys].sort());
		expect(r.items[0]).toMatchObject({ plan_id: PLAN, stocks: 25, active: true });
		const [req] = emu.requests;
		expect(req).toMatchObject({ method: 'POST', path: '/api/v1/checkouts/create' });
		expect(req.body).toEqual({
			plan_id: PLAN,
			stock_type: 'Limited',
			stocks: 25,
			password: 'let-me-in',
			start_date: '2026-01-01T00:00:00',
			end_date: '2026-02-01T00:00:00',
		});
		expect(req.headers.authorization).toBe('Bearer hz-test-key');
	});

	it('updates a checkout link (POST /checkouts/update with id and active) and gets it back', async () => {
		const created = (await checkout('create', { planId: byId(PLAN), stockType: 'Unlimited' })).items[0];
		const updated = await checkout('update', { checkoutId: fromList(created.id), updateFields: { active: false } });
		expect(updated.items[0]).toMatchObject({ id: created.id, active: false });
		expect(emu.requests.pop()).toMatchObject({ method: 'POST', path: '/api/v1/checkouts/update', body: { id: created.id, active: false } });
		const got = await checkout('get', { checkoutId: byId(created.id) });
		expect(got.items[0]).toMatchObject({ id: created.id, active: false });
		expect(emu.requests.pop()).toMatchObject({ method: 'GET', path: '/api/v1/checkouts/retrieve', query: { id: created.id } });
	});

	it('Get Many pages with page/limit and Limit stops early', async () => {
		emu.seed('checkouts', Array.from({ length: 230 }, () => ({ plan_id: PLAN })));
		const all = await checkout('getAll', { returnAll: true });
		expect(all.error).toBeNull();
		const total = all.items.length;
		expect(total).toBeGreaterThanOrEqual(230);
		expect(new Set(all.items.map((c) => c.id)).size).toBe(total);
		expect(emu.requests.map((q) => q.query)).toEqual(
			Array.from({ length: Math.floor(total / 100) + 1 }, (_, i) => ({ page: String(i + 1), limit: '100' })),
		);
		emu.clearRequests();
		const some = await checkout('getAll', { returnAll: false, limit: 7 });
		expect(some.items).toHaveLength(7);
		expect(emu.requests.map((q) => q.query)).toEqual([{ page: '1', limit: '7' }]);
	});

	it('Get Many copes with a server that ignores paging: no duplicates, limit applied here', async () => {
		await emu.close();
		emu = await startHyperazeEmulator({ paging: 'ignore', wrap: true });
		credentials = hyperazeCredentials(emu);
		emu.seed('checkouts', Array.from({ length: 150 }, () => ({ plan_id: PLAN })));
		const all = await checkout('getAll', { returnAll: true });
		expect(new Set(all.items.map((c) => c.id)).size).toBe(all.items.length);
		expect(all.items.length).toBeGreaterThanOrEqual(150);
		expect(emu.requests).toHaveLength(1);
		const some = await checkout('getAll', { returnAll: false, limit: 10 });
		expect(some.items).toHaveLength(10);
		const one = await checkout('get', { checkoutId: byId(all.items[0].id) });
		expect(one.items[0].id).toBe(all.items[0].id);
		await emu.close();
		emu = await startHyperazeEmulator();
	});

	it('stops bad input before any request, naming the field', async () => {
		let r = await checkout('create', { planId: fromList(PLAN), stockType: 'Limited', stocks: 0 });
		expect(r.error.message).toMatch(/Stocks/);
		r = await checkout('create', { planId: fromList(PLAN), additionalFields: { start_date: '2026-02-01T00:00:00', end_date: '2026-01-01T00:00:00' } });
		expect(r.error.message).toMatch(/^End Date: must be after Start Date/);
		r = await checkout('update', { checkoutId: fromList('={{ "" }}'), updateFields: { active: true } });
		expect(r.error.message).toMatch(/^Checkout Link: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});

	it('provider errors show Hyperaze\'s words and what to do', async () => {
		let r = await checkout('create', { planId: fromList('plan_missing') });
		expect(r.error.message).toMatch(/^Hyperaze error 400: /);
		r = await checkout('get', { checkoutId: byId('chk_missing') });
		expect(r.error.message).toMatch(/^Hyperaze error 404: /);
		expect(r.error.description).toMatch(/check the ID/);
	});

	it('a wrong API key is a 401 that points at the credential, with no key anywhere', async () => {
		credentials = hyperazeCredentials(emu, { apiKey: 'wrong-key-123' });
		const r = await checkout('getAll', { returnAll: true });
		expect(r.error.message).toMatch(/^Hyperaze error 401: /);
		expect(r.error.description).toMatch(/API key/);
		assertNoSecrets(r.error);
		assertNoSecrets(r.run);
	});
});
