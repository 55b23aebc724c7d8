'use strict';
/** The shared sending policy: rate limits, server faults, broken answers (all three providers). */
const { runNode } = require('../harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId, fromList } = require('../helpers');

let zoho;
let jfw;
let hz;
beforeAll(async () => {
	[zoho, jfw, hz] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator()]);
});
afterAll(async () => {
	await Promise.all([zoho.close(), jfw.close(), hz.close()]);
});
beforeEach(() => {
	for (const emu of [zoho, jfw, hz]) emu.reset();
});

const zohoRun = (operation, parameters = {}, extra = {}) =>
	runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation, ...parameters }, credentials: zohoCredentials(zoho), ...extra });
const zohoApi = () => zoho.requests.filter((r) => r.path.startsWith('/billing/v1'));

describe('429: wait as the provider asks, then send again, within the bound the user sets', () => {
	it('Zoho (no headers): backs off and succeeds on the next try', async () => {
		zoho.seed('products', [{ name: 'A' }]);
		zoho.addFault({ method: 'GET', path: '/billing/v1/products', kind: 'status', status: 429, body: { code: 44, message: 'Too many requests' } });
		const started = Date.now();
		const r = await zohoRun('getAll', { returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(1);
		expect(zohoApi()).toHaveLength(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
	});

	it('a write refused with 429 is sent again (the provider did nothing), exactly once more', async () => {
		zoho.addFault({ method: 'POST', path: '/billing/v1/products', kind: 'status', status: 429, body: { code: 44, message: 'Too many requests' } });
		const r = await zohoRun('create', { name: 'Once' });
		expect(r.error).toBeNull();
		expect(zoho.state.products.length ?? zoho.state.products.size).toBe(1);
		expect(zohoApi().filter((q) => q.method === 'POST')).toHaveLength(2);
	});

	it('past the bound it fails with the provider\'s words, its advice, and the bound to raise', async () => {
		zoho.addFault({ path: '/billing/v1/products', kind: 'status', status: 429, times: Infinity, body: { code: 44, message: 'For security reasons you have been blocked for some time' } });
		const r = await zohoRun('getAll', { returnAll: true, requestOptions: { maxRateLimitWait: 0 } });
		expect(r.error.message).toBe('Zoho Billing error 429: For security reasons you have been blocked for some time (Zoho code 44)');
		expect(r.error.description).toMatch(/^Zoho allows 100 requests a minute per organization/);
		expect(r.error.description).toMatch(/Nothing was changed\. Or allow a longer wait \(Request Options → Max Wait on Rate Limit, now 0 s\)\.$/);
		expect(r.error.description).not.toMatch(/Batching/);
		expect(zohoApi()).toHaveLength(1);
	});

	it('JFramework: the X-RateLimit headers pace the run: the second item waits for the reset instead of being refused', async () => {
		jfw.setRateLimit({ limit: 1, windowMs: 1500 });
		const started = Date.now();
		const params = {
			resource: 'license',
			operation: 'createPurchaseCheckoutLink',
			packageId: fromList(JFW_IDS.pkgBasic),
			subscriptionTypeId: byId(JFW_IDS.stMonthly),
			startDate: '2026-01-01',
			endDate: '2026-02-01',
		};
		const r = await runNode({ type: 'jFramework', parameters: params, credentials: jframeworkCredentials(jfw), items: [{}, {}] });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(2);
		// each item sent once: no 429 to repeat
		expect(jfw.requests.filter((q) => q.method === 'POST')).toHaveLength(2);
		expect(Date.now() - started).toBeGreaterThanOrEqual(900);
	});
});

describe('server errors and dropped connections', () => {
	it('a read is sent again (bounded) and succeeds', async () => {
		zoho.seed('products', [{ name: 'A' }]);
		zoho.addFault({ method: 'GET', path: '/billing/v1/products', kind: 'status', status: 503, times: 1, body: { code: 1000, message: 'Internal error' } });
		zoho.addFault({ method: 'GET', path: '/billing/v1/products', kind: 'reset', times: 1 });
		const r = await zohoRun('getAll', { returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(1);
		expect(zohoApi()).toHaveLength(3);
	});

	it('reads stop retrying at the bound the user sets', async () => {
		zoho.addFault({ method: 'GET', path: '/billing/v1/products', kind: 'status', status: 500, times: Infinity, body: { code: 1000, message: 'Internal error' } });
		const r = await zohoRun('getAll', { returnAll: true, requestOptions: { readRetries: 1 } });
		expect(r.error.message).toBe('Zoho Billing error 500: Internal error (Zoho code 1000)');
		expect(r.error.description).toMatch(/Nothing was changed/);
		expect(zohoApi()).toHaveLength(2);
	});

	it('a write that failed with 500, a reset or a cut connection is never sent again, and says the outcome is unknown', async () => {
		for (const fault of [{ kind: 'status', status: 500, body: { code: 1000, message: 'Internal error' } }, { kind: 'reset' }]) {
			zoho.reset();
			zoho.addFault({ method: 'POST', path: '/billing/v1/products', ...fault });
			const r = await zohoRun('create', { name: 'Maybe' });
			expect(r.error).not.toBeNull();
			expect(r.error.description).toMatch(/not repeated: Zoho Billing may or may not have carried it out/);
			expect(zohoApi().filter((q) => q.method === 'POST')).toHaveLength(1);
		}
		hz.addFault({ method: 'POST', path: '/api/v1/checkouts/create', kind: 'status', status: 503, body: { error: 'unavailable', message: 'Service unavailable' } });
		const r = await runNode({
			type: 'hyperaze',
			parameters: { resource: 'checkout', operation: 'create', planId: byId('plan_monthly0000001') },
			credentials: hyperazeCredentials(hz),
		});
		expect(r.error.message).toBe('Hyperaze error 503: Service unavailable (unavailable)');
		expect(r.error.description).toMatch(/may or may not have carried it out/);
		expect(hz.requests).toHaveLength(1);
	});

	it('a timeout on a write is reported as unknown outcome, not retried', async () => {
		zoho.addFault({ method: 'POST', path: '/billing/v1/products', kind: 'timeout' });
		// the node's own Request Options → Timeout bounds the wait
		const withTimeout = await runNode({
			type: 'zohoBilling',
			parameters: { resource: 'product', operation: 'create', name: 'Slow', requestOptions: { timeout: 500 } },
			credentials: zohoCredentials(zoho),
		});
		expect(withTimeout.error.message).toBe('Zoho Billing did not answer within 0.5 s');
		expect(withTimeout.error.description).toMatch(/^The request changes data, so it was not repeated: Zoho Billing may or may not have carried it out\. Check in Zoho Billing before running the node again\./);
		expect(withTimeout.error.description).not.toMatch(/Nothing was changed/);
		expect(zohoApi().filter((q) => q.method === 'POST')).toHaveLength(1);
	}, 20000);

	it('a timeout on a read (past the retries) says nothing was changed and how to allow more time', async () => {
		zoho.addFault({ method: 'GET', path: '/billing/v1/products', kind: 'timeout', times: Infinity });
		const r = await zohoRun('getAll', { returnAll: true, requestOptions: { timeout: 500, readRetries: 0 } });
		expect(r.error.message).toBe('Zoho Billing did not answer within 0.5 s');
		expect(r.error.description).toMatch(/^Nothing was changed; run the node again later, or allow more time \(Request Options → Timeout\)\./);
		expect(zohoApi()).toHaveLength(1);
	}, 20000);

	it('a cut connection reads as words in the headline, with the network code at the end of the description', async () => {
		zoho.addFault({ method: 'GET', path: '/billing/v1/products', kind: 'reset', times: Infinity });
		let r = await zohoRun('getAll', { returnAll: true, requestOptions: { readRetries: 0 } });
		expect(r.error.message).toBe('Zoho Billing could not be reached (the connection was cut)');
		expect(r.error.description).toMatch(/^Nothing was changed; run the node again later\./);
		expect(r.error.description).toMatch(/\(Network error ECONNRESET\.\)$/);
		zoho.clearRequests();
		zoho.addFault({ method: 'POST', path: '/billing/v1/products', kind: 'reset' });
		r = await zohoRun('create', { name: 'Maybe' });
		expect(r.error.message).toBe('Zoho Billing could not be reached (the connection was cut)');
		expect(r.error.description).toMatch(/may or may not have carried it out/);
		expect(r.error.description).toMatch(/\(Network error ECONNRESET\.\)$/);
		expect(zohoApi().filter((q) => q.method === 'POST')).toHaveLength(1);
	});
});

describe('broken answers become clear errors, never a crash or [object Object]', () => {
	it.each([
		['malformed JSON', { kind: 'malformed' }, /^Zoho Billing answered HTTP 200 with .* instead of JSON$/],
		['an empty body', { kind: 'empty' }, /^Zoho Billing answered HTTP 200 with an empty body instead of JSON$/],
		['an HTML page', { kind: 'html', status: 503 }, /Zoho Billing answered HTTP 503 with an HTML page/],
	])('%s', async (_label, fault, message) => {
		zoho.seed('products', [{ name: 'A' }]);
		zoho.addFault({ method: 'GET', path: '/billing/v1/products', times: Infinity, ...fault });
		const r = await zohoRun('getAll', { returnAll: true, requestOptions: { readRetries: 0 } });
		expect(r.error.message).toMatch(message);
		expect(r.error.message).not.toMatch(/object Object/);
	});

	it('a list whose page 3 fails fails as a whole: no partial set', async () => {
		zoho.seed('products', Array.from({ length: 500 }, (_, i) => ({ name: `P${i}` })));
		zoho.addFault({
			method: 'GET',
			path: '/billing/v1/products',
			when: (req) => req.query.page === '3',
			times: Infinity,
			kind: 'status',
			status: 500,
			body: { code: 1000, message: 'Internal error' },
		});
		const r = await zohoRun('getAll', { returnAll: true, requestOptions: { readRetries: 1 } });
		expect(r.error.message).toBe('Zoho Billing error 500: Internal error (Zoho code 1000)');
		expect(r.items).toEqual([]);
		expect(zohoApi().map((q) => q.query.page)).toEqual(['1', '2', '3', '3']);
	});
});
