'use strict';
/**
 * Errors as users read them, on every request path of the provider clients:
 *  - a secret of the credential that the provider echoes back (in a JSON, HTML or text body, as is,
 *    URL-encoded or base64) never reaches an error or an output;
 *  - no provider code or word makes n8n replace the headline with one of its network sentences,
 *    even when n8n rebuilds the error (as it does when the node's n8n-workflow is another copy);
 *  - the advice is true for the failure at hand (an unreadable answer to a write, a credential
 *    that cannot be renewed).
 */
const { NodeApiError } = require('n8n-workflow');
const { runNode, runPoll, listSearchContext, nodeTypeOf } = require('../harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS, HYPERAZE_IDS } = require('../emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId } = require('../helpers');
const CODES = require('../fixtures/provider-error-codes.json');

/** Every form in which a secret could come back. */
function forms(secret) {
	const b64 = Buffer.from(secret).toString('base64');
	return [secret, encodeURIComponent(secret), b64, b64.replace(/=+$/, ''), Buffer.from(`client:${secret}`).toString('base64')];
}

/** All strings of a value, errors' own (non-enumerable) fields included. */
function strings(value, out = [], seen = new Set(), depth = 0) {
	if (value === null || value === undefined || depth > 14) return out;
	if (typeof value === 'string') return out.push(value), out;
	if (typeof value !== 'object' || seen.has(value)) return out;
	seen.add(value);
	for (const key of Object.getOwnPropertyNames(value)) {
		if (key === 'node' || key === 'workflow') continue;
		let child;
		try {
			child = value[key];
		} catch {
			continue;
		}
		strings(child, out, seen, depth + 1);
	}
	return out;
}

function leaks(value, secrets) {
	const all = strings(value);
	const found = [];
	for (const secret of secrets) for (const form of forms(secret)) if (all.some((s) => s.includes(form))) found.push(form);
	return found;
}

const PROVIDERS = {
	zoho: {
		start: startZohoEmulator,
		credentials: zohoCredentials,
		secrets: ['zoho-access-token', 'zoho-refresh-token', 'zoho-client-secret'],
		read: { parameters: { resource: 'product', operation: 'getAll', returnAll: true }, path: '/billing/v1/products', method: 'GET' },
		write: { parameters: { resource: 'product', operation: 'create', name: 'New' }, path: '/billing/v1/products', method: 'POST' },
		type: 'zohoBilling',
		listSearch: { method: 'searchProducts', parameters: { resource: 'product', operation: 'get' } },
		trigger: { type: 'zohoBillingEventsTrigger', parameters: { events: [], options: {} }, path: '/billing/v1/events' },
		jsonBody: (text) => ({ code: 57, message: text }),
	},
	jframework: {
		start: startJFrameworkEmulator,
		credentials: jframeworkCredentials,
		secrets: ['jfw-auth-key'],
		read: { parameters: { resource: 'package', operation: 'getAll', returnAll: true }, path: '/api/v1/packages', method: 'GET' },
		write: { parameters: { resource: 'coupon', operation: 'create', code: 'C1', name: 'C', startDate: '2026-01-01', endDate: '2026-12-31' }, path: '/api/v1/coupons', method: 'POST' },
		type: 'jFramework',
		listSearch: { method: 'searchPackages', parameters: { resource: 'package', operation: 'get' } },
		trigger: { type: 'jFrameworkTrigger', parameters: { event: 'payment', options: {} }, path: '/api/v1/payments' },
		jsonBody: (text) => ({ success: false, statusCode: 401, message: 'The request failed.', data: null, errors: [{ code: 'Unauthorized', message: text, correlationId: 'c-1' }] }),
	},
	hyperaze: {
		start: startHyperazeEmulator,
		credentials: hyperazeCredentials,
		secrets: ['hz-test-key'],
		read: { parameters: { resource: 'checkout', operation: 'get', checkoutId: byId(HYPERAZE_IDS.checkoutDemo) }, path: '/api/v1/checkouts/retrieve', method: 'GET' },
		write: { parameters: { resource: 'checkout', operation: 'create', planId: byId(HYPERAZE_IDS.planMonthly) }, path: '/api/v1/checkouts/create', method: 'POST' },
		type: 'hyperaze',
		listSearch: { method: 'searchCheckouts', parameters: { resource: 'checkout', operation: 'get' } },
		trigger: { type: 'hyperazeTrigger', parameters: { event: 'checkout', options: {} }, path: '/api/v1/checkouts/list' },
		jsonBody: (text) => ({ error: 'unauthorized', message: text }),
	},
};

for (const [provider, p] of Object.entries(PROVIDERS)) {
	describe(`${provider}: secrets the provider echoes back`, () => {
		let emu;
		beforeAll(async () => {
			emu = await p.start();
		});
		afterAll(async () => emu.close());
		beforeEach(() => emu.reset());

		const echo = () => p.secrets.flatMap((s) => forms(s)).join(' | ');
		const bodies = () => [
			{ kind: 'status', status: 400, body: p.jsonBody(`Rejected key ${echo()}`) },
			{ kind: 'status', status: 401, body: p.jsonBody(`Invalid token ${echo()}`) },
			{ kind: 'status', status: 500, body: p.jsonBody(`Crash while handling Authorization: Bearer ${echo()}`) },
			{ kind: 'status', status: 502, headers: { 'content-type': 'text/html' }, body: `<html><title>Bad gateway for ${echo()}</title></html>` },
			{ kind: 'status', status: 503, headers: { 'content-type': 'text/plain' }, body: `upstream said: token=${echo()}` },
		];

		it('never reach an error of an operation (read or write) nor the run data', async () => {
			for (const op of [p.read, p.write]) {
				for (const fault of bodies()) {
					emu.reset();
					emu.addFault({ path: op.path, method: op.method, times: Infinity, ...fault });
					const r = await runNode({ type: p.type, parameters: { ...op.parameters, requestOptions: { readRetries: 0 } }, credentials: p.credentials(emu) });
					expect(r.error).not.toBeNull();
					expect([op.method, fault.status, leaks(r.error, p.secrets)]).toEqual([op.method, fault.status, []]);
					expect([op.method, fault.status, leaks(r.run, p.secrets)]).toEqual([op.method, fault.status, []]);
				}
			}
		});

		it('never reach an error of a list search or a trigger', async () => {
			const nodeType = await nodeTypeOf(p.type);
			for (const fault of bodies()) {
				emu.reset();
				emu.addFault({ times: Infinity, ...fault });
				let error;
				try {
					await nodeType.methods.listSearch[p.listSearch.method].call(
						await listSearchContext({ type: p.type, credentials: p.credentials(emu), parameters: p.listSearch.parameters }),
					);
				} catch (e) {
					error = e;
				}
				expect(error).toBeDefined();
				expect(leaks(error, p.secrets)).toEqual([]);
				const poll = await runPoll({ type: p.trigger.type, parameters: p.trigger.parameters, credentials: p.credentials(emu), mode: 'manual' });
				expect(poll.error).not.toBeNull();
				expect(leaks(poll.error, p.secrets)).toEqual([]);
			}
		}, 60_000);

		it('never reach an output when a successful answer echoes them', async () => {
			emu.addFault({ path: p.read.path, method: 'GET', kind: 'status', status: 200, body: provider === 'jframework'
				? { success: true, statusCode: 200, message: '', data: [{ id: 'x', name: echo() }], errors: [] }
				: provider === 'zoho'
					? { code: 0, message: 'success', products: [{ product_id: '1', name: echo() }], page_context: { has_more_page: false } }
					: { id: HYPERAZE_IDS.checkoutDemo, note: echo() } });
			const r = await runNode({ type: p.type, parameters: p.read.parameters, credentials: p.credentials(emu) });
			expect(r.error).toBeNull();
			expect(r.items.length).toBeGreaterThan(0);
			expect(leaks(r.items, p.secrets)).toEqual([]);
		});
	});
}

/** n8n's network sentences, which must never stand in for a provider's words. */
const N8N_SENTENCES = /connection cannot be established|refused the connection|connection to the server was closed|connection timed out|port is already occupied|address is not available|connection was aborted|host is unreachable|DNS server returned an error|file or directory|directory path|Forbidden by access permissions|already exists$|Operation not permitted|closed the connection unexpectedly/;

describe('no provider code makes n8n replace the headline', () => {
	let jfw;
	let zoho;
	beforeAll(async () => {
		[jfw, zoho] = await Promise.all([startJFrameworkEmulator(), startZohoEmulator()]);
	});
	afterAll(async () => Promise.all([jfw.close(), zoho.close()]));

	/** What n8n's routing does with an error that is not its own NodeApiError (another copy of n8n-workflow). */
	const rebuilt = (error) => new NodeApiError({ name: 'Node', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} }, { message: error.message, description: error.description }, { message: error.message, description: error.description, httpCode: 'none' });

	it('JFramework: every documented error code, as the headline is shown and as n8n rebuilds it', async () => {
		for (const code of CODES.jframework) {
			jfw.reset();
			jfw.addFault({ path: `/api/v1/licenses/${JFW_IDS.licenseActive}`, kind: 'status', status: 404, body: { success: false, statusCode: 404, message: 'The request failed.', data: null, errors: [{ code, message: 'Not found here.', correlationId: 'c-7' }] } });
			const r = await runNode({ type: 'jFramework', parameters: { resource: 'license', operation: 'get', licenseId: byId(JFW_IDS.licenseActive) }, credentials: jframeworkCredentials(jfw) });
			expect([code, r.error.message]).toEqual([code, expect.stringMatching(/^JFramework error 404: Not found here\./)]);
			expect(`${r.error.message} ${r.error.description}`).toContain(String(code));
			expect(rebuilt(r.error).message).toBe(r.error.message);
			expect(r.error.httpCode).toBe('404');
		}
	});

	it('Zoho Billing: messages that contain an n8n network code keep a readable headline', async () => {
		for (const message of CODES.zohoMessages) {
			zoho.reset();
			zoho.addFault({ path: '/billing/v1/products', kind: 'status', status: 400, body: { code: 4000, message } });
			const r = await runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation: 'getAll', returnAll: true }, credentials: zohoCredentials(zoho) });
			expect(r.error.message).not.toMatch(N8N_SENTENCES);
			expect(rebuilt(r.error).message).toBe(r.error.message);
			expect(`${r.error.message} ${r.error.description}`).toContain(message);
		}
	});

	it('network failures keep the provider\'s name in the headline', async () => {
		jfw.reset();
		jfw.addFault({ path: '/api/v1/packages', kind: 'reset', times: Infinity });
		const r = await runNode({ type: 'jFramework', parameters: { resource: 'package', operation: 'getAll', returnAll: true, requestOptions: { readRetries: 0 } }, credentials: jframeworkCredentials(jfw) });
		expect(r.error.message).toBe('JFramework could not be reached (the connection was cut)');
		expect(rebuilt(r.error).message).toBe(r.error.message);
		expect(r.error.description).toMatch(/ECONNRESET/);
	});
});

describe('the advice is true for the failure at hand', () => {
	let zoho;
	beforeAll(async () => {
		zoho = await startZohoEmulator();
	});
	afterAll(async () => zoho.close());
	beforeEach(() => zoho.reset());

	it('a create whose 200 answer is cut off says the change was probably made and must be checked', async () => {
		zoho.addFault({ method: 'POST', path: '/billing/v1/products', kind: 'malformed' });
		const r = await runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation: 'create', name: 'Cut' }, credentials: zohoCredentials(zoho) });
		expect(r.error.message).toMatch(/^Zoho Billing answered HTTP 200 with/);
		expect(r.error.description).toMatch(/probably made/);
		expect(r.error.description).toMatch(/not repeated/);
		expect(r.error.description).not.toMatch(/check the values/i);
		expect(zoho.findRequests({ method: 'POST', path: '/billing/v1/products' })).toHaveLength(1);
	});

	it('a read whose answer is cut off says nothing was changed', async () => {
		zoho.addFault({ method: 'GET', path: '/billing/v1/products', kind: 'malformed', times: Infinity });
		const r = await runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation: 'getAll', returnAll: true }, credentials: zohoCredentials(zoho) });
		expect(r.error.description).toMatch(/Nothing was changed/);
	});

	it('a token that cannot be renewed (Zoho refuses the refresh token) says nothing was done and to reconnect the credential', async () => {
		// Zoho refuses the expired token, and its token endpoint refuses the revoked refresh token (HTTP 200, {"error":"invalid_code"})
		zoho.addFault({ path: '/billing/v1/products', kind: 'status', status: 401, times: Infinity, body: { code: 57, message: 'You are not authorized to perform this operation' } });
		const credentials = zohoCredentials(zoho, {
			oauthTokenData: { ...zohoCredentials(zoho).zohoBillingOAuth2Api.oauthTokenData, refresh_token: 'revoked-refresh-token' },
		});
		const r = await runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation: 'create', name: 'X' }, credentials });
		expect(r.error).not.toBeNull();
		expect(`${r.error.message} ${r.error.description}`).toMatch(/credential/);
		expect(r.error.description).toMatch(/Nothing was changed/);
		expect(r.error.description).toMatch(/reconnect/i);
		expect(r.error.description).not.toMatch(/may or may not/);
		// the 401 refused the write, so n8n's one retry after its token refresh is safe; nothing more is sent
		expect(zoho.findRequests({ method: 'POST', path: '/billing/v1/products' })).toHaveLength(2);
	});
});
