'use strict';
// The package on both n8n lines users run: n8n 2.40.7 (Node 24) and n8n 1.123.69 (the machine's
// Node 20). For each line, the built package is installed as a community package into that n8n, and:
//  - n8n reports the expected version;
//  - every node type and every credential type named in package.json's n8n block is loaded by that
//    n8n (read back from the running instance: GET /types/nodes.json and /types/credentials.json,
//    the lists the editor gets), with the package's prefix for nodes;
//  - the three credentials are imported with n8n's CLI, and a workflow per regular node runs its
//    main operations with `n8n execute` against the emulators (test/emulators), outputs checked:
//    Zoho Billing product lifecycle (through an OAuth2 token refresh done by n8n), Hyperaze checkout
//    link lifecycle, JFramework checkout link / price update / package upgrade, and a provider error
//    that fails the execution with the provider's words.
// Line 1 is installed on first use by test/e2e/install-n8n.sh 1 (about 4 min cold from the committed
// lockfile, 1.7 GB; cached afterwards). This file takes about 20 s per line once installed.

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { ensureN8n, createInstance, freePort, nodeOutput, runError, chain } = require('./n8n');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../emulators');
const { zohoCredentials } = require('../helpers');

jest.setTimeout(30 * 60_000);

const REPO = path.resolve(__dirname, '../..');
const PKG_JSON = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const PKG = PKG_JSON.name;
const LINES = [
	{ line: '2', version: '2.40.7' },
	{ line: '1', version: '1.123.69' },
];

const rl = (value, mode = 'id') => ({ __rl: true, mode, value });
const start = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };

/**
 * The type names declared by package.json's n8n block, read from the built classes themselves, and
 * the AI-tool variants n8n derives from the nodes marked usableAsTool (`<name>Tool`).
 */
function declaredTypes() {
	const instances = (files) =>
		files.flatMap((file) => Object.values(require(path.join(REPO, file))).filter((v) => typeof v === 'function').map((C) => new C()));
	const nodeInstances = instances(PKG_JSON.n8n.nodes);
	const nodes = nodeInstances.map((n) => `${PKG}.${n.description.name}`);
	const tools = nodeInstances.filter((n) => n.description.usableAsTool).map((n) => `${PKG}.${n.description.name}Tool`);
	const credentials = instances(PKG_JSON.n8n.credentials).map((c) => c.name);
	return { nodes: nodes.sort(), tools: tools.sort(), credentials: credentials.sort() };
}

describe.each(LINES)('the package on n8n $version (line $line)', ({ line, version }) => {
	let n8n;
	let zoho;
	let jfw;
	let hz;
	let started;

	const node = (name, type, credentialType, credentialId, parameters) => ({
		name,
		type: `${PKG}.${type}`,
		typeVersion: 1,
		parameters,
		credentials: { [credentialType]: { id: credentialId, name: credentialId } },
	});

	beforeAll(async () => {
		started = Date.now();
		const t0 = Date.now();
		ensureN8n({ line }); // installs on first use (progress on stderr)
		const installMs = Date.now() - t0;
		if (installMs > 10_000) process.stderr.write(`[lines.e2e] line ${line}: install took ${(installMs / 1000).toFixed(0)} s\n`);
		[zoho, jfw, hz] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator()]);
		n8n = await createInstance({ packageDir: REPO, line });
		await n8n.importCredentials([
			{
				id: 'zohoCred0000001',
				name: 'zohoCred0000001',
				type: 'zohoBillingOAuth2Api',
				data: zohoCredentials(zoho).zohoBillingOAuth2Api,
			},
			{ id: 'hzCred000000001', name: 'hzCred000000001', type: 'hyperazeApi', data: { apiKey: 'hz-test-key', baseUrl: `${hz.url}/api/v1` } },
			{
				id: 'jfwCred00000001',
				name: 'jfwCred00000001',
				type: 'jFrameworkApi',
				data: { environment: 'custom', baseUrl: `${jfw.url}/api`, brandUrl: 'brand.example.com', authKey: 'jfw-auth-key' },
			},
		]);
		const zohoNode = (name, parameters) => node(name, 'zohoBilling', 'zohoBillingOAuth2Api', 'zohoCred0000001', parameters);
		const hzNode = (name, parameters) => node(name, 'hyperaze', 'hyperazeApi', 'hzCred000000001', parameters);
		const jfwNode = (name, parameters) => node(name, 'jFramework', 'jFrameworkApi', 'jfwCred00000001', parameters);
		await n8n.importWorkflows([
			{
				id: 'wfLineZoho00001',
				name: 'Zoho Billing: product lifecycle',
				nodes: [
					start,
					zohoNode('Create', { resource: 'product', operation: 'create', name: 'PiperHost', additionalFields: { description: 'Hosting' } }),
					zohoNode('Update', { resource: 'product', operation: 'update', productId: rl('={{ $json.product_id }}'), name: 'PiperHost Pro', updateFields: {} }),
					zohoNode('Mark Inactive', { resource: 'product', operation: 'markAsInactive', productId: rl("={{ $('Create').item.json.product_id }}") }),
					zohoNode('Get', { resource: 'product', operation: 'get', productId: rl("={{ $('Create').item.json.product_id }}", 'list') }),
					zohoNode('List', { resource: 'product', operation: 'getAll', returnAll: false, limit: 250 }),
				],
				connections: chain('Start', 'Create', 'Update', 'Mark Inactive', 'Get', 'List'),
			},
			{
				id: 'wfLineHyperaze1',
				name: 'Hyperaze: checkout link lifecycle',
				nodes: [
					start,
					hzNode('Create', { resource: 'checkout', operation: 'create', planId: rl('plan_monthly0000001'), stockType: 'Limited', stocks: 10 }),
					hzNode('Deactivate', { resource: 'checkout', operation: 'update', checkoutId: rl('={{ $json.id }}'), updateFields: { active: false } }),
					hzNode('Get', { resource: 'checkout', operation: 'get', checkoutId: rl('={{ $json.id }}') }),
					hzNode('List', { resource: 'checkout', operation: 'getAll', returnAll: true }),
				],
				connections: chain('Start', 'Create', 'Deactivate', 'Get', 'List'),
			},
			{
				id: 'wfLineJFramewk1',
				name: 'JFramework: checkout link, price update, package upgrade',
				nodes: [
					start,
					jfwNode('Checkout Link', {
						resource: 'license',
						operation: 'createPurchaseCheckoutLink',
						packageId: rl(JFW_IDS.pkgBasic, 'list'),
						subscriptionTypeId: rl(JFW_IDS.stMonthly),
						startDate: '2026-01-01T00:00:00',
						endDate: '2026-02-01T00:00:00',
						additionalFields: { quantity: 2, returnURL: 'https://shop.test/ok' },
					}),
					jfwNode('Update Price', {
						resource: 'price',
						operation: 'update',
						priceId: rl(JFW_IDS.priceBasicMonthly),
						packageId: rl(JFW_IDS.pkgBasic),
						subscriptionTypeId: rl(JFW_IDS.stMonthly),
						code: 'BASIC-M',
						name: 'Basic monthly',
						amount: 9.5,
						currency: 'EUR',
						updateFields: {},
					}),
					jfwNode('Upgrade', {
						resource: 'package',
						operation: 'upgradeCheckout',
						packageId: rl(JFW_IDS.pkgPro),
						priceId: rl(JFW_IDS.priceProMonthly),
						additionalFields: {},
					}),
				],
				connections: chain('Start', 'Checkout Link', 'Update Price', 'Upgrade'),
			},
			{
				id: 'wfLineZohoErr01',
				name: 'Zoho Billing: an unknown product',
				nodes: [start, zohoNode('Get', { resource: 'product', operation: 'get', productId: rl('999') })],
				connections: chain('Start', 'Get'),
			},
		]);
	});

	afterAll(async () => {
		if (n8n) await n8n.cleanup();
		await Promise.all([zoho, jfw, hz].filter(Boolean).map((e) => e.close()));
		process.stderr.write(`[lines.e2e] line ${line} (n8n ${version}): ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
	});

	it(`is n8n ${version}`, () => {
		const out = execFileSync(n8n.nodeBin, [n8n.n8nBin, '--version'], { env: n8n.env, encoding: 'utf8', timeout: 60_000 });
		expect(out.trim().split('\n').pop().trim()).toBe(version);
	});

	it('Zoho Billing: create → update → mark inactive → get → list, refreshing an expired token through n8n', async () => {
		zoho.expireTokens();
		const { code, run } = await n8n.execute('wfLineZoho00001');
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		const [created] = nodeOutput(run, 'Create');
		expect(created).toMatchObject({ name: 'PiperHost', description: 'Hosting', status: 'active' });
		expect(nodeOutput(run, 'Update')[0]).toMatchObject({ product_id: created.product_id, name: 'PiperHost Pro' });
		expect(nodeOutput(run, 'Mark Inactive')).toEqual([{ success: true, message: expect.stringMatching(/inactive/) }]);
		expect(nodeOutput(run, 'Get')[0]).toMatchObject({ product_id: created.product_id, status: 'inactive' });
		expect(nodeOutput(run, 'List').map((p) => p.product_id)).toContain(created.product_id);
		expect(zoho.tokenRequests).toHaveLength(1);
		expect(zoho.tokenRequests[0]).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'zoho-refresh-token' });
		const api = zoho.requests.filter((q) => q.path.startsWith('/billing/v1'));
		expect(api.every((q) => q.headers['x-com-zoho-subscriptions-organizationid'] === '10234695')).toBe(true);
		expect(JSON.stringify(run)).not.toContain('zoho-refresh-token');
		expect(JSON.stringify(run)).not.toContain('zoho-client-secret');
	});

	it('Hyperaze: create → deactivate → get → list', async () => {
		const { code, run } = await n8n.execute('wfLineHyperaze1');
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		const [created] = nodeOutput(run, 'Create');
		expect(created).toMatchObject({ plan_id: 'plan_monthly0000001', stocks: 10, active: true });
		expect(nodeOutput(run, 'Deactivate')[0]).toMatchObject({ id: created.id, active: false });
		expect(nodeOutput(run, 'Get')[0]).toMatchObject({ id: created.id, active: false });
		expect(nodeOutput(run, 'List').map((c) => c.id)).toContain(created.id);
		expect(hz.findRequests({ method: 'POST', path: '/api/v1/checkouts/update' })[0].body).toEqual({ id: created.id, active: false });
		expect(hz.requests.every((q) => q.headers.authorization === 'Bearer hz-test-key')).toBe(true);
		expect(JSON.stringify(run)).not.toContain('hz-test-key');
	});

	it('JFramework: purchase checkout link, price update, package upgrade checkout', async () => {
		const { code, run } = await n8n.execute('wfLineJFramewk1');
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		expect(nodeOutput(run, 'Checkout Link')).toEqual([{ checkoutLink: expect.stringMatching(/^https:\/\/.*\?qty=2$/) }]);
		expect(nodeOutput(run, 'Update Price')[0]).toMatchObject({ id: JFW_IDS.priceBasicMonthly, amount: 9.5, currency: 'EUR' });
		expect(nodeOutput(run, 'Upgrade')[0]).toEqual(expect.objectContaining({ checkoutLink: expect.any(String) }));
		expect(jfw.requests.every((q) => q.headers['brand-url'] === 'brand.example.com')).toBe(true);
		expect(JSON.stringify(run)).not.toContain('jfw-auth-key');
	});

	it('a provider error fails the execution with the provider\'s words and no secret', async () => {
		const { code, run } = await n8n.execute('wfLineZohoErr01');
		expect(code).not.toBe(0);
		const error = runError(run);
		expect(error).not.toBeNull();
		expect(error.message).toBe('Zoho Billing error 404: Product does not exist. (Zoho code 1002)');
		expect(JSON.stringify(run)).not.toContain('zoho-access-token');
	});

	it('loads every node and credential type of the package (as the running n8n lists them to the editor)', async () => {
		const declared = declaredTypes();
		expect(declared.nodes).toHaveLength(PKG_JSON.n8n.nodes.length);
		expect(declared.credentials).toHaveLength(PKG_JSON.n8n.credentials.length);
		const server = await n8n.start({ port: await freePort() });
		try {
			await server.setupOwner();
			const nodes = await server.rest('GET', '/types/nodes.json');
			const credentials = await server.rest('GET', '/types/credentials.json');
			expect([nodes.status, credentials.status]).toEqual([200, 200]);
			const ours = (list, pick) => [...new Set(list.map(pick).filter(Boolean))].sort();
			// every node of the package, and the AI-tool variants n8n made of those marked usableAsTool
			expect(ours(nodes.body, (t) => (t.name.startsWith(`${PKG}.`) ? t.name : null))).toEqual([...declared.nodes, ...declared.tools].sort());
			expect(declared.tools.length).toBeGreaterThan(0);
			const credentialNames = new Set(credentials.body.map((c) => c.name));
			expect(declared.credentials.filter((c) => !credentialNames.has(c))).toEqual([]);
			// and n8n logged no trouble with the package (its loader's own messages)
			const logs = server.logs();
			expect(logs).not.toMatch(new RegExp(`(Failed to load package|Skipping package|already loaded)[^\\n]*${PKG}`));
			for (const name of declared.nodes) expect(logs).not.toContain(`Failed to load Custom API options for the node "${name.slice(PKG.length + 1)}"`);
		} finally {
			await server.stop();
		}
	});
});
