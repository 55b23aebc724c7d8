'use strict';
/** JFramework node, License resource: every operation's exact request, output, bad input and errors. */
const { runNode } = require('../harness/engine');
const { startJFrameworkEmulator, JFW_IDS } = require('../emulators');
const { jframeworkCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

let emu;
let credentials;
beforeAll(async () => {
	emu = await startJFrameworkEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	credentials = jframeworkCredentials(emu);
});

const run = (operation, parameters = {}, extra = {}) =>
	runNode({ type: 'jFramework', parameters: { resource: 'license', operation, ...parameters }, credentials, ...extra });

/** The one request the operation sent. */
function sent() {
	expect(emu.requests).toHaveLength(1);
	return emu.requests[0];
}

const licenseBody = (overrides = {}) => ({
	packageId: fromList(JFW_IDS.pkgBasic),
	subscriptionTypeId: byId(JFW_IDS.stMonthly),
	amount: 9.99,
	currencyCode: 'USD',
	startDate: '2026-01-01T00:00:00',
	endDate: '2026-02-01T00:00:00',
	testMode: false,
	...overrides,
});

describe('License → Create', () => {
	it('posts the documented body and outputs { countSuccess }; JFramework has the licenses', async () => {
		const before = emu.state.licenses.size;
		const r = await run('create', licenseBody({ additionalFields: { quantity: 3, description: 'Batch', tags: 'q1', userCode: 'OWNER0001' } }));
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ countSuccess: 3 }]);
		const req = sent();
		expect(req).toMatchObject({ method: 'POST', path: '/api/v1/licenses', query: {} });
		expect(req.body).toEqual({
			packageId: JFW_IDS.pkgBasic,
			subscriptionTypeId: JFW_IDS.stMonthly,
			amount: 9.99,
			currencyCode: 'USD',
			startDate: '2026-01-01T00:00:00',
			endDate: '2026-02-01T00:00:00',
			testMode: false,
			quantity: 3,
			description: 'Batch',
			tags: 'q1',
			userCode: 'OWNER0001',
		});
		expect(emu.state.licenses.size).toBe(before + 3);
	});

	it('a custom code creates one license with that code', async () => {
		const r = await run('create', licenseBody({ testMode: true, additionalFields: { code: 'MY-OWN-CODE' } }));
		expect(r.items).toEqual([{ countSuccess: 1 }]);
		expect(sent().body).toMatchObject({ code: 'MY-OWN-CODE', testMode: true });
		expect(emu.state.licenses.find((l) => l.code === 'MY-OWN-CODE')).toMatchObject({ testMode: true });
	});

	it('stops bad input before any request', async () => {
		const cases = [
			[{ currencyCode: 'usd$' }, /^Currency: "usd\$" is not an ISO 4217 currency code/],
			[{ amount: -1 }, /^Amount: must be a number of 0 or more/],
			[{ startDate: '31.12.2025' }, /^Start Date: "31\.12\.2025" is not a date/],
			[{ endDate: '2025-12-01T00:00:00' }, /^End Date: must be after Start Date/],
			[{ packageId: byId('={{ "" }}') }, /^Package: a value is required/],
			[{ additionalFields: { quantity: 101 } }, /^Quantity: must be a whole number from 1 to 100/],
			[{ additionalFields: { quantity: 2, code: 'X' } }, /^License Code: a custom code can only be given when the quantity is 1/],
		];
		for (const [overrides, message] of cases) {
			const r = await run('create', licenseBody(overrides));
			expect([overrides, r.error && r.error.message]).toEqual([overrides, expect.stringMatching(message)]);
		}
		expect(emu.requests).toHaveLength(0);
	});

	it('a duplicate code is JFramework\'s 409 with its code and correlation ID', async () => {
		const r = await run('create', licenseBody({ additionalFields: { code: 'BASIC-AAAA-BBBB-CCCC' } }));
		expect(r.error.message).toMatch(/^JFramework error 409: .* \(correlation ID [0-9a-f-]+\) \(JFramework code LicenseCodeAlreadyExists\)$/);
		expect(r.error.description).toMatch(/conflicts/);
	});
});

describe('License → Get, Update, Delete, Activate, Deactivate', () => {
	it('Get reads one license by ID (percent-encoded); an ID that could reach another path is refused before any request', async () => {
		let r = await run('get', { licenseId: fromList(JFW_IDS.licenseUsed) });
		expect(r.items).toEqual([expect.objectContaining({ id: JFW_IDS.licenseUsed, code: 'PRO-DDDD-EEEE-FFFF', status: 'Used' })]);
		expect(sent()).toMatchObject({ method: 'GET', path: `/api/v1/licenses/${JFW_IDS.licenseUsed}` });
		emu.clearRequests();
		for (const bad of ['../licenses?x=1', 'a/b', 'a#b', '..%2Flicenses', 'a\\b']) {
			r = await run('get', { licenseId: byId(bad) });
			expect(r.error.message).toBe(`License: "${bad}" is not an ID: IDs have no /, \\, ?, # or %`);
			expect(r.error.description).toMatch(/Nothing was sent/);
		}
		r = await run('delete', { licenseId: fromList('..') });
		expect(r.error.message).toBe('License: ".." is not an ID');
		expect(emu.requests).toHaveLength(0);
		// JFramework IDs are opaque: any other character is allowed, and travels percent-encoded
		r = await run('get', { licenseId: byId('Li unknown+&=é:1') });
		expect(r.error.message).toMatch(/^JFramework error 404: [^()]+ \(correlation ID [0-9a-f-]+\)$/);
		expect(r.error.message).not.toMatch(/LicenseNotFound/);
		expect(r.error.description).toMatch(/^JFramework code LicenseNotFound\. /);
		expect(emu.requests.map((q) => q.path)).toEqual(['/api/v1/licenses/Li%20unknown%2B%26%3D%C3%A9%3A1']);
	});

	it('Update PUTs the required fields and only the optional ones set; unset description and tags are cleared', async () => {
		let r = await run('update', { licenseId: byId(JFW_IDS.licenseActive), ...licenseBody({ amount: 5, currencyCode: 'EUR', updateFields: { tags: 'renewed' } }) });
		expect(r.error).toBeNull();
		expect(sent()).toMatchObject({ method: 'PUT', path: `/api/v1/licenses/${JFW_IDS.licenseActive}` });
		expect(emu.requests[0].body).toEqual({
			packageId: JFW_IDS.pkgBasic,
			subscriptionTypeId: JFW_IDS.stMonthly,
			amount: 5,
			currencyCode: 'EUR',
			startDate: '2026-01-01T00:00:00',
			endDate: '2026-02-01T00:00:00',
			testMode: false,
			tags: 'renewed',
		});
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.licenseActive, amount: 5, currencyCode: 'EUR', tags: 'renewed', description: null, code: 'BASIC-AAAA-BBBB-CCCC' });
		emu.clearRequests();
		r = await run('update', { licenseId: byId(JFW_IDS.licenseActive), ...licenseBody({ endDate: '2025-01-01' }) });
		expect(r.error.message).toMatch(/^End Date: must be after Start Date/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Delete outputs { licenseId, deleted: true } and the license is gone', async () => {
		const r = await run('delete', { licenseId: fromList(JFW_IDS.licenseExpired) });
		expect(r.items).toEqual([{ licenseId: JFW_IDS.licenseExpired, deleted: true }]);
		expect(sent()).toMatchObject({ method: 'DELETE', path: `/api/v1/licenses/${JFW_IDS.licenseExpired}`, body: null });
		expect(emu.state.licenses.get(JFW_IDS.licenseExpired)).toBeUndefined();
	});

	it('Activate and Deactivate PUT without a body and output the license', async () => {
		let r = await run('activate', { licenseId: byId(JFW_IDS.licenseExpired) });
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.licenseExpired, status: 'Active' });
		expect(sent()).toMatchObject({ method: 'PUT', path: `/api/v1/licenses/${JFW_IDS.licenseExpired}/activate`, body: null });
		emu.clearRequests();
		r = await run('deactivate', { licenseId: byId(JFW_IDS.licenseExpired) });
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.licenseExpired, status: 'Inactive' });
		expect(sent()).toMatchObject({ method: 'PUT', path: `/api/v1/licenses/${JFW_IDS.licenseExpired}/deactivate`, body: null });
		emu.clearRequests();
		r = await run('deactivate', { licenseId: byId(JFW_IDS.licenseUsed) });
		expect(r.error.message).toMatch(/^JFramework error 400: .* \(JFramework code LicenseAlreadyUsed\)$/);
		emu.clearRequests();
		r = await run('activate', { licenseId: byId('={{ "" }}') });
		expect(r.error.message).toMatch(/^License: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('License → Check Code, Apply (current user, login name, user ID), Generate Code', () => {
	it('Check Code sends licenseCode as a query parameter and outputs { licenseCode, valid }', async () => {
		let r = await run('check', { licenseCode: 'BASIC-AAAA-BBBB-CCCC' });
		expect(r.items).toEqual([{ licenseCode: 'BASIC-AAAA-BBBB-CCCC', valid: true }]);
		expect(sent()).toMatchObject({ method: 'GET', path: '/api/v1/licenses/check', query: { licenseCode: 'BASIC-AAAA-BBBB-CCCC' } });
		emu.clearRequests();
		r = await run('check', { licenseCode: 'PRO-DDDD-EEEE-FFFF' });
		expect(r.items).toEqual([{ licenseCode: 'PRO-DDDD-EEEE-FFFF', valid: false }]);
		emu.clearRequests();
		r = await run('check', { licenseCode: '  ' });
		expect(r.error.message).toMatch(/^License Code: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Apply to Current User sends the code as a query parameter, no body; the license is used by the current user', async () => {
		const r = await run('apply', { licenseCode: 'BASIC-AAAA-BBBB-CCCC' });
		expect(r.items).toEqual([{ licenseCode: 'BASIC-AAAA-BBBB-CCCC', applied: true }]);
		expect(sent()).toMatchObject({ method: 'POST', path: '/api/v1/licenses/apply', query: { licenseCode: 'BASIC-AAAA-BBBB-CCCC' }, body: null });
		expect(emu.state.licenses.get(JFW_IDS.licenseActive)).toMatchObject({ status: 'Used', usedByUserId: JFW_IDS.userOwner });
	});

	it('Apply to Login Name sends licenseCode and loginName as query parameters', async () => {
		const r = await run('applyToLoginName', { licenseCode: 'BASIC-AAAA-BBBB-CCCC', loginName: 'buyer@example.com' });
		expect(r.items).toEqual([{ licenseCode: 'BASIC-AAAA-BBBB-CCCC', loginName: 'buyer@example.com', applied: true }]);
		expect(sent()).toMatchObject({
			method: 'POST',
			path: '/api/v1/licenses/apply-to-login-name',
			query: { licenseCode: 'BASIC-AAAA-BBBB-CCCC', loginName: 'buyer@example.com' },
			body: null,
		});
		expect(emu.state.licenses.get(JFW_IDS.licenseActive).usedByUserId).toBe(JFW_IDS.userBuyer);
	});

	it('Apply to User ID posts { licenseCode, userId }; an already used code is JFramework\'s error', async () => {
		let r = await run('applyToUser', { licenseCode: 'BASIC-AAAA-BBBB-CCCC', userId: JFW_IDS.userBuyer });
		expect(r.items).toEqual([{ licenseCode: 'BASIC-AAAA-BBBB-CCCC', userId: JFW_IDS.userBuyer, applied: true }]);
		expect(sent()).toMatchObject({ method: 'POST', path: '/api/v1/licenses/apply-to-user', query: {}, body: { licenseCode: 'BASIC-AAAA-BBBB-CCCC', userId: JFW_IDS.userBuyer } });
		emu.clearRequests();
		r = await run('applyToUser', { licenseCode: 'BASIC-AAAA-BBBB-CCCC', userId: JFW_IDS.userBuyer });
		expect(r.error.message).toMatch(/^JFramework error 400: The license has already been used\. \(correlation ID [0-9a-f-]+\) \(JFramework code LicenseAlreadyUsed\)$/);
		emu.clearRequests();
		r = await run('applyToUser', { licenseCode: 'X', userId: '={{ " " }}' });
		expect(r.error.message).toMatch(/^User ID: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Generate Code sends package, subscription type and start date as query parameters and outputs { licenseCode }', async () => {
		let r = await run('generateCode', {
			packageId: fromList(JFW_IDS.pkgPro),
			subscriptionTypeId: fromList(JFW_IDS.stYearly),
			additionalFields: { startDate: '2026-03-01' },
		});
		expect(r.items).toEqual([{ licenseCode: expect.stringMatching(/^PRO-/) }]);
		expect(sent()).toMatchObject({
			method: 'GET',
			path: '/api/v1/licenses/generate-code',
			query: { packageId: JFW_IDS.pkgPro, subscriptionTypeId: JFW_IDS.stYearly, startDate: '2026-03-01' },
		});
		emu.clearRequests();
		r = await run('generateCode', { packageId: fromList(JFW_IDS.pkgPro), subscriptionTypeId: fromList(JFW_IDS.stYearly), additionalFields: { startDate: 'soon' } });
		expect(r.error.message).toMatch(/^Start Date: "soon" is not a date/);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('License → Count, Get Monthly Statistics', () => {
	it('Count outputs { countSuccess }', async () => {
		const r = await run('count');
		expect(r.items).toEqual([{ countSuccess: 3 }]);
		expect(sent()).toMatchObject({ method: 'GET', path: '/api/v1/licenses/count', query: {} });
	});

	it('Get Monthly Statistics sends the filters as query parameters and outputs the report', async () => {
		const r = await run('getMonthlyStatistics', { filters: { packageId: fromList(JFW_IDS.pkgBasic), status: 'Active', type: 'Normal' } });
		expect(r.error).toBeNull();
		expect(r.items).toEqual([expect.objectContaining({ totalLimit: 1000, totalLicenses: 1, days: [expect.objectContaining({ items: [expect.objectContaining({ packageId: JFW_IDS.pkgBasic, activeLicenses: 1 })] })] })]);
		expect(sent()).toMatchObject({
			method: 'GET',
			path: '/api/v1/licenses/statistics/monthly',
			query: { packageId: JFW_IDS.pkgBasic, status: 'Active', type: 'Normal' },
		});
	});
});

describe('License → Purchase From Wallet', () => {
	const purchase = (overrides = {}) =>
		licenseBody({ walletId: fromList(JFW_IDS.walletUsd), amount: 10, currencyCode: 'USD', ...overrides });

	it('sends walletId as a query parameter and the licenses in the body; the wallet pays', async () => {
		const r = await run('purchaseFromWallet', purchase({ additionalFields: { quantity: 2, type: 'Prepaid', testMode: true, userCode: 'BUYER0001' } }));
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ walletId: JFW_IDS.walletUsd, result: expect.stringMatching(/^WH-/) }]);
		const req = sent();
		expect(req).toMatchObject({ method: 'POST', path: '/api/v1/licenses/purchase/wallet', query: { walletId: JFW_IDS.walletUsd } });
		expect(req.body).toEqual({
			packageId: JFW_IDS.pkgBasic,
			subscriptionTypeId: JFW_IDS.stMonthly,
			amount: 10,
			currencyCode: 'USD',
			startDate: '2026-01-01T00:00:00',
			endDate: '2026-02-01T00:00:00',
			quantity: 2,
			type: 'Prepaid',
			testMode: true,
			userCode: 'BUYER0001',
		});
		expect(emu.state.wallets.get(JFW_IDS.walletUsd).amount).toBe(80);
	});

	it('a wallet that cannot pay is JFramework\'s error; a missing wallet is stopped before any request', async () => {
		let r = await run('purchaseFromWallet', purchase({ amount: 60, additionalFields: { quantity: 2 } }));
		expect(r.error.message).toMatch(/^JFramework error 400: .* \(JFramework code InsufficientBalance\)$/);
		emu.clearRequests();
		r = await run('purchaseFromWallet', purchase({ walletId: fromList('={{ "" }}') }));
		expect(r.error.message).toMatch(/^Wallet: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('License → Get Many (all filters, sort, paging)', () => {
	it('sends every filter and the sort as query parameters', async () => {
		const filters = {
			createdBy: 'OWNER0001',
			description: 'basic',
			endDate: '2026-02-01T00:00:00',
			isUsed: false,
			keywords: 'BASIC',
			licenseCode: 'BASIC-AAAA-BBBB-CCCC',
			packageId: fromList(JFW_IDS.pkgBasic),
			refLicense: 'ref-1',
			sourceId: 'src-1',
			startDate: '2026-01-01T00:00:00',
			status: 'Active',
			subscriptionTypeId: byId(JFW_IDS.stMonthly),
			tags: 'seed',
			testMode: false,
			type: 'Normal',
			usedBy: 'BUYER0001',
			usedDate: '2026-01-05T00:00:00',
		};
		const r = await run('getAll', { returnAll: true, filters, sort: { sortDataField: 'createdDate', sortOrder: 'desc' } });
		expect(r.error).toBeNull();
		expect(sent().query).toEqual({
			// the creator under both of its names (SDK and API documentation)
			createdBy: 'OWNER0001',
			CreatedUserId: 'OWNER0001',
			description: 'basic',
			endDate: '2026-02-01T00:00:00',
			isUsed: 'false',
			keywords: 'BASIC',
			licenseCode: 'BASIC-AAAA-BBBB-CCCC',
			packageId: JFW_IDS.pkgBasic,
			refLicense: 'ref-1',
			sourceId: 'src-1',
			startDate: '2026-01-01T00:00:00',
			status: 'Active',
			subscriptionTypeId: JFW_IDS.stMonthly,
			tags: 'seed',
			testMode: 'false',
			type: 'Normal',
			usedBy: 'BUYER0001',
			usedDate: '2026-01-05T00:00:00',
			sortDataField: 'createdDate',
			sortOrder: 'desc',
			pageNumber: '0',
			pageSize: '200',
		});
	});

	it('sorting is JFramework\'s: the items come back in its order', async () => {
		const r = await run('getAll', { returnAll: true, sort: { sortDataField: 'code', sortOrder: 'asc' } });
		const codes = r.items.map((l) => l.code);
		expect(codes).toEqual([...codes].sort());
	});

	it('Return All reads every page; Limit stops at the page that fills it', async () => {
		emu.seed('licenses', 447);
		let r = await run('getAll', { returnAll: true });
		expect(r.items).toHaveLength(450);
		expect(emu.requests.map((q) => q.query.pageNumber)).toEqual(['0', '1', '2']);
		emu.clearRequests();
		r = await run('getAll', { returnAll: false, limit: 7 });
		expect(r.items).toHaveLength(7);
		expect(emu.requests.map((q) => q.query)).toEqual([{ pageNumber: '0', pageSize: '7' }]);
	});

	it('a date filter that is not ISO 8601 is stopped before any request', async () => {
		const r = await run('getAll', { returnAll: true, filters: { usedDate: 'yesterday' } });
		expect(r.error.message).toMatch(/^Used Date: "yesterday" is not a date/);
		expect(emu.requests).toHaveLength(0);
	});

	it('a page without items is an error, not a partial list', async () => {
		emu.addFault({ path: '/api/v1/licenses', kind: 'status', status: 200, body: { success: true, statusCode: 200, data: { total: 3 }, errors: [] } });
		const r = await run('getAll', { returnAll: true });
		expect(r.error.message).toMatch(/without an items list/);
	});
});

describe('License errors', () => {
	it('401 and 429 read JFramework\'s words; no key anywhere', async () => {
		credentials = jframeworkCredentials(emu, { authKey: 'wrong-key-123' });
		let r = await run('count');
		expect(r.error.message).toMatch(/^JFramework error 401: .* \(JFramework code Unauthorized\)$/);
		assertNoSecrets(r.error);
		// an account of its own: the brand's request budget is shared by every run in this process, and
		// after this 429 it pauses until the reset a minute later
		const limited = await startJFrameworkEmulator();
		try {
			limited.setRateLimit({ limit: 0, windowMs: 60000 });
			credentials = jframeworkCredentials(limited);
			r = await run('check', { licenseCode: 'X', requestOptions: { maxRateLimitWait: 0 } });
			expect(r.error.message).toMatch(/^JFramework error 429: .* \(JFramework code RateLimitExceeded\)$/);
			expect(r.error.description).toMatch(/X-RateLimit-Reset/);
			expect(r.error.description).toMatch(/Nothing was changed\. Or allow a longer wait \(Request Options → Max Wait on Rate Limit, now 0 s\)/);
			expect(limited.requests).toHaveLength(1);
		} finally {
			await limited.close();
		}
	});

	it('success:false on HTTP 200 and status 209 are errors for value outputs too', async () => {
		emu.addFault({ kind: 'jfw-success-false', body: { errors: [{ code: 'LicenseInvalid', message: 'The license is invalid.', correlationId: 'c-9' }] } });
		let r = await run('apply', { licenseCode: 'BASIC-AAAA-BBBB-CCCC' });
		expect(r.error.message).toBe('JFramework error 200: The license is invalid. (correlation ID c-9) (JFramework code LicenseInvalid)');
		emu.addFault({ kind: 'jfw-209' });
		r = await run('create', licenseBody());
		expect(r.error.message).toMatch(/^JFramework error 209: .* \(JFramework code FeatureUsageLimitExceeded\)$/);
	});

	it('a write that times out is not repeated and says the outcome is unknown', async () => {
		emu.addFault({ path: '/api/v1/licenses', method: 'POST', kind: 'status', status: 503, body: { success: false, statusCode: 503, errors: [{ code: 'Unavailable', message: 'Try later' }] } });
		const r = await run('create', licenseBody());
		expect(r.error.message).toMatch(/^JFramework error 503/);
		expect(r.error.description).toMatch(/not repeated/);
		expect(emu.requests).toHaveLength(1);
	});
});
