'use strict';
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
	emu.clearRequests();
	emu.clearFaults();
	emu.setRateLimit(null);
	credentials = jframeworkCredentials(emu);
});

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'jFramework', parameters: { resource, operation, ...parameters }, credentials, ...extra });

const checkoutParams = (overrides = {}) => ({
	packageId: fromList(JFW_IDS.pkgBasic),
	subscriptionTypeId: byId(JFW_IDS.stMonthly),
	startDate: '2026-01-01T00:00:00',
	endDate: '2026-02-01T00:00:00',
	...overrides,
});

const priceParams = (overrides = {}) => ({
	priceId: fromList(JFW_IDS.priceBasicMonthly),
	packageId: byId(JFW_IDS.pkgBasic),
	subscriptionTypeId: byId(JFW_IDS.stMonthly),
	code: 'BASIC-M',
	name: 'Basic monthly',
	amount: 12.5,
	currency: 'EUR',
	...overrides,
});

describe('JFramework: License → Create Purchase Checkout Link', () => {
	it('posts the documented body with Brand-URL and Auth-Key and outputs { checkoutLink }', async () => {
		const r = await run('license', 'createPurchaseCheckoutLink', checkoutParams({
			additionalFields: { returnURL: 'https://shop.test/ok', cancelURL: 'https://shop.test/no', testMode: true, quantity: 3 },
		}));
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ checkoutLink: expect.stringMatching(/^https:\/\//) }]);
		const [req] = emu.requests;
		expect(req).toMatchObject({ method: 'POST', path: '/api/v1/licenses/purchase/checkout-link' });
		expect(req.body).toEqual({
			packageId: JFW_IDS.pkgBasic,
			subscriptionTypeId: JFW_IDS.stMonthly,
			startDate: '2026-01-01T00:00:00',
			endDate: '2026-02-01T00:00:00',
			returnURL: 'https://shop.test/ok',
			cancelURL: 'https://shop.test/no',
			testMode: true,
			quantity: 3,
		});
		expect(req.headers['brand-url']).toBe('brand.example.com');
		expect(req.headers['auth-key']).toBe('jfw-auth-key');
	});

	it('stops bad input before any request: dates, order, links, quantity', async () => {
		const cases = [
			[{ startDate: '01/02/2026' }, /^Start Date: "01\/02\/2026" is not a date/],
			[{ endDate: '2025-12-01T00:00:00' }, /^End Date: must be after Start Date/],
			[{ additionalFields: { returnURL: 'shop.test/ok' } }, /^Return URL: "shop.test\/ok" is not a link/],
			[{ additionalFields: { quantity: 0 } }, /^Quantity: must be a whole number/],
			[{ packageId: fromList('={{ "" }}') }, /^Package: a value is required/],
		];
		for (const [overrides, message] of cases) {
			const r = await run('license', 'createPurchaseCheckoutLink', checkoutParams(overrides));
			expect(r.error && r.error.message).toMatch(message);
		}
		expect(emu.requests).toHaveLength(0);
	});

	it('an unknown package shows JFramework\'s code, message and correlation ID', async () => {
		const r = await run('license', 'createPurchaseCheckoutLink', checkoutParams({ packageId: byId('NoSuchPkg') }));
		expect(r.error.message).toMatch(/^JFramework error 404: [^()]+ \(correlation ID [0-9a-f-]+\)$/);
		expect(r.error.message).not.toMatch(/PackageNotFound/);
		expect(r.error.description).toMatch(/^JFramework code PackageNotFound\. /);
		expect(r.error.description).toMatch(/Nothing was changed\.$/);
	});

	it('several errors: messages joined by "; ", codes by ", "; codes n8n would rewrite go to the description', async () => {
		const errors = [
			{ code: 'InvalidStartDate', message: 'The start date is invalid.', correlationId: 'c-1' },
			{ code: 'InvalidEndDate', message: 'The end date is invalid.', correlationId: 'c-2' },
		];
		const path = '/api/v1/licenses/purchase/checkout-link';
		emu.addFault({ path, kind: 'status', status: 400, body: { success: false, statusCode: 400, message: 'The request failed.', data: null, errors } });
		let r = await run('license', 'createPurchaseCheckoutLink', checkoutParams());
		expect(r.error.message).toBe(
			'JFramework error 400: The start date is invalid. (correlation ID c-1); The end date is invalid. (correlation ID c-2) (JFramework code InvalidStartDate, InvalidEndDate)',
		);
		expect(r.error.description).toMatch(/Nothing was changed\.$/);
		emu.addFault({ path, kind: 'status', status: 400, body: { success: false, statusCode: 400, data: null, errors: [errors[0], { code: 'PackageNotFound', message: 'The package was not found.', correlationId: 'c-3' }] } });
		r = await run('license', 'createPurchaseCheckoutLink', checkoutParams());
		expect(r.error.message).toBe('JFramework error 400: The start date is invalid. (correlation ID c-1); The package was not found. (correlation ID c-3)');
		expect(r.error.description).toMatch(/^JFramework code InvalidStartDate, PackageNotFound\. /);
		expect(r.error.httpCode).toBe('400');
	});

	it('status 209 and success:false on HTTP 200 are errors', async () => {
		emu.addFault({ kind: 'jfw-209' });
		let r = await run('license', 'createPurchaseCheckoutLink', checkoutParams());
		expect(r.error.message).toMatch(/^JFramework error 209: .* \(JFramework code FeatureUsageLimitExceeded\)$/);
		expect(r.error.description).toMatch(/quota/);
		emu.addFault({ kind: 'jfw-success-false', body: { errors: [{ code: 'LicenseInvalid', details: 'The license is invalid.', correlationId: 'c-1' }] } });
		r = await run('license', 'createPurchaseCheckoutLink', checkoutParams());
		expect(r.error.message).toBe('JFramework error 200: The license is invalid. (correlation ID c-1) (JFramework code LicenseInvalid)');
	});

	it('a wrong Auth-Key is a 401 that points at the credential, with no key anywhere', async () => {
		credentials = jframeworkCredentials(emu, { authKey: 'wrong-key-123' });
		const r = await run('license', 'createPurchaseCheckoutLink', checkoutParams());
		expect(r.error.message).toMatch(/^JFramework error 401: .* \(JFramework code Unauthorized\)$/);
		expect(r.error.description).toMatch(/Auth-Key/);
		assertNoSecrets(r.error);
		assertNoSecrets(r.run);
	});

	it('a rate-limited call says when X-RateLimit-Reset allows the next one', async () => {
		// an account of its own: the brand's request budget is shared by every run in this process, and
		// after this 429 it pauses until the reset a minute later
		const limited = await startJFrameworkEmulator();
		try {
			limited.setRateLimit({ limit: 0, windowMs: 60000 });
			credentials = jframeworkCredentials(limited);
			// no waiting allowed: the error itself must say when the next call is allowed
			const r = await run('license', 'createPurchaseCheckoutLink', checkoutParams({ requestOptions: { maxRateLimitWait: 0 } }));
			expect(r.error.message).toMatch(/^JFramework error 429: .* \(JFramework code RateLimitExceeded\)$/);
			expect(r.error.description).toMatch(/next call at \d{4}-\d{2}-\d{2}T/);
			expect(r.error.description).toMatch(/Nothing was changed\./);
			expect(limited.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
		} finally {
			await limited.close();
		}
	});

	it('refuses a custom base URL that is not https (the Auth-Key would travel in clear)', async () => {
		credentials = jframeworkCredentials(emu, { baseUrl: 'http://protocol.example.com/api' });
		const r = await run('license', 'createPurchaseCheckoutLink', checkoutParams());
		expect(r.error.message).toMatch(/must start with https:\/\//);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('JFramework: Price → Update', () => {
	it('PUTs the price with every required field and the optional ones set, and outputs the price', async () => {
		const r = await run('price', 'update', priceParams({ updateFields: { description: 'Cheaper', zOrder: 3, checkoutLink: 'https://shop.test/basic' } }));
		expect(r.error).toBeNull();
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.priceBasicMonthly, code: 'BASIC-M', name: 'Basic monthly', amount: 12.5, currency: 'EUR', description: 'Cheaper', zOrder: 3 });
		const [req] = emu.requests;
		expect(req).toMatchObject({ method: 'PUT', path: `/api/v1/prices/${JFW_IDS.priceBasicMonthly}` });
		expect(req.body).toEqual({
			packageId: JFW_IDS.pkgBasic,
			subscriptionTypeId: JFW_IDS.stMonthly,
			code: 'BASIC-M',
			name: 'Basic monthly',
			amount: 12.5,
			currency: 'EUR',
			description: 'Cheaper',
			zOrder: 3,
			checkoutLink: 'https://shop.test/basic',
		});
	});

	it('stops an unknown currency, a negative amount and a non-URL link before any request', async () => {
		let r = await run('price', 'update', priceParams({ currency: 'EURO' }));
		expect(r.error.message).toMatch(/^Currency: "EURO" is not an ISO 4217 currency code/);
		r = await run('price', 'update', priceParams({ amount: -1 }));
		expect(r.error.message).toMatch(/^Amount: must be a number of 0 or more/);
		r = await run('price', 'update', priceParams({ updateFields: { checkoutLink: 'buy here' } }));
		expect(r.error.message).toMatch(/^Checkout Link: "buy here" is not a link/);
		expect(emu.requests).toHaveLength(0);
	});

	it('an unknown price ID is JFramework\'s 404 (the ID percent-encoded); one that could reach another path is refused before any request', async () => {
		let r = await run('price', 'update', priceParams({ priceId: fromList('a/b?c') }));
		expect(r.error.message).toBe('Price: "a/b?c" is not an ID: IDs have no /, \\, ?, # or %');
		expect(r.error.description).toMatch(/Nothing was sent/);
		expect(emu.requests).toHaveLength(0);
		r = await run('price', 'update', priceParams({ priceId: fromList('Pr unknown+&=é:1') }));
		expect(r.error.message).toMatch(/^JFramework error 404: [^()]+ \(correlation ID [0-9a-f-]+\)$/);
		expect(r.error.message).not.toMatch(/PriceNotFound/);
		expect(r.error.description).toMatch(/^JFramework code PriceNotFound\. /);
		expect(r.error.description).toMatch(/Nothing was changed\.$/);
		expect(emu.requests.map((q) => q.path)).toEqual(['/api/v1/prices/Pr%20unknown%2B%26%3D%C3%A9%3A1']);
	});
});

describe('JFramework: Package → Upgrade Checkout', () => {
	it('posts the price and optional fields, and outputs the wallet amounts and checkout link', async () => {
		const r = await run('package', 'upgradeCheckout', {
			packageId: fromList(JFW_IDS.pkgPro),
			priceId: byId(JFW_IDS.priceProMonthly),
			additionalFields: { couponCode: 'SAVE10', walletId: 'W1', returnLink: 'https://shop.test/ok', cancelLink: 'https://shop.test/no' },
		});
		expect(r.error).toBeNull();
		expect(r.items[0]).toEqual(expect.objectContaining({ checkoutLink: expect.any(String), walletWithdrawalAmount: expect.any(Number) }));
		const [req] = emu.requests;
		expect(req).toMatchObject({ method: 'POST', path: `/api/v1/packages/${JFW_IDS.pkgPro}/upgrade/checkout` });
		expect(req.body).toEqual({ priceId: JFW_IDS.priceProMonthly, couponCode: 'SAVE10', walletId: 'W1', returnLink: 'https://shop.test/ok', cancelLink: 'https://shop.test/no' });
	});

	it('a price of another package is JFramework\'s validation error', async () => {
		const r = await run('package', 'upgradeCheckout', { packageId: fromList(JFW_IDS.pkgPro), priceId: byId(JFW_IDS.priceBasicMonthly) });
		expect(r.error.message).toMatch(/^JFramework error 400: .* \(JFramework code PriceNotInPackage\)$/);
	});
});

describe('JFramework: License → Get Many (pageNumber/pageSize)', () => {
	it('Return All reads every page and Limit stops early', async () => {
		emu.seed('licenses', Array.from({ length: 450 }, () => ({ packageId: JFW_IDS.pkgBasic, subscriptionTypeId: JFW_IDS.stMonthly })));
		const all = await run('license', 'getAll', { returnAll: true });
		expect(all.error).toBeNull();
		const total = all.items.length;
		expect(total).toBeGreaterThanOrEqual(450);
		expect(new Set(all.items.map((l) => l.id)).size).toBe(total);
		expect(emu.requests.map((q) => q.query)).toEqual(
			Array.from({ length: Math.ceil(total / 200) }, (_, i) => ({ pageNumber: String(i), pageSize: '200' })),
		);
		emu.clearRequests();
		const some = await run('license', 'getAll', { returnAll: false, limit: 250, filters: { packageId: JFW_IDS.pkgBasic } });
		expect(some.items).toHaveLength(250);
		expect(emu.requests.map((q) => q.query)).toEqual([
			{ packageId: JFW_IDS.pkgBasic, pageNumber: '0', pageSize: '200' },
			{ packageId: JFW_IDS.pkgBasic, pageNumber: '1', pageSize: '200' },
		]);
	});
});
