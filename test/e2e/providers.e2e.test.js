'use strict';
// The provider packages (n8n-nodes-zoho-billing, n8n-nodes-jframework, n8n-nodes-hyperaze) in a real
// n8n 2.40.7, installed the way a self-hosted user installs a community package by hand: `npm install
// <tarball>` inside <userFolder>/.n8n/nodes. For each package (one n8n user folder each): its
// credential is imported, a workflow using its node runs against the emulators (test/emulators) and
// its output items are checked, and a workflow that fails with the provider's 404 shows what n8n
// stores of the node's error.
//
// npm also installs the peer dependency n8n-workflow (the registry's latest) next to the package, so
// the nodes run with that copy of n8n-workflow, not n8n's own. (n8n's own installer, Settings →
// Community Nodes, drops peerDependencies before it installs.) Its install scripts are skipped, as
// n8n's installer does: n8n-workflow 2.41 pulls isolated-vm, a native module that does not build on
// Node 20 and needs a compiler on Node 24.
//
// Needs the npm registry. Four n8n CLI calls per package (2-4 s each on an idle machine), after the
// three npm installs, which run side by side.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const { ensureN8n, createInstance, nodeOutput, runError, chain } = require('./n8n');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS, HYPERAZE_IDS } = require('../emulators');
const { buildAndPack } = require('../harness/providers');
const { zohoCredentials } = require('../helpers');

jest.setTimeout(20 * 60_000);

const rl = (value, mode = 'id') => ({ __rl: true, mode, value });
const start = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };

let tmp;
const emulators = {};
const instances = {}; // package name -> { n8n, nodesDir }

/** A fresh n8n user folder, and `npm install <tarball>` in its .n8n/nodes as a user would do it. */
async function installFromTarball(pack) {
	const n8n = await createInstance(); // no community package yet
	const nodesDir = path.join(n8n.dir, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	fs.writeFileSync(path.join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2));
	// npm's settings from the command that started jest (npm_config_*) are not the user's
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
	await promisify(execFile)('npm', ['install', pack.tarball, '--no-audit', '--no-fund', '--ignore-scripts=true', '--loglevel=error'], {
		cwd: nodesDir,
		env,
		timeout: 5 * 60_000,
		maxBuffer: 10 * 1024 * 1024,
	});
	instances[pack.name] = { n8n, nodesDir };
}

beforeAll(async () => {
	ensureN8n(); // installs on first use (progress on stderr)
	tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-packages-e2e-'));
	const packs = buildAndPack(tmp);
	[emulators.zoho, emulators.jfw, emulators.hz] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator()]);
	// the three installs wait mostly on the registry: side by side
	await Promise.all(packs.map(installFromTarball));
});

afterAll(async () => {
	await Promise.all(Object.values(instances).map(({ n8n }) => n8n.cleanup()));
	await Promise.all(Object.values(emulators).map((e) => e.close()));
	if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** What each package is tried with: its credential, a workflow that works, one that gets a 404. */
const CASES = [
	{
		name: 'n8n-nodes-zoho-billing',
		credential: ({ zoho }) => ({
			type: 'zohoBillingOAuth2Api',
			data: zohoCredentials(zoho).zohoBillingOAuth2Api,
		}),
		node: 'zohoBilling',
		works: [
			['Create', { resource: 'product', operation: 'create', name: 'PiperHost', additionalFields: { description: 'Hosting' } }],
			['Get', { resource: 'product', operation: 'get', productId: rl('={{ $json.product_id }}') }],
			['List', { resource: 'product', operation: 'getAll', returnAll: false, limit: 250 }],
		],
		before: ({ zoho }) => zoho.expireTokens(), // n8n refreshes the OAuth2 token for the node
		check(run, { zoho }) {
			const [created] = nodeOutput(run, 'Create');
			expect(created).toMatchObject({ name: 'PiperHost', description: 'Hosting', status: 'active', product_id: expect.any(String) });
			expect(nodeOutput(run, 'Get')).toEqual([expect.objectContaining({ product_id: created.product_id, name: 'PiperHost' })]);
			expect(nodeOutput(run, 'List').map((p) => p.product_id)).toContain(created.product_id);
			expect(zoho.tokenRequests).toEqual([expect.objectContaining({ grant_type: 'refresh_token', refresh_token: 'zoho-refresh-token' })]);
			const api = zoho.requests.filter((q) => q.path.startsWith('/billing/v1'));
			expect(api.every((q) => q.headers['x-com-zoho-subscriptions-organizationid'] === '10234695')).toBe(true);
		},
		missing: ['Get', { resource: 'product', operation: 'get', productId: rl('999') }],
		missingMessage: /^Zoho Billing error 404: Product does not exist\./,
		secrets: ['zoho-refresh-token', 'zoho-client-secret', 'zoho-access-token'],
	},
	{
		name: 'n8n-nodes-jframework',
		credential: ({ jfw }) => ({
			type: 'jFrameworkApi',
			data: { environment: 'custom', baseUrl: `${jfw.url}/api`, brandUrl: 'brand.example.com', authKey: 'jfw-auth-key' },
		}),
		node: 'jFramework',
		works: [
			[
				'Checkout Link',
				{
					resource: 'license',
					operation: 'createPurchaseCheckoutLink',
					packageId: rl(JFW_IDS.pkgBasic, 'list'),
					subscriptionTypeId: rl(JFW_IDS.stMonthly),
					startDate: '2026-01-01T00:00:00',
					endDate: '2026-02-01T00:00:00',
					additionalFields: { quantity: 2, returnURL: 'https://shop.test/ok' },
				},
			],
			['Price', { resource: 'price', operation: 'get', priceId: rl(JFW_IDS.priceBasicMonthly) }],
		],
		check(run, { jfw }) {
			expect(nodeOutput(run, 'Checkout Link')).toEqual([{ checkoutLink: expect.stringMatching(/^https:\/\/.*\?qty=2$/) }]);
			expect(nodeOutput(run, 'Price')).toEqual([expect.objectContaining({ id: JFW_IDS.priceBasicMonthly, packageId: JFW_IDS.pkgBasic })]);
			expect(jfw.requests.length).toBeGreaterThanOrEqual(2);
			expect(jfw.requests.every((q) => q.headers['brand-url'] === 'brand.example.com' && q.headers['auth-key'] === 'jfw-auth-key')).toBe(true);
		},
		missing: ['Get', { resource: 'price', operation: 'get', priceId: rl('NoSuchPrice') }],
		missingMessage: /^JFramework error 404: The price was not found\./,
		secrets: ['jfw-auth-key'],
	},
	{
		name: 'n8n-nodes-hyperaze',
		credential: ({ hz }) => ({ type: 'hyperazeApi', data: { apiKey: 'hz-test-key', baseUrl: `${hz.url}/api/v1` } }),
		node: 'hyperaze',
		works: [
			['Create', { resource: 'checkout', operation: 'create', planId: rl(HYPERAZE_IDS.planMonthly), stockType: 'Limited', stocks: 10 }],
			['Get', { resource: 'checkout', operation: 'get', checkoutId: rl('={{ $json.id }}') }],
			['List', { resource: 'checkout', operation: 'getAll', returnAll: true }],
		],
		check(run, { hz }) {
			const [created] = nodeOutput(run, 'Create');
			expect(created).toMatchObject({ plan_id: HYPERAZE_IDS.planMonthly, stocks: 10, active: true });
			expect(nodeOutput(run, 'Get')).toEqual([expect.objectContaining({ id: created.id, plan_id: HYPERAZE_IDS.planMonthly })]);
			expect(nodeOutput(run, 'List').map((c) => c.id)).toContain(created.id);
			expect(hz.requests.every((q) => q.headers.authorization === 'Bearer hz-test-key')).toBe(true);
		},
		missing: ['Get', { resource: 'product', operation: 'get', productId: rl('prod_missing') }],
		missingMessage: /^Hyperaze error 404: Product prod_missing was not found\./,
		secrets: ['hz-test-key'],
	},
];

describe.each(CASES.map((c) => [c.name, c]))('%s, installed from its tarball with npm into a real n8n 2.40.7', (name, c) => {
	let n8n;
	let nodesDir;
	const credentialId = `${name.replace(/[^a-z]/g, '').slice(0, 12)}cred`.padEnd(15, '0');
	const wf = { works: `${credentialId.slice(0, 11)}work`, missing: `${credentialId.slice(0, 11)}miss` };

	beforeAll(async () => {
		({ n8n, nodesDir } = instances[name]);

		const node = (nodeName, parameters) => ({
			name: nodeName,
			type: `${name}.${c.node}`,
			typeVersion: 1,
			parameters,
			credentials: { [c.credential(emulators).type]: { id: credentialId, name: credentialId } },
		});
		await n8n.importCredentials([{ id: credentialId, name: credentialId, ...c.credential(emulators) }]);
		await n8n.importWorkflows([
			{
				id: wf.works,
				name: `${name}: works`,
				nodes: [start, ...c.works.map(([n, p]) => node(n, p))],
				connections: chain('Start', ...c.works.map(([n]) => n)),
			},
			{ id: wf.missing, name: `${name}: 404`, nodes: [start, node(...c.missing)], connections: chain('Start', c.missing[0]) },
		]);
	});

	it('npm installed the package and its peer n8n-workflow into ~/.n8n/nodes, as for a self-hosted user', () => {
		const installed = JSON.parse(fs.readFileSync(path.join(nodesDir, 'node_modules', name, 'package.json'), 'utf8'));
		expect(installed.name).toBe(name);
		expect(JSON.parse(fs.readFileSync(path.join(nodesDir, 'package.json'), 'utf8')).dependencies[name]).toMatch(/\.tgz$/);
		const workflowPkg = path.join(nodesDir, 'node_modules', 'n8n-workflow', 'package.json');
		expect(fs.existsSync(workflowPkg)).toBe(true);
		process.stderr.write(`[providers.e2e] ${name}: n8n-workflow ${JSON.parse(fs.readFileSync(workflowPkg, 'utf8')).version} installed next to it\n`);
		// no other provider's package came along
		const others = fs.readdirSync(path.join(nodesDir, 'node_modules')).filter((d) => d.startsWith('n8n-nodes-'));
		expect(others).toEqual([name]);
	});

	it(`runs the ${c.node} node (${name}.${c.node}) against the emulator and outputs the provider's records`, async () => {
		for (const e of Object.values(emulators)) e.reset?.();
		if (c.before) c.before(emulators);
		const { code, run } = await n8n.execute(wf.works);
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		c.check(run, emulators);
		for (const secret of c.secrets) expect(JSON.stringify(run)).not.toContain(secret);
	});

	let missing; // the failed execution of the 404 workflow

	it('a provider 404 fails the execution, and n8n stores the node\'s error: its description and the provider\'s words', async () => {
		const { code, run } = await n8n.execute(wf.missing);
		expect(code).not.toBe(0);
		const error = runError(run);
		expect(error).not.toBeNull();
		missing = error;
		const { message, httpCode, description, messages } = error;
		process.stderr.write(`[providers.e2e] ${name}, a 404 as n8n stores it: ${JSON.stringify({ name: error.name, message, httpCode, description, messages })}\n`);
		expect(error.name).toBe('NodeApiError');
		expect(error.node).toMatchObject({ name: c.missing[0], type: `${name}.${c.node}` });
		expect(description).toEqual(expect.stringMatching(/\S/)); // what to do, as the node wrote it
		// the provider's words: the message, or (when n8n replaced the message) the messages kept with it
		const words = [message, ...(messages ?? [])];
		expect(words).toContainEqual(expect.stringMatching(c.missingMessage));
		for (const secret of c.secrets) expect(JSON.stringify(run)).not.toContain(secret);
	});

	// Known difference from n8n's own install (where the node's error reaches n8n as thrown): the
	// node's NodeApiError comes from the n8n-workflow npm put next to the package, n8n's RoutingNode
	// does not recognise it (instanceof its own class) and wraps it again, with httpCode 'none' and
	// n8n's message rewriting applied once more (a message containing "...NotFound" reads as the
	// ENOTFOUND network error). Jest reports this test as failed once n8n stores the error as thrown.
	it.failing('n8n stores the message and the HTTP code the node set (404)', () => {
		expect(missing).toBeDefined();
		expect(missing.message).toMatch(c.missingMessage);
		expect(missing.httpCode).toBe('404');
	});
});
