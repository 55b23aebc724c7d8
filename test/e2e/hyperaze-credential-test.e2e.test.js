'use strict';
// The Hyperaze credential test calls GET /checkouts/list, a path no published Hyperaze page
// confirms (it is inferred). What a real n8n shows when Hyperaze answers it with 404:
//  - n8n 2.40.7: the credential's own words (its test `rules`): that the path is inferred, so the
//    key may still be right; a refused key (401) says the key was refused;
//  - n8n 1.123.69: n8n's generic words for the status. Its credential tester reads the rules
//    from the error's `cause.response`, which that line's declarative request errors do not
//    carry, so no rule applies there.
// On both lines a key that works passes.

const path = require('node:path');
const { createInstance } = require('./n8n');
const { startHyperazeEmulator } = require('../emulators');

jest.setTimeout(15 * 60_000);

const PACKAGE_DIR = path.resolve(__dirname, '../..');
const Credential = Object.values(require(path.join(PACKAGE_DIR, 'dist/credentials/HyperazeApi.credentials.js')))[0];
const rule = (status) => new Credential().test.rules.find((r) => r.type === 'responseCode' && r.properties.value === status).properties.message;

describe.each(['2', '1'])('Hyperaze credential test in a real n8n (line %s)', (line) => {
	let n8n;
	let server;
	let hz;

	beforeAll(async () => {
		hz = await startHyperazeEmulator();
		n8n = await createInstance({ packageDir: PACKAGE_DIR, line });
		server = await n8n.start();
		await server.setupOwner();
	});

	afterAll(async () => {
		if (server) await server.stop();
		if (n8n) await n8n.cleanup();
		if (hz) await hz.close();
	});

	/** Runs n8n's credential test as the editor does; resolves n8n's verdict. */
	async function testCredential(data) {
		const name = `Hyperaze ${Date.now()}`;
		const created = await server.rest('POST', '/rest/credentials', { name, type: 'hyperazeApi', data });
		if (created.status !== 200) throw new Error(`credential create: HTTP ${created.status} ${created.text.slice(0, 500)}`);
		const r = await server.rest('POST', '/rest/credentials/test', { credentials: { id: created.body.data.id, name, type: 'hyperazeApi', data } });
		if (r.status !== 200) throw new Error(`credential test: HTTP ${r.status} ${r.text.slice(0, 500)}`);
		return r.body.data;
	}

	const data = (apiKey = 'hz-test-key') => ({ apiKey, baseUrl: `${hz.url}/api/v1` });

	it('Hyperaze answers 404: n8n 2 shows that the test path is inferred (n8n 1: its generic words)', async () => {
		hz.reset();
		hz.addFault({ method: 'GET', path: '/api/v1/checkouts/list', kind: 'status', status: 404, body: { error: 'not_found', message: 'Not found.' } });
		const verdict = await testCredential(data());
		if (line === '2') {
			expect(verdict).toEqual({ status: 'Error', message: rule(404) });
			expect(verdict.message).toMatch(/GET \/checkouts\/list.*inferred/);
		} else {
			expect(verdict).toEqual({ status: 'Error', message: 'The resource you are requesting could not be found' });
		}
		expect(hz.requests.map((q) => q.path)).toEqual(['/api/v1/checkouts/list']);
	});

	it('a refused key (401): n8n 2 says the key was refused (n8n 1: its generic words)', async () => {
		hz.reset();
		const verdict = await testCredential(data('wrong-key-123'));
		expect(verdict).toEqual({ status: 'Error', message: line === '2' ? rule(401) : 'Authorization failed - please check your credentials' });
	});

	it('a key that works passes', async () => {
		hz.reset();
		expect(await testCredential(data())).toMatchObject({ status: 'OK' });
	});
});
