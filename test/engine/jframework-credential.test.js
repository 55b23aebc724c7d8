'use strict';
/**
 * The JFramework credential's two ways to authenticate: a pasted Auth-Key, or username and password
 * with n8n's preAuthentication (login once, log in again when JFramework answers 401), the
 * credential test in both modes, and the list searches (pickers) that go through the credential.
 */
const { runNode, loadPackage } = require('../harness/engine');
const { startJFrameworkEmulator, JFW_IDS } = require('../emulators');
const { jframeworkCredentials, byId, assertNoSecrets } = require('../helpers');

const PASSWORD = 'owner-password';
const WRONG_PASSWORD = 'jfw-wrong-password-77';

let emu;
beforeAll(async () => {
	emu = await startJFrameworkEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
});

const loginCredentials = (overrides = {}) =>
	jframeworkCredentials(emu, { authentication: 'usernamePassword', username: 'owner', password: PASSWORD, authKey: '', ...overrides });

const getLicense = (credentials, extra = {}) =>
	runNode({
		type: 'jFramework',
		parameters: { resource: 'license', operation: 'get', licenseId: byId(JFW_IDS.licenseActive) },
		credentials,
		...extra,
	});

const logins = () => emu.findRequests({ method: 'POST', path: '/api/v1/users/auth' });
const calls = () => emu.requests.filter((r) => r.path !== '/api/v1/users/auth');

/** Runs the credential's test request the way n8n's CLI does: a temporary declarative node whose only routing is the test request. */
async function credentialTest(credentials) {
	const loader = await loadPackage();
	const test = loader.credentialTypes.jFrameworkApi.type.test;
	loader.nodeTypes.jfwCredentialTest = {
		sourcePath: '',
		type: {
			description: {
				displayName: 'Credential test',
				name: 'jfwCredentialTest',
				group: ['transform'],
				version: 1,
				defaults: { name: 'Credential test' },
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: 'jFrameworkApi', required: true }],
				properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: test.request } }],
			},
		},
	};
	return runNode({ type: 'jfwCredentialTest', parameters: {}, credentials });
}

describe('JFramework credential: Auth Key mode', () => {
	it('is the default: the pasted key is sent as Auth-Key and nothing logs in', async () => {
		const credentials = jframeworkCredentials(emu); // no "authentication" field, as credentials saved before it existed
		const r = await getLicense(credentials);
		expect(r.error).toBeNull();
		expect(r.items[0].id).toBe(JFW_IDS.licenseActive);
		expect(logins()).toHaveLength(0);
		expect(emu.requests[0].headers['auth-key']).toBe('jfw-auth-key');
		expect(r.credentialUpdates).toEqual([]);
	});

	it('the credential test calls GET /v1/users/me with the key, and a wrong key fails it', async () => {
		let r = await credentialTest(jframeworkCredentials(emu));
		expect(r.error).toBeNull();
		expect(emu.requests.map((q) => [q.method, q.path, q.headers['auth-key'], q.headers['brand-url']])).toEqual([
			['GET', '/api/v1/users/me', 'jfw-auth-key', 'brand.example.com'],
		]);
		r = await credentialTest(jframeworkCredentials(emu, { authKey: 'wrong-key-123' }));
		expect(r.error).not.toBeNull();
		assertNoSecrets(r.error);
	});
});

describe('JFramework credential: Username and Password mode', () => {
	it('logs in once (only Brand-URL sent, body {username, password}) for a run of several items', async () => {
		const r = await getLicense(loginCredentials(), { items: [{}, {}, {}, {}] });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(4);
		const [login] = logins();
		expect(logins()).toHaveLength(1);
		expect(login.body).toEqual({ username: 'owner', password: PASSWORD });
		expect(login.headers['brand-url']).toBe('brand.example.com');
		expect(login.headers['auth-key']).toBeUndefined();
		// every item's request carries the key from that login
		const issued = [...emu.keys.auth.entries()].find(([, v]) => !v.preIssued)[0];
		expect(calls().map((q) => q.headers['auth-key'])).toEqual([issued, issued, issued, issued]);
		// n8n stores the key in the hidden expirable property (never in output)
		expect(r.credentialsAfter.jFrameworkApi.sessionAuthKey).toBe(issued);
		expect(r.credentialUpdates.every((u) => u.keys.includes('sessionAuthKey'))).toBe(true);
		assertNoSecrets(r.items);
		expect(JSON.stringify(r.items)).not.toContain(issued);
	});

	it('reuses the stored key on the next run, and logs in again when JFramework answers 401 (expired key)', async () => {
		const first = await getLicense(loginCredentials());
		expect(logins()).toHaveLength(1);
		const stored = { jFrameworkApi: first.credentialsAfter.jFrameworkApi };
		const oldKey = stored.jFrameworkApi.sessionAuthKey;

		emu.clearRequests();
		let r = await getLicense(stored, { items: [{}, {}] });
		expect(r.error).toBeNull();
		expect(logins()).toHaveLength(0);

		emu.expireAuthKeys();
		emu.clearRequests();
		r = await getLicense(stored, { items: [{}, {}, {}] });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(3);
		expect(logins()).toHaveLength(1);
		const newKey = r.credentialsAfter.jFrameworkApi.sessionAuthKey;
		expect(newKey).not.toBe(oldKey);
		// each item: one refused call with the old key, then one with the new key
		const keys = calls().map((q) => q.headers['auth-key']);
		expect(keys.filter((k) => k === oldKey)).toHaveLength(3);
		expect(keys.filter((k) => k === newKey)).toHaveLength(3);
		assertNoSecrets(r.run);
		expect(JSON.stringify(r.run)).not.toContain(newKey);
		expect(JSON.stringify(r.run)).not.toContain(oldKey);
	});

	it('a wrong password is one login attempt and a clear error naming the credential, with no secret anywhere', async () => {
		const r = await getLicense(loginCredentials({ password: WRONG_PASSWORD }), { items: [{}, {}] });
		expect(r.error.message).toMatch(/^JFramework login failed \(HTTP 400\): The username or password is incorrect\. \(correlation ID [^)]+\) \(JFramework code InvalidCredentials\)$/);
		expect(r.error.description).toMatch(/Username, Password, Brand URL and environment in the JFramework credential/);
		expect(logins()).toHaveLength(1);
		expect(calls()).toHaveLength(0);
		assertNoSecrets(r.error);
		assertNoSecrets(r.run);
		assertNoSecrets(r.items);
	});

	it('a key issued for another user, brand or environment is never sent: n8n logs in for the current one', async () => {
		const first = await getLicense(loginCredentials());
		const foreignKey = first.credentialsAfter.jFrameworkApi.sessionAuthKey;
		emu.clearRequests();
		// the stored session belongs to "owner"; the credential now names another user
		const edited = { jFrameworkApi: { ...first.credentialsAfter.jFrameworkApi, username: 'buyer', password: 'buyer-password' } };
		const r = await getLicense(edited);
		expect(r.error).toBeNull();
		expect(calls().map((q) => q.headers['auth-key'])).not.toContain(foreignKey);
		expect(logins().map((q) => q.body.username)).toEqual(['buyer']);
	});

	it('missing username or password, or a plain-http base URL, stops before the password is sent', async () => {
		let r = await getLicense(loginCredentials({ password: '' }));
		expect(r.error.message).toMatch(/Username and the Password are required/);
		r = await getLicense(loginCredentials({ baseUrl: 'http://protocol.example.com/api' }));
		expect(r.error.message).toMatch(/must start with https:\/\//);
		expect(emu.requests).toHaveLength(0);
	});

	it('JFramework unreachable at login is a clear error', async () => {
		emu.addFault({ path: '/api/v1/users/auth', kind: 'reset' });
		const r = await getLicense(loginCredentials());
		expect(r.error.message).toMatch(/^JFramework login failed: JFramework could not be reached/);
		assertNoSecrets(r.error);
	});

	it('the credential test logs in, then calls GET /v1/users/me with the fresh key; a wrong password fails it clearly', async () => {
		let r = await credentialTest(loginCredentials());
		expect(r.error).toBeNull();
		expect(emu.requests.map((q) => [q.method, q.path])).toEqual([
			['POST', '/api/v1/users/auth'],
			['GET', '/api/v1/users/me'],
		]);
		expect(emu.requests[1].headers['auth-key']).toBe(r.credentialsAfter.jFrameworkApi.sessionAuthKey);

		emu.clearRequests();
		r = await credentialTest(loginCredentials({ password: WRONG_PASSWORD }));
		expect(r.error.message).toMatch(/^JFramework login failed \(HTTP 400\)/);
		expect(emu.requests.map((q) => q.path)).toEqual(['/api/v1/users/auth']);
		assertNoSecrets(r.error);
	});
});
