'use strict';
/**
 * Every fault mode against every node: for each provider a read (GET, may be sent again) and a
 * write (never sent twice), through n8n's engine against the emulators.
 */
const { runNode } = require('../harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId, assertNoSecrets } = require('../helpers');

let emulators;
beforeAll(async () => {
	const [zoho, jframework, hyperaze] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator()]);
	emulators = { zoho, jframework, hyperaze };
});
afterAll(async () => {
	await Promise.all(Object.values(emulators).map((e) => e.close()));
});

const PROVIDERS = {
	zoho: {
		name: 'Zoho Billing',
		type: 'zohoBilling',
		credentials: zohoCredentials,
		setup: (emu) => emu.seed('products', [{ name: 'A' }]),
		read: { path: '/billing/v1/products', parameters: { resource: 'product', operation: 'getAll', returnAll: true } },
		write: { path: '/billing/v1/products', parameters: { resource: 'product', operation: 'create', name: 'New' } },
		errorBody: { code: 1000, message: 'Internal error' },
		errorWords: 'Internal error (Zoho code 1000)',
	},
	jframework: {
		name: 'JFramework',
		type: 'jFramework',
		credentials: jframeworkCredentials,
		setup: () => {},
		read: { path: '/api/v1/licenses', parameters: { resource: 'license', operation: 'getAll', returnAll: true } },
		write: {
			path: '/api/v1/licenses/purchase/checkout-link',
			parameters: {
				resource: 'license',
				operation: 'createPurchaseCheckoutLink',
				packageId: byId(JFW_IDS.pkgBasic),
				subscriptionTypeId: byId(JFW_IDS.stMonthly),
				startDate: '2026-01-01',
				endDate: '2026-02-01',
			},
		},
		errorBody: { success: false, statusCode: 500, message: 'The request failed.', data: null, errors: [{ code: 'InternalError', message: 'Internal error', correlationId: 'c-9' }] },
		errorWords: 'Internal error [InternalError] (correlation ID c-9)',
	},
	hyperaze: {
		name: 'Hyperaze',
		type: 'hyperaze',
		credentials: hyperazeCredentials,
		setup: () => {},
		read: { path: '/api/v1/checkouts/list', parameters: { resource: 'checkout', operation: 'getAll', returnAll: true } },
		write: { path: '/api/v1/checkouts/create', parameters: { resource: 'checkout', operation: 'create', planId: byId('plan_monthly0000001') } },
		errorBody: { error: 'internal', message: 'Internal error' },
		errorWords: 'Internal error (internal)',
	},
};

const run = (provider, kind, extra = {}) => {
	const p = PROVIDERS[provider];
	const emu = emulators[provider];
	return runNode({
		type: p.type,
		parameters: { ...p[kind].parameters, requestOptions: { timeout: 1500 }, ...extra },
		credentials: p.credentials(emu),
	});
};
const sent = (provider, kind) =>
	emulators[provider].requests.filter((q) => q.path === PROVIDERS[provider][kind].path);

describe.each(Object.keys(PROVIDERS))('%s', (provider) => {
	const p = PROVIDERS[provider];
	let emu;
	beforeEach(() => {
		emu = emulators[provider];
		emu.reset();
		p.setup(emu);
		emu.clearRequests();
	});

	it.each([
		['a 500 with the provider\'s body', (k) => ({ kind: 'status', status: 500, body: p.errorBody, method: k === 'read' ? 'GET' : 'POST' })],
		['a 503 HTML page', (k) => ({ kind: 'html', status: 503, method: k === 'read' ? 'GET' : 'POST' })],
		['a dropped connection', (k) => ({ kind: 'reset', method: k === 'read' ? 'GET' : 'POST' })],
		['no answer (timeout)', (k) => ({ kind: 'timeout', method: k === 'read' ? 'GET' : 'POST' })],
	])('read: %s is sent again and succeeds; write: it is never sent twice and the outcome is called unknown', async (_label, fault) => {
		emu.addFault({ path: p.read.path, ...fault('read') });
		const read = await run(provider, 'read');
		expect(read.error).toBeNull();
		expect(sent(provider, 'read')).toHaveLength(2);

		emu.clearRequests();
		emu.addFault({ path: p.write.path, ...fault('write') });
		const write = await run(provider, 'write');
		expect(write.error).not.toBeNull();
		expect(write.error.description).toMatch(new RegExp(`not repeated: ${p.name} may or may not have carried it out`));
		expect(sent(provider, 'write')).toHaveLength(1);
		expect(write.error.message).not.toMatch(/object Object/);
		assertNoSecrets(write.error);
	}, 20000);

	it('a 500 shows the provider\'s own words', async () => {
		emu.addFault({ path: p.read.path, kind: 'status', status: 500, body: p.errorBody, times: Infinity });
		const r = await run(provider, 'read', { retryOptions: { readRetries: 0 } });
		expect(r.error.message).toBe(`${p.name} error 500: ${p.errorWords}`);
	});

	it('malformed JSON and an empty body are clear errors', async () => {
		for (const kind of ['malformed', 'empty']) {
			emu.clearFaults();
			emu.addFault({ path: p.read.path, kind, times: Infinity });
			const r = await run(provider, 'read', { retryOptions: { readRetries: 0 } });
			expect(r.error).not.toBeNull();
			expect(r.error.message).toMatch(new RegExp(`^${p.name} answered`));
			expect(r.error.message).not.toMatch(/object Object|undefined/);
		}
	});

	it('429 on a write: waits as the provider asks, then the write is sent once more and succeeds', async () => {
		emu.addFault({ path: p.write.path, method: 'POST', kind: 'status', status: 429, body: p.errorBody, headers: { 'retry-after': '1', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) } });
		const r = await run(provider, 'write');
		expect(r.error).toBeNull();
		expect(sent(provider, 'write')).toHaveLength(2);
	}, 20000);

	it('429 past the bound fails and says how to space requests', async () => {
		emu.addFault({ path: p.write.path, kind: 'status', status: 429, times: Infinity, body: p.errorBody, headers: { 'retry-after': '30' } });
		const r = await run(provider, 'write', { retryOptions: { maxRateLimitWait: 5 } });
		expect(r.error.message).toMatch(new RegExp(`^${p.name} error 429`));
		expect(r.error.description).toMatch(/Batching/);
		expect(sent(provider, 'write')).toHaveLength(1);
	});

	it('continue on fail pairs one clear error item with each failed input item', async () => {
		emu.addFault({ path: p.write.path, kind: 'status', status: 500, body: p.errorBody, times: 1 });
		const r = await runNode({
			type: p.type,
			parameters: p.write.parameters,
			credentials: p.credentials(emu),
			items: [{}, {}, {}],
			continueOnFail: true,
		});
		expect(r.error).toBeNull();
		expect(r.raw).toHaveLength(3);
		expect(r.raw.filter((i) => i.json.error)).toHaveLength(1);
		expect(r.raw.map((i) => i.pairedItem.item).sort()).toEqual([0, 1, 2]);
	});
});
