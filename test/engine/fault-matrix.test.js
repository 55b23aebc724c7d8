'use strict';
/**
 * Every fault mode against every node: for each provider a read (GET, may be sent again) and a
 * write (never sent twice), through n8n's engine against the emulators.
 */
const { runNode, loadPackage } = require('../harness/engine');
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
		errorWords: 'Internal error (correlation ID c-9) (JFramework code InternalError)',
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
		parameters: { ...p[kind].parameters, ...extra, requestOptions: { timeout: 1500, ...(extra.requestOptions ?? {}) } },
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
		['a 500 with the provider\'s body', (k) => ({ kind: 'status', status: 500, body: p.errorBody, method: k === 'read' ? 'GET' : 'POST' }), () => `${p.name} error 500: ${p.errorWords}`, null],
		['a 503 HTML page', (k) => ({ kind: 'html', status: 503, method: k === 'read' ? 'GET' : 'POST' }), () => `${p.name} answered HTTP 503 with an HTML page titled "503 Bad Gateway"`, null],
		['a dropped connection', (k) => ({ kind: 'reset', method: k === 'read' ? 'GET' : 'POST' }), () => `${p.name} could not be reached (the connection was cut)`, 'ECONNRESET'],
		['no answer (timeout)', (k) => ({ kind: 'timeout', method: k === 'read' ? 'GET' : 'POST' }), () => `${p.name} did not answer within 1.5 s`, '(ETIMEDOUT|ECONNABORTED)'],
	])('read: %s is sent again and succeeds; write: it is never sent twice and the outcome is called unknown', async (_label, fault, headline, networkCode) => {
		emu.addFault({ path: p.read.path, ...fault('read') });
		const read = await run(provider, 'read');
		expect(read.error).toBeNull();
		// the first page twice (the failed try and the repeat); a list may then read on to its end
		const reads = sent(provider, 'read');
		expect(reads.filter((q) => JSON.stringify(q.query) === JSON.stringify(reads[0].query))).toHaveLength(2);

		emu.clearRequests();
		emu.addFault({ path: p.write.path, ...fault('write') });
		const write = await run(provider, 'write');
		expect(write.error).not.toBeNull();
		expect(write.error.message).toBe(headline());
		expect(write.error.description).toMatch(new RegExp(`not repeated: ${p.name} may or may not have carried it out`));
		expect(write.error.description).not.toMatch(/Nothing was changed/);
		if (networkCode) expect(write.error.description).toMatch(new RegExp(`\\(Network error ${networkCode}\\.\\)$`));
		expect(sent(provider, 'write')).toHaveLength(1);
		expect(write.error.message).not.toMatch(/object Object/);
		assertNoSecrets(write.error);
	}, 20000);

	it('a 500 shows the provider\'s own words', async () => {
		emu.addFault({ path: p.read.path, kind: 'status', status: 500, body: p.errorBody, times: Infinity });
		const r = await run(provider, 'read', { requestOptions: { readRetries: 0 } });
		expect(r.error.message).toBe(`${p.name} error 500: ${p.errorWords}`);
	});

	it.each([['a malformed', 'malformed'], ['an empty', 'empty']])('read: %s 200 answer is a clear error that says nothing was changed', async (_label, kind) => {
		emu.addFault({ path: p.read.path, kind, times: Infinity });
		const r = await run(provider, 'read', { requestOptions: { readRetries: 0 } });
		expect(r.error).not.toBeNull();
		expect(r.error.message).toMatch(new RegExp(`^${p.name} answered HTTP 200 with `));
		expect(r.error.message).not.toMatch(/object Object|undefined/);
		expect(r.error.description).toMatch(/Nothing was changed/);
		expect(r.error.description).toMatch(/run the node again/);
	});

	it.each([['a malformed', 'malformed'], ['an empty', 'empty']])('write: %s 200 answer says the change was probably made, and is not repeated', async (_label, kind) => {
		emu.addFault({ path: p.write.path, method: 'POST', kind, times: Infinity });
		const w = await run(provider, 'write');
		expect(w.error.message).toMatch(new RegExp(`^${p.name} answered HTTP 200 with `));
		expect(w.error.message).not.toMatch(/object Object|undefined/);
		expect(w.error.description).toMatch(/the change was probably made\. The request was not repeated\. Check in/);
		expect(w.error.description).not.toMatch(/Nothing was changed/);
		expect(sent(provider, 'write')).toHaveLength(1);
		assertNoSecrets(w.error);
	});

	it('429 on a write: waits as the provider asks, then the write is sent once more and succeeds', async () => {
		emu.addFault({ path: p.write.path, method: 'POST', kind: 'status', status: 429, body: p.errorBody, headers: { 'retry-after': '1', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) } });
		const r = await run(provider, 'write');
		expect(r.error).toBeNull();
		expect(sent(provider, 'write')).toHaveLength(2);
	}, 20000);

	it('429 past the bound fails, says nothing was changed, and names settings that exist', async () => {
		emu.addFault({ path: p.write.path, kind: 'status', status: 429, times: Infinity, body: p.errorBody, headers: { 'retry-after': '30' } });
		const r = await run(provider, 'write', { requestOptions: { maxRateLimitWait: 5 } });
		expect(r.error.message).toMatch(new RegExp(`^${p.name} error 429`));
		expect(r.error.description).toMatch(/Nothing was changed\./);
		expect(r.error.description).toMatch(/Or allow a longer wait \(Request Options → Max Wait on Rate Limit, now 5 s\)/);
		expect(r.error.description).not.toMatch(/Batching/);
		expect(sent(provider, 'write')).toHaveLength(1);
		assertNoSecrets(r.error);
		// the advice may only send the user to settings the credential really has
		const loader = await loadPackage();
		const credentialType = loader.nodeTypes[p.type].type.description.credentials[0].name;
		const fields = loader.credentialTypes[credentialType].type.properties.map((f) => f.displayName);
		const named = [...r.error.description.matchAll(/credential's ((?:[A-Z][\w-]*)(?: (?:[A-Z][\w-]*|per|of|on|and))*)/g)].map((m) => m[1]);
		for (const setting of named) expect([setting, fields.includes(setting)]).toEqual([setting, true]);
	});

	it('a write the provider refused (4xx) says nothing was changed; a read that failed for good says to run again later', async () => {
		emu.addFault({ path: p.write.path, method: 'POST', kind: 'status', status: 400, body: p.errorBody });
		const w = await run(provider, 'write');
		expect(w.error.message).toMatch(new RegExp(`^${p.name} error 400: `));
		expect(w.error.description).toMatch(/ Nothing was changed\.$/);
		expect(sent(provider, 'write')).toHaveLength(1);
		emu.addFault({ path: p.read.path, method: 'GET', kind: 'reset', times: Infinity });
		const r = await run(provider, 'read', { requestOptions: { readRetries: 0 } });
		expect(r.error.message).toBe(`${p.name} could not be reached (the connection was cut)`);
		expect(r.error.description).toMatch(/^Nothing was changed; run the node again later\. \(Network error ECONNRESET\.\)$/);
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
