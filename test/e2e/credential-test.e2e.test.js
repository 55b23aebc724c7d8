'use strict';
// The credential test (the "Test" of a credential in n8n) is the one request n8n sends itself,
// not through the package's provider clients; the same https rule holds there: in a real n8n
// 2.40.7, a credential whose base URL is plain http to another host fails its test without the key
// being sent, and the same credential pointed at a server on this machine passes.
//
// "Another host" is 127.0.0.2: on Linux it reaches this machine (so a key sent there would be seen
// by the emulator listening on it), but it is not one of the loopback names the rule allows
// (localhost, 127.0.0.1, [::1]).

const path = require('node:path');
const { createInstance } = require('./n8n');
const { startJFrameworkEmulator, startHyperazeEmulator } = require('../emulators');

jest.setTimeout(10 * 60_000);

const PACKAGE_DIR = path.resolve(__dirname, '../..');

let n8n;
let server;
let jfw;
let hz;

beforeAll(async () => {
	[jfw, hz] = await Promise.all([startJFrameworkEmulator({ host: '0.0.0.0' }), startHyperazeEmulator({ host: '0.0.0.0' })]);
	n8n = await createInstance({ packageDir: PACKAGE_DIR });
	server = await n8n.start();
	await server.setupOwner();
});

afterAll(async () => {
	if (server) await server.stop();
	if (n8n) await n8n.cleanup();
	await Promise.all([jfw && jfw.close(), hz && hz.close()]);
});

/** Runs n8n's credential test as the editor does; resolves n8n's verdict. */
async function testCredential(type, data) {
	const name = `${type} ${Date.now()}`;
	const created = await server.rest('POST', '/rest/credentials', { name, type, data });
	if (created.status !== 200) throw new Error(`credential create: HTTP ${created.status} ${created.text.slice(0, 500)}`);
	const r = await server.rest('POST', '/rest/credentials/test', { credentials: { id: created.body.data.id, name, type, data } });
	if (r.status !== 200) throw new Error(`credential test: HTTP ${r.status} ${r.text.slice(0, 500)}`);
	return r.body.data;
}

const CASES = [
	{
		name: 'Hyperaze',
		emu: () => hz,
		type: 'hyperazeApi',
		data: (host) => ({ apiKey: 'hz-test-key', baseUrl: `http://${host}:${hz.port}/api/v1` }),
		secret: 'hz-test-key',
	},
	{
		name: 'JFramework',
		emu: () => jfw,
		type: 'jFrameworkApi',
		data: (host) => ({ environment: 'custom', baseUrl: `http://${host}:${jfw.port}/api`, brandUrl: 'brand.example.com', authentication: 'authKey', authKey: 'jfw-auth-key' }),
		secret: 'jfw-auth-key',
	},
];

for (const c of CASES) {
	describe(`${c.name} credential test in a real n8n`, () => {
		it('plain http to another host: the test fails and the key is never sent', async () => {
			c.emu().clearRequests();
			const verdict = await testCredential(c.type, c.data('127.0.0.2'));
			// n8n shows only the network code of the address the rule put in place (ENOTFOUND); the
			// credential's Base URL field says https is required
			expect(verdict.status).toBe('Error');
			expect(c.emu().requests).toHaveLength(0);
		});

		it('a server on this machine: the test passes', async () => {
			c.emu().clearRequests();
			const verdict = await testCredential(c.type, c.data('127.0.0.1'));
			expect(verdict).toMatchObject({ status: 'OK' });
			expect(c.emu().requests.length).toBeGreaterThan(0);
			expect(JSON.stringify(c.emu().requests[0].headers)).toContain(c.secret);
		});
	});
}
