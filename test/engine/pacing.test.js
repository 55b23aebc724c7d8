'use strict';
/**
 * Bulk runs at the provider's own pace, in n8n's engine against the emulators' real rate limits
 * (windows scaled down to seconds): no request refused for a bulk run of any provider, nor for two
 * runs sharing one Zoho credential; the budget is shared with record pickers and trigger polls; a
 * daily limit fails the run at once; a 429 that asks for no wait (or names a reset already past)
 * is waited out one window at a time, never in a tight loop.
 */
const { runNode, runPoll, listSearchContext, nodeTypeOf } = require('../harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../emulators');
const { addEvent } = require('../emulators/zoho/events');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId } = require('../helpers');

jest.setTimeout(120_000);

// load n8n and the package before anything is timed
beforeAll(async () => {
	const emu = await startHyperazeEmulator();
	await runNode({ type: 'hyperaze', parameters: { resource: 'product', operation: 'getAll', returnAll: true }, credentials: hyperazeCredentials(emu, { apiKey: 'hz-test-key' }) });
	await emu.close();
});

const items = (n) => Array.from({ length: n }, (_, i) => ({ i }));
const ok = (r) => r.raw.filter((i) => !i.json.error).length;

/** A Zoho credential allowing `limit` requests per `windowMs` (Requests per Minute scaled to the window). */
const zohoBudget = (emu, limit, windowMs, extra = {}) =>
	zohoCredentials(emu, { requestsPerMinute: (limit * 60_000) / windowMs, budgetWindowSeconds: windowMs / 1000, ...extra });

describe('Zoho Billing: the organization budget (20 requests per 2 s here)', () => {
	let emu;
	beforeEach(async () => {
		emu = await startZohoEmulator();
		emu.seed('products', 1);
		emu.setRateLimit({ limit: 20, windowMs: 2000 });
	});
	afterEach(async () => {
		await emu.close();
	});
	const api = () => emu.requests.filter((q) => q.path.startsWith('/billing/v1'));
	const update = { resource: 'product', operation: 'update', productId: byId('903000000045027'), name: '={{ "Bulk " + $json.i }}' };

	it('a bulk run of 100 updates: none refused, each sent once, at the pace the limit allows', async () => {
		const started = Date.now();
		const r = await runNode({ type: 'zohoBilling', parameters: update, credentials: zohoBudget(emu, 20, 2000), items: items(100), continueOnFail: true });
		const ms = Date.now() - started;
		expect(ok(r)).toBe(100);
		expect(api()).toHaveLength(100);
		// 5 windows of 20: the last one starts 4 windows after the first
		expect(ms).toBeGreaterThanOrEqual(8000);
		expect(ms).toBeLessThan(8000 + 8000);
		expect(r.items.map((p) => p.name).sort()).toEqual(Array.from({ length: 100 }, (_, i) => `Bulk ${i}`).sort());
	});

	it('two runs started together on one credential share the budget: none refused', async () => {
		const credentials = zohoBudget(emu, 20, 2000);
		const start = () => runNode({ type: 'zohoBilling', parameters: update, credentials, items: items(50), continueOnFail: true });
		const [a, b] = await Promise.all([start(), start()]);
		expect(ok(a) + ok(b)).toBe(100);
		expect(api()).toHaveLength(100);
	});

	it('record pickers and trigger polls use the same budget as a running bulk run: none refused', async () => {
		const credentials = zohoBudget(emu, 20, 2000);
		addEvent(emu, { event_type: 'invoice_created' });
		const bulk = runNode({ type: 'zohoBilling', parameters: update, credentials, items: items(60), continueOnFail: true });
		const node = await nodeTypeOf('zohoBilling');
		const search = async () => {
			const context = await listSearchContext({ type: 'zohoBilling', credentials, parameters: { resource: 'product', operation: 'get' } });
			return await node.methods.listSearch.searchProducts.call(context, '');
		};
		const poll = () => runPoll({ type: 'zohoBillingEventsTrigger', parameters: { events: ['invoice_created'], options: {} }, credentials, mode: 'manual' });
		const [r, found, polled] = await Promise.all([bulk, search(), poll()]);
		expect(ok(r)).toBe(60);
		expect(found.results).toHaveLength(1);
		expect(polled.error).toBeNull();
		expect(polled.items).toHaveLength(1);
		// the bulk run's 60 updates, the picker's page and the poll's page(s): every one accepted once
		const refusedOrRepeated = api().filter((q) => q.method === 'PUT').length - 60;
		expect(refusedOrRepeated).toBe(0);
		expect(api().length).toBeLessThanOrEqual(60 + 1 + 3);
	});

	it('Requests per Minute defaults to Zoho\'s 100 (over a 2 s window: 3 requests)', async () => {
		emu.setRateLimit(null);
		const started = Date.now();
		const r = await runNode({ type: 'zohoBilling', parameters: update, credentials: zohoCredentials(emu, { requestsPerMinute: undefined, budgetWindowSeconds: 2 }), items: items(7) });
		const ms = Date.now() - started;
		expect(r.error).toBeNull();
		expect(api()).toHaveLength(7);
		// 3, 3, then 1: the third window starts two windows after the first
		expect(ms).toBeGreaterThanOrEqual(4000);
		expect(ms).toBeLessThan(9000);
	});

	it('the daily limit (a 429 that speaks of a day) fails the run at once, and its unsent items unsent', async () => {
		// Zoho documents no exact wording for its daily cap: a 429 whose message speaks of a day is one
		emu.addFault({
			path: '/billing/v1/products/903000000045027',
			kind: 'status',
			status: 429,
			times: Infinity,
			body: { code: 45, message: 'You have exceeded the maximum number of API requests allowed per day for this organization.' },
		});
		const started = Date.now();
		// 5 requests per 10 s: the other 7 items would wait 10 s for the next window
		const r = await runNode({ type: 'zohoBilling', parameters: update, credentials: zohoBudget(emu, 5, 10_000), items: items(12), continueOnFail: true });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(ok(r)).toBe(0);
		expect(r.raw).toHaveLength(12);
		for (const item of r.raw) {
			expect(item.json.error).toBe('Zoho Billing error 429: You have exceeded the maximum number of API requests allowed per day for this organization. (Zoho code 45)');
		}
		// only the first window's five were sent: the other items failed without a request
		expect(api()).toHaveLength(5);
		// what the error says (a run that stops at the first error)
		const one = await runNode({ type: 'zohoBilling', parameters: update, credentials: zohoBudget(emu, 5, 10_000), items: items(1) });
		expect(one.error.description).toMatch(/^The daily request limit of this Zoho Billing account is used up, so the node did not wait: it lifts only hours later\. Nothing was changed\./);
	});
});

describe('JFramework: X-RateLimit-Limit / -Remaining / -Reset', () => {
	let emu;
	beforeAll(async () => {
		emu = await startJFrameworkEmulator();
	});
	afterAll(async () => {
		await emu.close();
	});
	const update = {
		resource: 'price',
		operation: 'update',
		priceId: byId(JFW_IDS.priceBasicMonthly),
		packageId: byId(JFW_IDS.pkgBasic),
		subscriptionTypeId: byId(JFW_IDS.stMonthly),
		code: 'B',
		name: '={{ "Basic " + $json.i }}',
		amount: 10,
		currency: 'USD',
	};

	it('a bulk run of 100 updates at 20 per 2 s: none refused', async () => {
		emu.setRateLimit({ limit: 20, windowMs: 2000 });
		const r = await runNode({ type: 'jFramework', parameters: update, credentials: jframeworkCredentials(emu), items: items(100), continueOnFail: true });
		expect(ok(r)).toBe(100);
		expect(emu.requests).toHaveLength(100);
	});

	it('a 429 whose reset is already past is waited out one window at a time (the window the resets showed), not in a loop', async () => {
		emu.setRateLimit(null);
		emu.clearRequests();
		emu.addFault({
			path: `/api/v1/prices/${JFW_IDS.priceBasicMonthly}`,
			kind: 'status',
			status: 429,
			times: 2,
			body: { success: false, statusCode: 429, message: 'The request failed.', data: null, errors: [{ code: 'RateLimitExceeded', message: 'Too many requests.' }] },
			headers: { 'X-RateLimit-Limit': '20', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) - 3600) },
		});
		const started = Date.now();
		const r = await runNode({ type: 'jFramework', parameters: update, credentials: jframeworkCredentials(emu), items: items(1) });
		const ms = Date.now() - started;
		expect(r.error).toBeNull();
		expect(emu.requests).toHaveLength(3);
		// two windows of about 2 s (the previous test's resets), not a tight loop and not a minute each
		expect(ms).toBeGreaterThanOrEqual(2 * 2000);
		expect(ms).toBeLessThan(16_000);
	});
});

describe('Hyperaze: no published limit, learnt from its 429s', () => {
	let emu;
	beforeAll(async () => {
		emu = await startHyperazeEmulator();
	});
	afterAll(async () => {
		await emu.close();
	});
	const create = { resource: 'checkout', operation: 'create', planId: byId('plan_monthly0000001'), stockType: 'Limited', stocks: '={{ $json.i + 1 }}' };
	const creates = () => emu.requests.filter((q) => q.method === 'POST');

	it('a cold bulk run at 20 per 2 s: a few refused while it learns (every item created once); the next run: none refused', async () => {
		emu.setRateLimit({ limit: 20, windowMs: 2000 });
		let r = await runNode({ type: 'hyperaze', parameters: create, credentials: hyperazeCredentials(emu), items: items(100), continueOnFail: true });
		expect(ok(r)).toBe(100);
		const stocks = emu.state.checkouts.all().filter((c) => c.id !== 'chk_demo0000000001').map((c) => c.stocks);
		expect(stocks.sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
		const coldRefused = creates().length - 100;
		expect(coldRefused).toBeLessThanOrEqual(30);
		emu.clearRequests();
		r = await runNode({ type: 'hyperaze', parameters: create, credentials: hyperazeCredentials(emu), items: items(100), continueOnFail: true });
		expect(ok(r)).toBe(100);
		expect(creates()).toHaveLength(100);
	});

	it('Retry-After: 0 on every 429 means one window between tries, within Max Wait on Rate Limit', async () => {
		emu.setRateLimit(null);
		emu.clearRequests();
		emu.addFault({ path: '/api/v1/checkouts/create', kind: 'status', status: 429, times: Infinity, headers: { 'Retry-After': '0' }, body: { error: 'rate_limited', message: 'Too many requests.' } });
		const started = Date.now();
		const r = await runNode({ type: 'hyperaze', parameters: { ...create, requestOptions: { maxRateLimitWait: 8 } }, credentials: hyperazeCredentials(emu), items: items(1) });
		expect(r.error.message).toMatch(/^Hyperaze error 429/);
		expect(r.error.description).toMatch(/Max Wait on Rate Limit, now 8 s/);
		// windows of 2 s (what the previous test's Retry-After showed), plus jitter: a handful of tries in 8 s, not dozens
		expect(creates().length).toBeGreaterThanOrEqual(2);
		expect(creates().length).toBeLessThanOrEqual(5);
		expect(Date.now() - started).toBeLessThan(15_000);
		emu.clearFaults();
	});
});
