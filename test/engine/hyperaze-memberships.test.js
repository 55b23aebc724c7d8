'use strict';
const { runNode } = require('../harness/engine');
const { startHyperazeEmulator, HYPERAZE_IDS } = require('../emulators');
const { HYPERAZE_LICENSE_KEYS: KEYS, HYPERAZE_BOUND_HWID } = require('../emulators/hyperaze');
const { hyperazeCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

const API = '/api/v1';
const I = HYPERAZE_IDS;
const MEMBERSHIP_KEYS = ['id', 'license_key', 'status', 'product_id', 'plan_id', 'customer_email', 'metadata', 'created_date'];

let emu;
let credentials;
beforeAll(async () => {
	emu = await startHyperazeEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	credentials = hyperazeCredentials(emu);
});

const membership = (operation, parameters = {}, extra = {}) =>
	runNode({ type: 'hyperaze', parameters: { resource: 'membership', operation, ...parameters }, credentials, ...extra });

const hwid = (value) => ({ entries: [{ key: 'hwid', value }] });
const validate = (parameters = {}, extra = {}) =>
	membership('validateLicenseKey', { productId: fromList(I.productDemo), ...parameters }, extra);

describe('Hyperaze: Membership → Validate License Key', () => {
	it('a valid key: POST /memberships/validate_license_key with license_key, product_id and metadata; outputs { valid: true, ...membership }', async () => {
		const r = await validate({ licenseKey: KEYS.active, metadata: hwid('DEVICE-NEW-001') });
		expect(r.error).toBeNull();
		expect(emu.requests).toHaveLength(1);
		const [req] = emu.requests;
		expect(req).toMatchObject({ method: 'POST', path: `${API}/memberships/validate_license_key`, query: {} });
		expect(req.body).toEqual({ license_key: KEYS.active, product_id: I.productDemo, metadata: { hwid: 'DEVICE-NEW-001' } });
		expect(req.headers.authorization).toBe('Bearer hz-test-key');
		expect(r.items).toHaveLength(1);
		expect(Object.keys(r.items[0])).toEqual(['valid', ...MEMBERSHIP_KEYS]);
		expect(r.items[0]).toMatchObject({
			valid: true,
			id: I.membershipActive,
			license_key: KEYS.active,
			status: 'active',
			product_id: I.productDemo,
			metadata: { hwid: 'DEVICE-NEW-001' }, // bound on first use
		});
		expect(r.raw[0].pairedItem).toEqual({ item: 0 });
	});

	it('the first device is bound: the same device validates again, another one gets { valid: false, status: 403, reason }', async () => {
		expect((await validate({ licenseKey: KEYS.active, metadata: hwid('PC-1') })).items[0].valid).toBe(true);
		expect((await validate({ licenseKey: KEYS.active, metadata: hwid('PC-1') })).items[0].valid).toBe(true);
		emu.clearRequests();
		const r = await validate({ licenseKey: KEYS.active, metadata: hwid('PC-2') });
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ valid: false, status: 403, reason: 'The license key is bound to another device.', code: 'device_mismatch' }]);
		expect(emu.requests).toHaveLength(1); // a refused key is an answer, not a failure: nothing is repeated
	});

	it('a key already bound (seeded) to another device is refused with 403', async () => {
		let r = await validate({ licenseKey: KEYS.bound, metadata: hwid('SOMEONE-ELSE') });
		expect(r.items).toEqual([{ valid: false, status: 403, reason: 'The license key is bound to another device.', code: 'device_mismatch' }]);
		r = await validate({ licenseKey: KEYS.bound, metadata: hwid(HYPERAZE_BOUND_HWID) });
		expect(r.items[0]).toMatchObject({ valid: true, id: I.membershipBound });
	});

	it('an unknown key is { valid: false, status: 400, reason } in Return Result mode (the default)', async () => {
		const r = await validate({ licenseKey: 'NOPE-NOPE-NOPE-NOPE' });
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ valid: false, status: 400, reason: 'The license key is invalid.', code: 'invalid_license_key' }]);
		expect(emu.requests[0].body).toEqual({ license_key: 'NOPE-NOPE-NOPE-NOPE', product_id: I.productDemo });
	});

	it('a key of another product, and cancelled or terminated memberships, are invalid', async () => {
		let r = await validate({ licenseKey: KEYS.pro });
		expect(r.items).toEqual([{ valid: false, status: 400, reason: 'The license key is not valid for this product.', code: 'invalid_license_key' }]);
		r = await validate({ licenseKey: KEYS.cancelled });
		expect(r.items).toEqual([{ valid: false, status: 403, reason: 'The membership of this license key is cancelled.', code: 'membership_inactive' }]);
		r = await validate({ licenseKey: KEYS.terminated, onInvalid: 'returnResult' });
		expect(r.items).toEqual([{ valid: false, status: 403, reason: 'The membership of this license key is terminated.', code: 'membership_inactive' }]);
	});

	it('Fail mode turns an invalid key into an error with Hyperaze\'s words, and what to do', async () => {
		let r = await validate({ licenseKey: 'NOPE-NOPE-NOPE-NOPE', onInvalid: 'fail' });
		expect(r.items).toEqual([]);
		expect(r.error.message).toBe('Hyperaze: the license key is not valid: The license key is invalid. (invalid_license_key)');
		expect(r.error.httpCode).toBe('400');
		expect(r.error.description).toMatch(/unknown, expired or revoked/);
		expect(r.error.description).toMatch(/Nothing was changed\./);
		expect(r.error.description).toMatch(/set On Invalid Key to Return Result/);
		r = await validate({ licenseKey: KEYS.bound, metadata: hwid('SOMEONE-ELSE'), onInvalid: 'fail' });
		expect(r.error.message).toBe('Hyperaze: the license key is not valid: The license key is bound to another device. (device_mismatch)');
		expect(r.error.httpCode).toBe('403');
		expect(r.error.description).toMatch(/bound to another device/);
		assertNoSecrets(r.error);
		r = await validate({ licenseKey: KEYS.active, onInvalid: 'fail' });
		expect(r.error).toBeNull();
		expect(r.items[0]).toMatchObject({ valid: true, id: I.membershipActive });
	});

	it('Fail mode keeps Hyperaze\'s error code in the error, as every other Hyperaze error does', async () => {
		let r = await validate({ licenseKey: 'NOPE-NOPE-NOPE-NOPE', onInvalid: 'fail' });
		expect(`${r.error.message} ${r.error.description}`).toMatch(/invalid_license_key/);
		r = await validate({ licenseKey: KEYS.bound, metadata: hwid('SOMEONE-ELSE'), onInvalid: 'fail' });
		expect(`${r.error.message} ${r.error.description}`).toMatch(/device_mismatch/);
	});

	it('Return Result still fails on a wrong API key (401), with no secret anywhere', async () => {
		credentials = hyperazeCredentials(emu, { apiKey: 'wrong-key-123' });
		const r = await validate({ licenseKey: KEYS.active });
		expect(r.items).toEqual([]);
		expect(r.error.message).toMatch(/^Hyperaze error 401: /);
		expect(r.error.description).toMatch(/API key/);
		assertNoSecrets(r.error);
		assertNoSecrets(r.run);
	});

	it('Return Result still fails on a server error or a dropped connection, and never repeats the POST', async () => {
		emu.addFault({ path: `${API}/memberships/validate_license_key`, kind: 'status', status: 503, body: { error: 'unavailable', message: 'Down for maintenance.' } });
		let r = await validate({ licenseKey: KEYS.active });
		expect(r.items).toEqual([]);
		expect(r.error.message).toMatch(/^Hyperaze error 503: Down for maintenance/);
		expect(r.error.description).toMatch(/not repeated/);
		expect(emu.requests).toHaveLength(1);
		emu.clearRequests();
		emu.addFault({ path: `${API}/memberships/validate_license_key`, kind: 'reset' });
		r = await validate({ licenseKey: KEYS.active });
		expect(r.error.message).toMatch(/^Hyperaze could not be reached/);
		expect(emu.requests).toHaveLength(1);
	});

	it('a 429 is not an invalid key: it is waited out (Hyperaze did nothing), or fails when no wait is allowed', async () => {
		const rateLimited = { path: `${API}/memberships/validate_license_key`, kind: 'status', status: 429, headers: { 'Retry-After': '0' }, body: { error: 'rate_limited', message: 'Too many requests.' } };
		emu.addFault(rateLimited);
		let r = await validate({ licenseKey: KEYS.active });
		expect(r.items).toEqual([expect.objectContaining({ valid: true, id: I.membershipActive })]);
		expect(emu.requests).toHaveLength(2);
		emu.clearRequests();
		emu.addFault(rateLimited);
		r = await validate({ licenseKey: KEYS.active, requestOptions: { maxRateLimitWait: 0 } });
		expect(r.items).toEqual([]);
		expect(r.error.message).toMatch(/Too many requests|spacing your requests/);
		expect(emu.requests).toHaveLength(1);
	});

	it('an answer that is not JSON (a proxy page with HTTP 200) is an error, never "valid"', async () => {
		emu.addFault({ path: `${API}/memberships/validate_license_key`, kind: 'html', status: 200 });
		const r = await validate({ licenseKey: KEYS.active });
		expect(r.items).toEqual([]);
		expect(r.error.message).toMatch(/^Hyperaze answered with an HTML page.* instead of an object/);
	});

	it('HTTP 200 with an empty body is valid (Hyperaze documents 200 = valid); { data: … } answers are unwrapped', async () => {
		emu.addFault({ path: `${API}/memberships/validate_license_key`, kind: 'empty' });
		let r = await validate({ licenseKey: KEYS.active });
		expect(r.items).toEqual([{ valid: true }]);
		emu.configure({ wrap: true });
		r = await validate({ licenseKey: KEYS.active });
		expect(r.items[0]).toMatchObject({ valid: true, id: I.membershipActive, status: 'active' });
		expect(Object.keys(r.items[0])).toEqual(['valid', ...MEMBERSHIP_KEYS]);
	});

	it('a missing license key sends nothing: Return Result outputs { valid: false, status: null, reason }, Fail stops', async () => {
		let r = await validate({ licenseKey: '={{ $json.body?.license_key }}' });
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ valid: false, status: null, reason: 'License Key: a value is required' }]);
		r = await validate({ licenseKey: '={{ "   " }}', onInvalid: 'fail' });
		expect(r.error.message).toBe('License Key: a value is required');
		expect(emu.requests).toHaveLength(0);
	});

	it('trims the key, leaves out metadata entries with an empty value, and refuses unusable metadata keys', async () => {
		let r = await validate({ licenseKey: `  ${KEYS.active}\n`, metadata: { entries: [{ key: 'hwid', value: '' }, { key: 'os', value: 'windows' }] } });
		expect(r.items[0].valid).toBe(true);
		expect(emu.requests[0].body).toEqual({ license_key: KEYS.active, product_id: I.productDemo, metadata: { os: 'windows' } });
		expect(r.items[0].metadata).toEqual({}); // no empty device ID was bound
		emu.clearRequests();
		r = await validate({ licenseKey: KEYS.active, metadata: { entries: [{ key: 'hwid', value: 'A' }, { key: 'hwid', value: 'B' }] } });
		expect(r.error.message).toBe('Metadata: the key "hwid" is given twice');
		r = await validate({ licenseKey: KEYS.active, metadata: { entries: [{ key: '', value: 'A' }] } });
		expect(r.error.message).toMatch(/^Metadata: every entry with a value needs a key/);
		r = await validate({ licenseKey: KEYS.active, metadata: { entries: [{ key: '__proto__', value: 'A' }] } });
		expect(r.error.message).toMatch(/^Metadata: "__proto__" cannot be used as a key/);
		r = await validate({ licenseKey: KEYS.active, productId: byId('={{ "" }}') });
		expect(r.error.message).toMatch(/^Product: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});

	it('validates each input item on its own (keys and devices from the items), results paired with their item', async () => {
		const items = [
			{ body: { license_key: KEYS.active, hwid: 'PC-1' } },
			{ body: { license_key: 'BAD-KEY', hwid: 'PC-1' } },
			{ body: { license_key: KEYS.bound, hwid: 'PC-9' } },
		];
		const r = await validate(
			{ licenseKey: '={{ $json.body.license_key }}', metadata: hwid('={{ $json.body.hwid }}') },
			{ items },
		);
		expect(r.error).toBeNull();
		expect(r.items.map((i) => [i.valid, i.status])).toEqual([
			[true, 'active'],
			[false, 400],
			[false, 403],
		]);
		expect(r.raw.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(emu.requests.map((q) => q.body.metadata)).toEqual([{ hwid: 'PC-1' }, { hwid: 'PC-1' }, { hwid: 'PC-9' }]);
	});
});

describe('Hyperaze: Membership → Get, Get Many', () => {
	it('Get: GET /memberships/retrieve?id=', async () => {
		const r = await membership('get', { membershipId: fromList(I.membershipBound) });
		expect(r.error).toBeNull();
		expect(emu.requests).toEqual([expect.objectContaining({ method: 'GET', path: `${API}/memberships/retrieve`, query: { id: I.membershipBound } })]);
		expect(Object.keys(r.items[0])).toEqual(MEMBERSHIP_KEYS);
		expect(r.items[0]).toMatchObject({ id: I.membershipBound, metadata: { hwid: HYPERAZE_BOUND_HWID } });
	});

	it('Get: an unknown ID is Hyperaze\'s 404, a missing ID is stopped before any request', async () => {
		let r = await membership('get', { membershipId: byId('mem_missing') });
		expect(r.error.message).toBe('Hyperaze error 404: Membership mem_missing was not found. (not_found)');
		expect(r.error.description).toMatch(/check the ID/);
		emu.clearRequests();
		r = await membership('get', { membershipId: byId('={{ "" }}') });
		expect(r.error.message).toMatch(/^Membership: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Get Many: Return All reads every page; Limit stops early', async () => {
		emu.seed('memberships', 230);
		const all = await membership('getAll', { returnAll: true });
		expect(all.error).toBeNull();
		expect(all.items).toHaveLength(235);
		expect(new Set(all.items.map((m) => m.id)).size).toBe(235);
		expect(Object.keys(all.items[0])).toEqual(MEMBERSHIP_KEYS);
		expect(emu.requests.map((q) => [q.method, q.path, q.query])).toEqual([
			['GET', `${API}/memberships/list`, { page: '1', limit: '100' }],
			['GET', `${API}/memberships/list`, { page: '2', limit: '100' }],
			['GET', `${API}/memberships/list`, { page: '3', limit: '100' }],
		]);
		emu.clearRequests();
		const some = await membership('getAll', { returnAll: false, limit: 120 });
		expect(some.items).toHaveLength(120);
		expect(some.items.map((m) => m.id)).toEqual(all.items.slice(0, 120).map((m) => m.id));
		expect(emu.requests.map((q) => q.query)).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
		]);
		emu.clearRequests();
		const few = await membership('getAll', { limit: 3 });
		expect(few.items).toHaveLength(3);
		expect(emu.requests.map((q) => q.query)).toEqual([{ page: '1', limit: '3' }]);
	});

	it('Get Many: a server that ignores paging answers once; the limit is applied here', async () => {
		emu.configure({ paging: 'ignore', wrap: true });
		emu.seed('memberships', 150);
		const all = await membership('getAll', { returnAll: true });
		expect(all.items).toHaveLength(155);
		expect(emu.requests).toHaveLength(1);
		emu.clearRequests();
		const some = await membership('getAll', { limit: 10 });
		expect(some.items).toHaveLength(10);
		expect(emu.requests).toHaveLength(1);
	});
});

describe('Hyperaze: Membership → Terminate, Cancel', () => {
	it('Terminate: POST /memberships/terminate with { id }; the key then stops validating', async () => {
		const r = await membership('terminate', { membershipId: fromList(I.membershipActive) });
		expect(r.error).toBeNull();
		expect(emu.requests).toEqual([
			expect.objectContaining({ method: 'POST', path: `${API}/memberships/terminate`, query: {}, body: { id: I.membershipActive } }),
		]);
		expect(Object.keys(r.items[0])).toEqual(MEMBERSHIP_KEYS);
		expect(r.items[0]).toMatchObject({ id: I.membershipActive, status: 'terminated' });
		expect(emu.state.memberships.get(I.membershipActive).status).toBe('terminated');
		const check = await validate({ licenseKey: KEYS.active });
		expect(check.items).toEqual([{ valid: false, status: 403, reason: 'The membership of this license key is terminated.', code: 'membership_inactive' }]);
	});

	it('Cancel: POST /memberships/cancel with { id }; cancelled memberships can still be terminated', async () => {
		let r = await membership('cancel', { membershipId: byId(I.membershipPro) });
		expect(r.error).toBeNull();
		expect(emu.requests[0]).toMatchObject({ method: 'POST', path: `${API}/memberships/cancel`, body: { id: I.membershipPro } });
		expect(r.items[0]).toMatchObject({ id: I.membershipPro, status: 'cancelled' });
		r = await membership('cancel', { membershipId: byId(I.membershipPro) });
		expect(r.error.message).toBe(`Hyperaze error 400: Membership ${I.membershipPro} is already cancelled. (invalid_state)`);
		r = await membership('terminate', { membershipId: byId(I.membershipPro) });
		expect(r.items[0].status).toBe('terminated');
	});

	it('unknown IDs are Hyperaze\'s 404; missing IDs are stopped before any request', async () => {
		let r = await membership('terminate', { membershipId: byId('mem_missing') });
		expect(r.error.message).toBe('Hyperaze error 404: Membership mem_missing was not found. (not_found)');
		r = await membership('cancel', { membershipId: byId('mem_missing') });
		expect(r.error.message).toMatch(/^Hyperaze error 404: /);
		emu.clearRequests();
		for (const operation of ['terminate', 'cancel']) {
			r = await membership(operation, { membershipId: fromList('={{ "" }}') });
			expect(r.error.message).toMatch(/^Membership: a value is required/);
		}
		expect(emu.requests).toHaveLength(0);
	});

	it('a server error on Terminate is not repeated, and says the outcome is unknown', async () => {
		emu.addFault({ path: `${API}/memberships/terminate`, kind: 'status', status: 502, body: { message: 'Bad gateway' } });
		const r = await membership('terminate', { membershipId: byId(I.membershipActive) });
		expect(r.error.message).toMatch(/^Hyperaze error 502/);
		expect(r.error.description).toMatch(/not repeated/);
		expect(emu.requests).toHaveLength(1);
	});

	it('HTTP 200 without a body outputs { success: true, id }', async () => {
		emu.addFault({ path: `${API}/memberships/cancel`, kind: 'empty' });
		const r = await membership('cancel', { membershipId: byId(I.membershipActive) });
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ success: true, id: I.membershipActive }]);
	});
});
