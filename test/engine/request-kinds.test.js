'use strict';
/**
 * One request path per provider: whatever sends a request — an operation, a record picker's list
 * search, a polling trigger, the JFramework login — the https rule, the time bound and the
 * read-only retries behave the same. One table, every provider, every kind of request.
 * (The credential test, which n8n sends itself, is covered in test/e2e/credential-test.e2e.test.js.)
 */
const { runNode, runPoll, listSearchContext, nodeTypeOf } = require('../harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS, HYPERAZE_IDS } = require('../emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId } = require('../helpers');

/** A host that is not this machine: plain http to it must never carry a key. */
const REMOTE_HTTP = 'http://billing-proxy.example.invalid';

const PROVIDERS = {
	zoho: {
		start: startZohoEmulator,
		credentials: (emu, over) => zohoCredentials(emu, over),
		plainHttp: (emu) => zohoCredentials(emu, { oauthTokenData: { ...zohoCredentials(emu).zohoBillingOAuth2Api.oauthTokenData, api_domain: REMOTE_HTTP } }),
		readPath: '/billing/v1/products',
		node: { type: 'zohoBilling', parameters: () => ({ resource: 'product', operation: 'getAll', returnAll: true }) },
		write: { parameters: () => ({ resource: 'product', operation: 'create', name: 'New' }), path: '/billing/v1/products' },
		listSearch: { type: 'zohoBilling', method: 'searchProducts', parameters: { resource: 'product', operation: 'get' } },
		trigger: { type: 'zohoBillingEventsTrigger', parameters: { events: [] }, path: '/billing/v1/events' },
		seed: (emu) => emu.seed('products', [{ name: 'A' }]),
	},
	jframework: {
		start: startJFrameworkEmulator,
		credentials: (emu, over) => jframeworkCredentials(emu, over),
		plainHttp: (emu) => jframeworkCredentials(emu, { baseUrl: `${REMOTE_HTTP}/api` }),
		readPath: '/api/v1/packages',
		node: { type: 'jFramework', parameters: () => ({ resource: 'package', operation: 'getAll', returnAll: true }) },
		write: { parameters: () => ({ resource: 'coupon', operation: 'create', code: 'C1', name: 'C', startDate: '2026-01-01', endDate: '2026-12-31' }), path: '/api/v1/coupons' },
		listSearch: { type: 'jFramework', method: 'searchPackages', parameters: { resource: 'package', operation: 'get' } },
		trigger: { type: 'jFrameworkTrigger', parameters: { event: 'payment' }, path: '/api/v1/payments' },
		seed: () => {},
	},
	hyperaze: {
		start: startHyperazeEmulator,
		credentials: (emu, over) => hyperazeCredentials(emu, over),
		plainHttp: (emu) => hyperazeCredentials(emu, { baseUrl: `${REMOTE_HTTP}/api/v1` }),
		readPath: '/api/v1/checkouts/retrieve',
		node: { type: 'hyperaze', parameters: () => ({ resource: 'checkout', operation: 'get', checkoutId: byId(HYPERAZE_IDS.checkoutDemo) }) },
		write: { parameters: () => ({ resource: 'checkout', operation: 'create', planId: byId(HYPERAZE_IDS.planMonthly) }), path: '/api/v1/checkouts/create' },
		listSearch: { type: 'hyperaze', method: 'searchCheckouts', parameters: { resource: 'checkout', operation: 'get' }, path: '/api/v1/checkouts/list' },
		trigger: { type: 'hyperazeTrigger', parameters: { event: 'checkout' }, path: '/api/v1/checkouts/list' },
		seed: () => {},
	},
};

/** Each kind of request as a function of (provider, emulator, credentials, extra settings). */
const KINDS = {
	operation: {
		path: (p) => p.readPath,
		run: async (p, emu, credentials, { timeoutMs } = {}) => {
			const parameters = { ...p.node.parameters(), ...(timeoutMs ? { requestOptions: { timeout: timeoutMs } } : {}) };
			const r = await runNode({ type: p.node.type, parameters, credentials });
			return r.error;
		},
	},
	listSearch: {
		path: (p) => p.listSearch.path ?? p.readPath,
		run: async (p, emu, credentials, { timeoutMs } = {}) => {
			const parameters = { ...p.listSearch.parameters, ...(timeoutMs ? { requestOptions: { timeout: timeoutMs } } : {}) };
			const nodeType = await nodeTypeOf(p.listSearch.type);
			try {
				await nodeType.methods.listSearch[p.listSearch.method].call(await listSearchContext({ type: p.listSearch.type, credentials, parameters }));
				return null;
			} catch (error) {
				return error;
			}
		},
	},
	trigger: {
		path: (p) => p.trigger.path,
		run: async (p, emu, credentials, { timeoutMs } = {}) => {
			const options = timeoutMs ? { timeout: timeoutMs / 1000 } : {};
			const r = await runPoll({ type: p.trigger.type, parameters: { ...p.trigger.parameters, options }, credentials, mode: 'manual' });
			// "Fetch Test Event" on an empty account is an error of its own, not a request failure
			return r.error && /No .* found/.test(r.error.message) ? null : r.error;
		},
	},
};

/** The requests for the first page asked (a list may go on to further pages after it). */
const sentTo = (emu, path) => {
	const all = emu.requests.filter((q) => q.path === path);
	const first = all.length ? JSON.stringify(all[0].query) : '';
	return all.filter((q) => JSON.stringify(q.query) === first);
};

for (const [provider, p] of Object.entries(PROVIDERS)) {
	describe(`${provider}: every kind of request behaves the same`, () => {
		let emu;
		beforeAll(async () => {
			emu = await p.start();
		});
		afterAll(async () => emu.close());
		beforeEach(() => {
			emu.reset();
			p.seed(emu);
		});

		for (const [kind, k] of Object.entries(KINDS)) {
			it(`${kind}: refuses plain http to another machine before sending the key`, async () => {
				const error = await k.run(p, emu, p.plainHttp(emu));
				expect(error).not.toBeNull();
				expect(error.message).toMatch(/must start with https:\/\//);
				expect(error.description).toMatch(/Nothing was sent/);
				expect(emu.requests).toHaveLength(0);
			});

			it(`${kind}: a read that fails with a server error is sent again and succeeds`, async () => {
				emu.addFault({ path: k.path(p), kind: 'status', status: 503, times: 1, body: { message: 'busy' } });
				const error = await k.run(p, emu, p.credentials(emu));
				expect(error).toBeNull();
				expect(sentTo(emu, k.path(p))).toHaveLength(2);
			});

			it(`${kind}: a read that never answers fails within its time bound, after the same bounded retries`, async () => {
				emu.addFault({ path: k.path(p), kind: 'timeout', times: Infinity });
				const started = Date.now();
				const error = await k.run(p, emu, p.credentials(emu), { timeoutMs: 1000 });
				const elapsed = Date.now() - started;
				expect(error).not.toBeNull();
				expect(error.message).toMatch(/did not answer within 1 s/);
				// the first try and two repeats (the default), each bounded by the timeout, plus backoff
				expect(sentTo(emu, k.path(p))).toHaveLength(3);
				expect(elapsed).toBeLessThan(15_000);
			}, 30_000);
		}

		it('operation: a write that fails with a server error is never sent again', async () => {
			emu.addFault({ path: p.write.path, kind: 'status', status: 503, times: 1, body: { message: 'busy' } });
			const r = await runNode({ type: p.node.type, parameters: p.write.parameters(), credentials: p.credentials(emu) });
			expect(r.error.description).toMatch(/may or may not have carried it out/);
			expect(sentTo(emu, p.write.path)).toHaveLength(1);
		});
	});
}

describe('jframework: the login (Username and Password) is bounded and checked like every request', () => {
	let emu;
	beforeAll(async () => {
		emu = await startJFrameworkEmulator();
	});
	afterAll(async () => emu.close());
	beforeEach(() => emu.reset());

	const login = (over = {}) =>
		jframeworkCredentials(emu, { authentication: 'usernamePassword', authKey: '', username: 'owner', password: 'owner-password', ...over });
	const get = (credentials, extra = {}) =>
		runNode({ type: 'jFramework', parameters: { resource: 'license', operation: 'get', licenseId: byId(JFW_IDS.licenseActive), ...extra }, credentials });

	it('plain http to another machine: the password is never sent', async () => {
		const r = await get(login({ baseUrl: `${REMOTE_HTTP}/api` }));
		expect(r.error.message).toMatch(/must start with https:\/\//);
		expect(emu.requests).toHaveLength(0);
	});

	it('a login that hangs fails within the node\'s Timeout, not JFramework\'s', async () => {
		emu.addFault({ path: '/api/v1/users/auth', kind: 'timeout', times: Infinity });
		const started = Date.now();
		const r = await get(login(), { requestOptions: { timeout: 800 } });
		expect(r.error.message).toMatch(/did not answer within 0\.8 s/);
		expect(Date.now() - started).toBeLessThan(10_000);
		// a login is a POST: it is never repeated
		expect(emu.findRequests({ path: '/api/v1/users/auth' })).toHaveLength(1);
	}, 20_000);
});
