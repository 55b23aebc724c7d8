'use strict';
// The JFramework node in a real n8n 2.40.7 (its CLI, its credentials store, its CredentialsHelper):
// the Username and Password credential logs in once per run, n8n keeps the key in the credential
// for the next run and logs in again after JFramework expires it; the invoice download comes out
// as binary data; a wrong password is a clear error with no secret in n8n's output.

const path = require('node:path');
const { ensureN8n, createInstance, nodeOutput, runError, chain } = require('../n8n');
const { startJFrameworkEmulator, JFW_IDS } = require('../../emulators');

jest.setTimeout(15 * 60_000);

const PKG = 'n8n-nodes-subscription-billing';
const REPO = path.resolve(__dirname, '../../..');

describe('JFramework in a real n8n', () => {
	let n8n;
	let emu;

	const credential = (id, data) => ({ id, name: `JFramework ${id}`, type: 'jFrameworkApi', data });
	const jfwNode = (name, credentialId, parameters) => ({
		name,
		type: `${PKG}.jFramework`,
		typeVersion: 1,
		parameters,
		credentials: { jFrameworkApi: { id: credentialId, name: `JFramework ${credentialId}` } },
	});
	const logins = () => emu.findRequests({ method: 'POST', path: '/api/v1/users/auth' }).length;

	beforeAll(async () => {
		ensureN8n();
		emu = await startJFrameworkEmulator();
		n8n = await createInstance({ packageDir: REPO });
		const common = { environment: 'custom', baseUrl: `${emu.url}/api`, brandUrl: 'brand.example.com' };
		await n8n.importCredentials([
			credential('jfwLoginCred001', { ...common, authentication: 'usernamePassword', username: 'owner', password: 'owner-password' }),
			credential('jfwWrongCred001', { ...common, authentication: 'usernamePassword', username: 'owner', password: 'jfw-wrong-password-77' }),
			credential('jfwKeyCred00001', { ...common, authKey: 'jfw-auth-key' }),
		]);
		const start = { name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1 };
		await n8n.importWorkflows([
			{
				id: 'wfJfwLogin00001',
				name: 'JFramework: list licenses, then get each one',
				nodes: [
					start,
					jfwNode('List', 'jfwLoginCred001', { resource: 'license', operation: 'getAll', returnAll: true }),
					jfwNode('Get Each', 'jfwLoginCred001', {
						resource: 'license',
						operation: 'get',
						licenseId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					}),
				],
				connections: chain('Start', 'List', 'Get Each'),
			},
			{
				id: 'wfJfwWrongPw001',
				name: 'JFramework: wrong password',
				nodes: [start, jfwNode('Count', 'jfwWrongCred001', { resource: 'license', operation: 'count' })],
				connections: chain('Start', 'Count'),
			},
			{
				id: 'wfJfwInvoice001',
				name: 'JFramework: download an invoice',
				nodes: [
					start,
					jfwNode('Download', 'jfwKeyCred00001', {
						resource: 'invoice',
						operation: 'download',
						invoiceId: { __rl: true, mode: 'list', value: JFW_IDS.invoicePaid },
						binaryPropertyName: 'invoice',
					}),
				],
				connections: chain('Start', 'Download'),
			},
		]);
	});

	afterAll(async () => {
		if (n8n) await n8n.cleanup();
		if (emu) await emu.close();
	});

	it('logs in once for a run of several items, keeps the key for the next run, and logs in again after it expires', async () => {
		let r = await n8n.execute('wfJfwLogin00001');
		expect(runError(r.run)).toBeNull();
		expect(nodeOutput(r.run, 'Get Each').map((l) => l.id).sort()).toEqual([JFW_IDS.licenseActive, JFW_IDS.licenseUsed, JFW_IDS.licenseExpired].sort());
		// the List node logged in; n8n stored the key and the Get Each node's three items reused it
		expect(logins()).toBe(1);
		expect(r.stdout).not.toContain('owner-password');

		r = await n8n.execute('wfJfwLogin00001');
		expect(runError(r.run)).toBeNull();
		expect(logins()).toBe(1); // the key stored in n8n's credential was reused

		emu.expireAuthKeys();
		r = await n8n.execute('wfJfwLogin00001');
		expect(runError(r.run)).toBeNull();
		expect(nodeOutput(r.run, 'Get Each')).toHaveLength(3);
		expect(logins()).toBe(2);
	});

	it('a wrong password fails with JFramework\'s words and no secret in n8n\'s output', async () => {
		const r = await n8n.execute('wfJfwWrongPw001');
		expect(runError(r.run).message).toMatch(/^JFramework login failed \(HTTP 400\): The username or password is incorrect/);
		expect(r.stdout + r.stderr).not.toContain('jfw-wrong-password-77');
	});

	it('Invoice → Download outputs the file as binary data with a file name and MIME type', async () => {
		const r = await n8n.execute('wfJfwInvoice001');
		expect(runError(r.run)).toBeNull();
		expect(nodeOutput(r.run, 'Download')).toEqual([
			{ invoiceId: JFW_IDS.invoicePaid, fileName: 'INV-0001.pdf', mimeType: 'application/pdf', fileSize: expect.any(Number), binaryProperty: 'invoice' },
		]);
		const rd = r.run.data ? r.run.data.resultData : r.run.resultData;
		const [item] = rd.runData.Download[0].data.main[0];
		expect(item.binary.invoice).toMatchObject({ fileName: 'INV-0001.pdf', mimeType: 'application/pdf', fileExtension: 'pdf' });
	});
});
