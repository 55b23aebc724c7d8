'use strict';
// The seed operations of the three nodes in a real n8n 2.40.7: the built package is installed as
// a community package, credentials and workflows are imported with n8n's CLI and run with
// `n8n execute`, against the emulators. n8n's own credential handling is used throughout,
// including the OAuth2 token refresh for Zoho.

const path = require('node:path');
const { ensureN8n, createInstance, nodeOutput, runError, chain } = require('../n8n');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../../emulators');

jest.setTimeout(15 * 60_000);

const PKG = 'n8n-nodes-subscription-billing';
const REPO = path.resolve(__dirname, '../../..');
const rl = (value, mode = 'id') => ({ __rl: true, mode, value });
const start = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };

describe('seed operations of the three nodes in a real n8n', () => {
	let n8n;
	let zoho;
	let jfw;
	let hz;
	const started = Date.now();

	const node = (name, type, credentialType, credentialId, parameters) => ({
		name,
		type: `${PKG}.${type}`,
		typeVersion: 1,
		parameters,
		credentials: { [credentialType]: { id: credentialId, name: credentialId } },
	});

	beforeAll(async () => {
		ensureN8n();
		[zoho, jfw, hz] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator()]);
		n8n = await createInstance({ packageDir: REPO });
		await n8n.importCredentials([
			{
				id: 'zohoCred0000001',
				name: 'zohoCred0000001',
				type: 'zohoBillingOAuth2Api',
				data: {
					dataCenter: 'com',
					organizationId: '10234695',
					clientId: 'zoho-client-id',
					clientSecret: 'zoho-client-secret',
					accessTokenUrl: `${zoho.url}/oauth/v2/token`,
					authUrl: `${zoho.url}/oauth/v2/auth`,
					oauthTokenData: {
						access_token: 'zoho-access-token',
						refresh_token: 'zoho-refresh-token',
						api_domain: zoho.url,
						token_type: 'Bearer',
						expires_in: 3600,
					},
				},
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
				id: 'wfZohoProducts1',
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
				id: 'wfHzCheckouts01',
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
				id: 'wfJfwSeedOps001',
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
				id: 'wfZohoBadKey001',
				name: 'Zoho Billing: an unknown product',
				nodes: [start, zohoNode('Get', { resource: 'product', operation: 'get', productId: rl('999') })],
				connections: chain('Start', 'Get'),
			},
		]);
	});

	afterAll(async () => {
		if (n8n) await n8n.cleanup();
		await Promise.all([zoho, jfw, hz].filter(Boolean).map((e) => e.close()));
		// measured for the project's notes: how long the real-n8n test takes
		process.stderr.write(`[seed-operations.e2e] ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
	});

	it('Zoho Billing: create → update → mark inactive → get → list, refreshing an expired token through n8n', async () => {
		zoho.expireTokens();
		const { code, run } = await n8n.execute('wfZohoProducts1');
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		const [created] = nodeOutput(run, 'Create');
		expect(created).toMatchObject({ name: 'PiperHost', description: 'Hosting', status: 'active' });
		expect(nodeOutput(run, 'Update')[0]).toMatchObject({ product_id: created.product_id, name: 'PiperHost Pro' });
		expect(nodeOutput(run, 'Mark Inactive')).toEqual([{ success: true, message: expect.stringMatching(/inactive/) }]);
		expect(nodeOutput(run, 'Get')[0]).toMatchObject({ product_id: created.product_id, status: 'inactive' });
		expect(nodeOutput(run, 'List').map((p) => p.product_id)).toContain(created.product_id);
		// n8n refreshed the token once with the credential's client and refresh token
		expect(zoho.tokenRequests).toHaveLength(1);
		expect(zoho.tokenRequests[0]).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'zoho-refresh-token' });
		const api = zoho.requests.filter((q) => q.path.startsWith('/billing/v1'));
		expect(api.every((q) => q.headers['x-com-zoho-subscriptions-organizationid'] === '10234695')).toBe(true);
		expect(JSON.stringify(run)).not.toContain('zoho-refresh-token');
		expect(JSON.stringify(run)).not.toContain('zoho-client-secret');
	});

	it('Hyperaze: create → deactivate → get → list', async () => {
		const { code, run } = await n8n.execute('wfHzCheckouts01');
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		const [created] = nodeOutput(run, 'Create');
		expect(created).toMatchObject({ plan_id: 'plan_monthly0000001', stocks: 10, active: true });
		expect(nodeOutput(run, 'Deactivate')[0]).toMatchObject({ id: created.id, active: false });
		expect(nodeOutput(run, 'Get')[0]).toMatchObject({ id: created.id, active: false });
		expect(nodeOutput(run, 'List').map((c) => c.id)).toContain(created.id);
		expect(hz.findRequests({ method: 'POST', path: '/api/v1/checkouts/update' })[0].body).toEqual({ id: created.id, active: false });
		expect(JSON.stringify(run)).not.toContain('hz-test-key');
	});

	it('JFramework: purchase checkout link, price update, package upgrade checkout', async () => {
		const { code, run } = await n8n.execute('wfJfwSeedOps001');
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		expect(nodeOutput(run, 'Checkout Link')).toEqual([{ checkoutLink: expect.stringMatching(/^https:\/\//) }]);
		expect(nodeOutput(run, 'Update Price')[0]).toMatchObject({ id: JFW_IDS.priceBasicMonthly, amount: 9.5, currency: 'EUR' });
		expect(nodeOutput(run, 'Upgrade')[0]).toEqual(expect.objectContaining({ checkoutLink: expect.any(String) }));
		expect(JSON.stringify(run)).not.toContain('jfw-auth-key');
	});

	it('a provider error fails the execution with the provider\'s words', async () => {
		const { code, run } = await n8n.execute('wfZohoBadKey001');
		expect(code).not.toBe(0);
		const error = runError(run);
		expect(error).not.toBeNull();
		expect(error.message).toBe('Zoho Billing error 404: Product does not exist. (Zoho code 1002)');
		expect(JSON.stringify(run)).not.toContain('zoho-access-token');
	});
});
