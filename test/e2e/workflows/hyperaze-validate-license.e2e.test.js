'use strict';
// The shipped example examples/hyperaze-validate-license-webhook.json in a real n8n 2.40.7:
// imported as the README says, then (with a credential and a product filled in) published and
// called over HTTP the way a desktop app would, against the Hyperaze emulator.

const fs = require('node:fs');
const path = require('node:path');
const { ensureN8n, createInstance, freePort } = require('../n8n');
const { startHyperazeEmulator, HYPERAZE_IDS } = require('../../emulators');
const { HYPERAZE_LICENSE_KEYS: KEYS, HYPERAZE_BOUND_HWID } = require('../../emulators/hyperaze');

jest.setTimeout(15 * 60_000);

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'examples', 'hyperaze-validate-license-webhook.json');
const WORKFLOW_ID = 'wfHzLicense0001';
const CREDENTIAL = { id: 'credHyperaze001', name: 'Hyperaze account' };
const HOOK = 'hyperaze/validate-license';

describe('example: Hyperaze license check webhook (real n8n)', () => {
	let n8n;
	let emu;
	let server;

	beforeAll(async () => {
		ensureN8n();
		emu = await startHyperazeEmulator();
		n8n = await createInstance({ packageDir: ROOT });
	});

	afterAll(async () => {
		if (server) await server.stop();
		if (n8n) await n8n.cleanup();
		if (emu) await emu.close();
	});

	it('imports as shipped with n8n import:workflow (the README\'s command)', async () => {
		const r = await n8n.cli(['import:workflow', `--input=${EXAMPLE}`]);
		expect(r.stdout + r.stderr).toMatch(/Successfully imported 1 workflow/);
	});

	it('answers the app: 200 { valid: true } for a good key, 403 { valid: false, reason } otherwise', async () => {
		const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
		const hyperaze = example.nodes.find((n) => n.type === 'n8n-nodes-subscription-billing.hyperaze');
		hyperaze.parameters.productId = { __rl: true, mode: 'id', value: HYPERAZE_IDS.productDemo };
		hyperaze.credentials = { hyperazeApi: CREDENTIAL };
		await n8n.importCredentials([{ ...CREDENTIAL, type: 'hyperazeApi', data: { apiKey: emu.credentials.apiKey, baseUrl: `${emu.url}/api/v1` } }]);
		await n8n.importWorkflows([{ ...example, id: WORKFLOW_ID }]); // a second copy, next to the one imported as shipped
		await n8n.publishWorkflows([WORKFLOW_ID]);
		server = await n8n.start({ port: await freePort() });

		const post = (body) => server.webhook(HOOK, { method: 'POST', body });

		let r = await post({ license_key: KEYS.active, hwid: 'LAPTOP-1' });
		expect([r.status, r.body]).toEqual([200, { valid: true, reason: null }]);
		const [sent] = emu.findRequests({ method: 'POST', path: '/api/v1/memberships/validate_license_key' });
		expect(sent.body).toEqual({ license_key: KEYS.active, product_id: HYPERAZE_IDS.productDemo, metadata: { hwid: 'LAPTOP-1' } });
		expect(sent.headers.authorization).toBe(`Bearer ${emu.credentials.apiKey}`);

		r = await post({ license_key: KEYS.active, hwid: 'LAPTOP-1' });
		expect([r.status, r.body]).toEqual([200, { valid: true, reason: null }]);
		r = await post({ license_key: KEYS.active, hwid: 'SOMEONE-ELSES-PC' });
		expect([r.status, r.body]).toEqual([403, { valid: false, reason: 'The license key is bound to another device.' }]);
		r = await post({ license_key: KEYS.bound, hwid: HYPERAZE_BOUND_HWID });
		expect([r.status, r.body]).toEqual([200, { valid: true, reason: null }]);
		r = await post({ license_key: 'NOT-A-REAL-KEY', hwid: 'LAPTOP-1' });
		expect([r.status, r.body]).toEqual([403, { valid: false, reason: 'The license key is invalid.' }]);
		r = await post({ license_key: KEYS.pro, hwid: 'LAPTOP-1' });
		expect([r.status, r.body]).toEqual([403, { valid: false, reason: 'The license key is not valid for this product.' }]);
		r = await post({ license_key: KEYS.cancelled });
		expect([r.status, r.body]).toEqual([403, { valid: false, reason: 'The membership of this license key is cancelled.' }]);
		const before = emu.requests.length;
		r = await post({ hwid: 'LAPTOP-1' });
		expect([r.status, r.body]).toEqual([403, { valid: false, reason: 'License Key: a value is required' }]);
		expect(emu.requests.length).toBe(before); // nothing sent for a missing key
	});

	it('when Hyperaze cannot be asked, the app gets an error, not "invalid"', async () => {
		emu.addFault({ path: '/api/v1/memberships/validate_license_key', kind: 'status', status: 503, body: { message: 'Down for maintenance' } });
		const r = await server.webhook(HOOK, { method: 'POST', body: { license_key: KEYS.active, hwid: 'LAPTOP-1' } });
		expect(r.status).toBeGreaterThanOrEqual(500);
		expect(r.body?.valid).toBeUndefined();
	});
});
