'use strict';
// JFramework commerce in a real n8n 2.40.7, one workflow with a "Username and Password"
// credential: create package → create subscription type → create price → generate a license
// code → create a license with that code → get many licenses with a filter.

const path = require('node:path');
const { ensureN8n, createInstance, nodeOutput, runError, chain } = require('../n8n');
const { startJFrameworkEmulator } = require('../../emulators');

jest.setTimeout(15 * 60_000);

const PKG = 'n8n-nodes-subscription-billing';
const REPO = path.resolve(__dirname, '../../..');
const rl = (value, mode = 'id') => ({ __rl: true, mode, value });

describe('JFramework commerce workflow in a real n8n', () => {
	let n8n;
	let emu;

	beforeAll(async () => {
		ensureN8n();
		emu = await startJFrameworkEmulator();
		n8n = await createInstance({ packageDir: REPO });
		await n8n.importCredentials([
			{
				id: 'jfwCommerceCred',
				name: 'JFramework login',
				type: 'jFrameworkApi',
				data: { environment: 'custom', baseUrl: `${emu.url}/api`, brandUrl: 'brand.example.com', authentication: 'usernamePassword', username: 'owner', password: 'owner-password' },
			},
		]);
		const jfw = (name, parameters) => ({
			name,
			type: `${PKG}.jFramework`,
			typeVersion: 1,
			parameters,
			credentials: { jFrameworkApi: { id: 'jfwCommerceCred', name: 'JFramework login' } },
		});
		await n8n.importWorkflows([
			{
				id: 'wfJfwCommerce01',
				name: 'JFramework: package to license',
				nodes: [
					{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
					jfw('Create Package', { resource: 'package', operation: 'create', code: 'team', name: 'Team', additionalFields: {} }),
					jfw('Create Subscription Type', { resource: 'subscriptionType', operation: 'create', name: 'Quarterly', unit: 'Month', additionalFields: { quantity: 3 } }),
					jfw('Create Price', {
						resource: 'price',
						operation: 'create',
						packageId: rl("={{ $('Create Package').item.json.id }}"),
						subscriptionTypeId: rl("={{ $('Create Subscription Type').item.json.id }}"),
						code: 'TEAM-Q',
						name: 'Team, quarterly',
						amount: 90,
						currency: 'EUR',
						additionalFields: {},
					}),
					jfw('Generate Code', {
						resource: 'license',
						operation: 'generateCode',
						packageId: rl("={{ $('Create Package').item.json.id }}"),
						subscriptionTypeId: rl("={{ $('Create Subscription Type').item.json.id }}"),
						additionalFields: {},
					}),
					jfw('Create License', {
						resource: 'license',
						operation: 'create',
						packageId: rl("={{ $('Create Package').item.json.id }}"),
						subscriptionTypeId: rl("={{ $('Create Subscription Type').item.json.id }}"),
						amount: 90,
						currencyCode: 'EUR',
						startDate: '2026-01-01T00:00:00',
						endDate: '2026-04-01T00:00:00',
						testMode: false,
						additionalFields: { code: '={{ $json.licenseCode }}' },
					}),
					jfw('Licenses of the Package', {
						resource: 'license',
						operation: 'getAll',
						returnAll: true,
						filters: { packageId: rl("={{ $('Create Package').item.json.id }}") },
					}),
				],
				connections: chain('Start', 'Create Package', 'Create Subscription Type', 'Create Price', 'Generate Code', 'Create License', 'Licenses of the Package'),
			},
		]);
	});

	afterAll(async () => {
		if (n8n) await n8n.cleanup();
		if (emu) await emu.close();
	});

	it('logs in once and goes from a new package to its license', async () => {
		const { code, run } = await n8n.execute('wfJfwCommerce01');
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		const [pkg] = nodeOutput(run, 'Create Package');
		expect(pkg).toMatchObject({ code: 'team', name: 'Team' });
		const [type] = nodeOutput(run, 'Create Subscription Type');
		expect(type).toMatchObject({ name: 'Quarterly', unit: 'Month' });
		expect(nodeOutput(run, 'Create Price')[0]).toMatchObject({ packageId: pkg.id, subscriptionTypeId: type.id, amount: 90, currency: 'EUR' });
		const [{ licenseCode }] = nodeOutput(run, 'Generate Code');
		expect(licenseCode).toBeTruthy();
		expect(nodeOutput(run, 'Create License')).toEqual([{ countSuccess: 1 }]);
		const licenses = nodeOutput(run, 'Licenses of the Package');
		expect(licenses).toHaveLength(1);
		expect(licenses[0]).toMatchObject({ code: licenseCode, packageId: pkg.id });
		expect(emu.findRequests({ method: 'POST', path: '/api/v1/users/auth' })).toHaveLength(1);
		expect(emu.findRequests({ method: 'GET', path: '/api/v1/licenses' })[0].query).toMatchObject({ packageId: pkg.id });
		expect(JSON.stringify(run)).not.toContain('owner-password');
	});
});
