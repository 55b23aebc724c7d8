'use strict';
/** JFramework node: prices, packages (with their features and prices), subscription types and features. */
const { runNode } = require('../harness/engine');
const { startJFrameworkEmulator, JFW_IDS } = require('../emulators');
const { jframeworkCredentials, byId, fromList } = require('../helpers');

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

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'jFramework', parameters: { resource, operation, ...parameters }, credentials, ...extra });

function sent() {
	expect(emu.requests).toHaveLength(1);
	return emu.requests[0];
}

const EMPTY = '={{ "" }}';

describe('Price', () => {
	const priceParams = (overrides = {}) => ({
		packageId: fromList(JFW_IDS.pkgPro),
		subscriptionTypeId: byId(JFW_IDS.stYearly),
		code: 'PRO-Y-EUR',
		name: 'Pro yearly (EUR)',
		amount: 270,
		currency: 'EUR',
		...overrides,
	});

	it('Create posts the required fields and the optional ones set, and outputs the price', async () => {
		const r = await run('price', 'create', priceParams({ additionalFields: { checkoutLink: 'https://shop.test/pro-y', zOrder: 7 } }));
		expect(r.error).toBeNull();
		expect(r.items[0]).toMatchObject({ code: 'PRO-Y-EUR', amount: 270, currency: 'EUR', packageName: 'Pro', zOrder: 7 });
		expect(sent()).toMatchObject({ method: 'POST', path: '/api/v1/prices' });
		expect(emu.requests[0].body).toEqual({
			packageId: JFW_IDS.pkgPro,
			subscriptionTypeId: JFW_IDS.stYearly,
			code: 'PRO-Y-EUR',
			name: 'Pro yearly (EUR)',
			amount: 270,
			currency: 'EUR',
			checkoutLink: 'https://shop.test/pro-y',
			zOrder: 7,
		});
	});

	it('Create stops a bad currency, amount or link before any request', async () => {
		for (const [overrides, message] of [
			[{ currency: 'EU' }, /^Currency: "EU" is not an ISO 4217/],
			[{ amount: -0.01 }, /^Amount: must be a number of 0 or more/],
			[{ additionalFields: { checkoutLink: 'pro' } }, /^Checkout Link: "pro" is not a link/],
			[{ subscriptionTypeId: byId(EMPTY) }, /^Subscription Type: a value is required/],
		]) {
			const r = await run('price', 'create', priceParams(overrides));
			expect(r.error.message).toMatch(message);
		}
		expect(emu.requests).toHaveLength(0);
	});

	it('Update (a PUT replacement) clears optional fields that are not set', async () => {
		const r = await run('price', 'update', {
			priceId: byId(JFW_IDS.priceBasicMonthly),
			...priceParams({ packageId: byId(JFW_IDS.pkgBasic), subscriptionTypeId: byId(JFW_IDS.stMonthly), code: 'basic-monthly', name: 'Basic', amount: 10, currency: 'USD' }),
		});
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.priceBasicMonthly, description: null, checkoutLink: null, tags: null });
		expect(Object.keys(sent().body).sort()).toEqual(['amount', 'code', 'currency', 'name', 'packageId', 'subscriptionTypeId']);
	});

	it('Get, Delete', async () => {
		let r = await run('price', 'get', { priceId: fromList(JFW_IDS.priceProYearly) });
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.priceProYearly, amount: 290, subscriptionName: 'Yearly' });
		expect(sent()).toMatchObject({ method: 'GET', path: `/api/v1/prices/${JFW_IDS.priceProYearly}` });
		emu.clearRequests();
		r = await run('price', 'delete', { priceId: fromList(JFW_IDS.priceProYearly) });
		expect(r.items).toEqual([{ priceId: JFW_IDS.priceProYearly, deleted: true }]);
		expect(sent()).toMatchObject({ method: 'DELETE', path: `/api/v1/prices/${JFW_IDS.priceProYearly}` });
		expect(emu.state.prices.get(JFW_IDS.priceProYearly)).toBeUndefined();
	});

	it('Generate Checkout Link sends appIntegrationId as a query parameter, no body, and outputs { priceId, checkoutLink }', async () => {
		let r = await run('price', 'generateCheckoutLink', { priceId: fromList(JFW_IDS.priceProMonthly), appIntegrationId: 'app-paypal' });
		expect(r.items).toEqual([{ priceId: JFW_IDS.priceProMonthly, checkoutLink: expect.stringMatching(/^https:\/\/checkout\.example\.test\/prices\//) }]);
		expect(sent()).toMatchObject({
			method: 'POST',
			path: `/api/v1/prices/${JFW_IDS.priceProMonthly}/generate-checkout-link`,
			query: { appIntegrationId: 'app-paypal' },
			body: null,
		});
		emu.clearRequests();
		r = await run('price', 'generateCheckoutLink', { priceId: fromList(JFW_IDS.priceProMonthly), appIntegrationId: EMPTY });
		expect(r.error.message).toMatch(/^App Integration ID: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Get Many: pages of a plain array (pageNumber, pageSize), filters and sort as query parameters, Limit stops the paging', async () => {
		let r = await run('price', 'getAll', {
			returnAll: false,
			limit: 1,
			filters: { packageId: fromList(JFW_IDS.pkgBasic), currency: 'USD', zOrder: 2 },
			sort: { sortDataField: 'amount', sortOrder: 'desc' },
		});
		expect(r.error).toBeNull();
		expect(r.items).toEqual([expect.objectContaining({ id: JFW_IDS.priceBasicYearly })]);
		expect(sent().query).toEqual({ packageId: JFW_IDS.pkgBasic, currency: 'USD', zOrder: '2', sortDataField: 'amount', sortOrder: 'desc', pageNumber: '0', pageSize: '1' });
		emu.seed('prices', 300);
		emu.clearRequests();
		r = await run('price', 'getAll', { returnAll: true });
		expect(r.items).toHaveLength(304);
		expect(emu.requests.map((q) => q.query)).toEqual([{ pageNumber: '0', pageSize: '200' }, { pageNumber: '1', pageSize: '200' }]);
		emu.clearRequests();
		r = await run('price', 'getAll', { returnAll: false, limit: 250 });
		expect(r.items).toHaveLength(250);
		expect(emu.requests).toHaveLength(2);
		emu.clearRequests();
		r = await run('price', 'getAll', { returnAll: true, filters: { currency: 'dollars' } });
		expect(r.error.message).toMatch(/^Currency: "dollars" is not an ISO 4217/);
		expect(emu.requests).toHaveLength(0);
	});
});

describe('Package', () => {
	it('Create and Update (a PUT replacement that clears unset optional fields)', async () => {
		let r = await run('package', 'create', {
			code: 'team',
			name: 'Team',
			additionalFields: { tier: 3, isFree: false, imageURL: 'https://cdn.test/team.png', styles: '{"color":"blue"}', status: 'Active' },
		});
		expect(r.error).toBeNull();
		const created = r.items[0];
		expect(created).toMatchObject({ code: 'team', name: 'Team', tier: 3, styles: '{"color":"blue"}', features: [], prices: [] });
		expect(sent()).toMatchObject({ method: 'POST', path: '/api/v1/packages' });
		expect(emu.requests[0].body).toEqual({ code: 'team', name: 'Team', tier: 3, isFree: false, imageURL: 'https://cdn.test/team.png', styles: '{"color":"blue"}', status: 'Active' });
		emu.clearRequests();
		r = await run('package', 'update', { packageId: fromList(created.id), code: 'team', name: 'Team+', updateFields: { description: 'For teams' } });
		expect(sent()).toMatchObject({ method: 'PUT', path: `/api/v1/packages/${created.id}`, body: { code: 'team', name: 'Team+', description: 'For teams' } });
		expect(r.items[0]).toMatchObject({ name: 'Team+', description: 'For teams', tier: null, imageURL: null, styles: null });
	});

	it('Create stops bad URLs and styles that are not a JSON object', async () => {
		let r = await run('package', 'create', { code: 'x', name: 'X', additionalFields: { patternAvatarURL: 'avatar.png' } });
		expect(r.error.message).toMatch(/^Pattern Avatar URL: "avatar\.png" is not a link/);
		r = await run('package', 'create', { code: 'x', name: 'X', additionalFields: { styles: 'color: red' } });
		expect(r.error.message).toMatch(/^Styles \(JSON\): is not valid JSON/);
		expect(emu.requests).toHaveLength(0);
	});

	it('a duplicate code is JFramework\'s 409', async () => {
		const r = await run('package', 'update', { packageId: fromList(JFW_IDS.pkgPro), code: 'basic', name: 'Pro' });
		expect(r.error.message).toMatch(/^JFramework error 409: .* \(JFramework code PackageCodeAlreadyExists\)$/);
	});

	it('Get, Delete, Get Many (plain array; filters, sort, limit)', async () => {
		let r = await run('package', 'get', { packageId: fromList(JFW_IDS.pkgPro) });
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.pkgPro, features: expect.arrayContaining([expect.objectContaining({ id: JFW_IDS.featureProjects, isUnlimited: true })]) });
		emu.clearRequests();
		r = await run('package', 'getAll', { returnAll: false, limit: 1, filters: { keywords: 'package', isDefault: false, status: 'Active' }, sort: { sortDataField: 'zOrder', sortOrder: 'desc' } });
		expect(r.items.map((p) => p.id)).toEqual([JFW_IDS.pkgPro]);
		expect(sent().query).toEqual({ keywords: 'package', isDefault: 'false', status: 'Active', sortDataField: 'zOrder', sortOrder: 'desc' });
		emu.clearRequests();
		r = await run('package', 'delete', { packageId: byId(JFW_IDS.pkgPro) });
		expect(r.items).toEqual([{ packageId: JFW_IDS.pkgPro, deleted: true }]);
		expect(sent()).toMatchObject({ method: 'DELETE', path: `/api/v1/packages/${JFW_IDS.pkgPro}` });
		emu.clearRequests();
		r = await run('package', 'getAll', { returnAll: true });
		expect(r.items.map((p) => p.id)).toEqual([JFW_IDS.pkgBasic]);
	});

	it('Get Prices and Get Features list a package\'s prices and features (Limit applied by the node)', async () => {
		let r = await run('package', 'getPrices', { packageId: fromList(JFW_IDS.pkgBasic), returnAll: true });
		expect(r.items.map((p) => p.id)).toEqual([JFW_IDS.priceBasicMonthly, JFW_IDS.priceBasicYearly]);
		expect(sent()).toMatchObject({ method: 'GET', path: `/api/v1/packages/${JFW_IDS.pkgBasic}/prices` });
		emu.clearRequests();
		r = await run('package', 'getPrices', { packageId: fromList(JFW_IDS.pkgBasic), returnAll: false, limit: 1 });
		expect(r.items).toHaveLength(1);
		emu.clearRequests();
		r = await run('package', 'getFeatures', { packageId: fromList(JFW_IDS.pkgPro), returnAll: true });
		expect(r.items).toEqual([
			expect.objectContaining({ id: JFW_IDS.featureProjects, type: 'Limitation', isUnlimited: true }),
			expect.objectContaining({ id: JFW_IDS.featureStorage, type: 'Function' }),
		]);
		expect(sent()).toMatchObject({ method: 'GET', path: `/api/v1/packages/${JFW_IDS.pkgPro}/features` });
	});

	it('Add Features posts a JSON array of feature settings', async () => {
		const r = await run('package', 'addFeatures', {
			packageId: fromList(JFW_IDS.pkgBasic),
			features: {
				entry: [
					{ featureId: fromList(JFW_IDS.featureStorage), type: 'Limitation', value: 20, title: '20 GB', resetPolicy: 'Monthly' },
					{ featureId: byId('Ftextra'), type: 'Function', isUnlimited: true, value: 5 },
				],
			},
		});
		// the second feature does not exist: JFramework refuses the whole request
		expect(r.error.message).toMatch(/^JFramework error 404: [^()]+ \(correlation ID [0-9a-f-]+\)$/);
		expect(r.error.message).not.toMatch(/FeatureNotFound/);
		expect(r.error.description).toMatch(/^JFramework code FeatureNotFound\. /);
		expect(sent().body).toEqual([
			{ featureId: JFW_IDS.featureStorage, type: 'Limitation', title: '20 GB', isUnlimited: false, value: 20, resetPolicy: 'Monthly' },
			{ featureId: 'Ftextra', type: 'Function', isUnlimited: true },
		]);
		emu.clearRequests();
		const ok = await run('package', 'addFeatures', {
			packageId: fromList(JFW_IDS.pkgBasic),
			features: { entry: [{ featureId: fromList(JFW_IDS.featureStorage), type: 'Limitation', value: 20, resetPolicy: 'Custom', customIntervalDays: 45 }] },
		});
		expect(ok.items).toEqual([{ packageId: JFW_IDS.pkgBasic, added: true }]);
		expect(emu.requests[0]).toMatchObject({ method: 'POST', path: `/api/v1/packages/${JFW_IDS.pkgBasic}/features` });
		expect(emu.state.packageFeatures.find((l) => l.packageId === JFW_IDS.pkgBasic && l.featureId === JFW_IDS.featureStorage)).toMatchObject({ value: 20, customIntervalDays: 45 });
	});

	it('Add Features checks every entry before any request', async () => {
		for (const [entry, message] of [
			[{ featureId: fromList(EMPTY), type: 'Function' }, /^Features › entry 1 › Feature: a value is required/],
			[{ featureId: fromList('F1'), type: 'Limitation', value: -1 }, /^Features › entry 1 › Value: must be a whole number of 0 or more/],
			[{ featureId: fromList('F1'), type: 'Limitation', resetPolicy: 'Custom', customIntervalDays: 0 }, /^Features › entry 1 › Custom Interval \(Days\): must be a whole number of 1 or more/],
		]) {
			const r = await run('package', 'addFeatures', { packageId: fromList(JFW_IDS.pkgBasic), features: { entry: [entry] } });
			expect(r.error.message).toMatch(message);
		}
		const r = await run('package', 'addFeatures', { packageId: fromList(JFW_IDS.pkgBasic), features: {} });
		expect(r.error.message).toMatch(/^Features: add at least one entry/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Update Feature PUTs the type and the settings set to /packages/{packageId}/features/{featureId}', async () => {
		let r = await run('package', 'updateFeature', {
			packageId: fromList(JFW_IDS.pkgBasic),
			featureId: fromList(JFW_IDS.featureProjects),
			type: 'Limitation',
			updateFields: { value: 5, title: '5 projects' },
		});
		expect(r.items).toEqual([{ packageId: JFW_IDS.pkgBasic, featureId: JFW_IDS.featureProjects, updated: true }]);
		expect(sent()).toMatchObject({
			method: 'PUT',
			path: `/api/v1/packages/${JFW_IDS.pkgBasic}/features/${JFW_IDS.featureProjects}`,
			body: { type: 'Limitation', value: 5, title: '5 projects' },
		});
		// a replacement: the reset policy that was not sent is cleared
		expect(emu.state.packageFeatures.find((l) => l.packageId === JFW_IDS.pkgBasic && l.featureId === JFW_IDS.featureProjects)).toMatchObject({ value: 5, resetPolicy: null });
		emu.clearRequests();
		r = await run('package', 'updateFeature', { packageId: fromList(JFW_IDS.pkgBasic), featureId: fromList(JFW_IDS.featureStorage), type: 'Function' });
		expect(r.error.message).toMatch(/^JFramework error 404: [^()]+ \(correlation ID [0-9a-f-]+\)$/);
		expect(r.error.message).not.toMatch(/PackageFeatureNotFound/);
		expect(r.error.description).toMatch(/^JFramework code PackageFeatureNotFound\. /);
		emu.clearRequests();
		r = await run('package', 'updateFeature', { packageId: fromList(JFW_IDS.pkgBasic), featureId: fromList(JFW_IDS.featureProjects), type: 'Limitation', updateFields: { resetPolicy: 'Custom' } });
		expect(r.error.message).toMatch(/^Custom Interval \(Days\): must be a whole number of 1 or more when the reset policy is Custom/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Remove Features sends featureIds[0]=…&featureIds[1]=… as query parameters, no body', async () => {
		let r = await run('package', 'removeFeatures', { packageId: fromList(JFW_IDS.pkgPro), featureIds: ` ${JFW_IDS.featureProjects} ,${JFW_IDS.featureStorage},` });
		expect(r.items).toEqual([{ packageId: JFW_IDS.pkgPro, featureIds: [JFW_IDS.featureProjects, JFW_IDS.featureStorage], removed: true }]);
		const req = sent();
		expect(req).toMatchObject({ method: 'DELETE', path: `/api/v1/packages/${JFW_IDS.pkgPro}/features`, body: null });
		expect(req.query).toEqual({ 'featureIds[0]': JFW_IDS.featureProjects, 'featureIds[1]': JFW_IDS.featureStorage });
		expect(emu.state.packageFeatures.filter((l) => l.packageId === JFW_IDS.pkgPro)).toHaveLength(0);
		emu.clearRequests();
		r = await run('package', 'removeFeatures', { packageId: fromList(JFW_IDS.pkgPro), featureIds: ' , ' });
		expect(r.error.message).toMatch(/^Feature IDs: enter at least one feature ID/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Calculate Total Price posts { priceId, walletId, couponCode } and outputs the quote', async () => {
		const r = await run('package', 'calculateTotalPrice', {
			packageId: fromList(JFW_IDS.pkgPro),
			priceId: fromList(JFW_IDS.priceProMonthly),
			additionalFields: { couponCode: 'SPRING20', walletId: fromList(JFW_IDS.walletUsd) },
		});
		expect(r.items).toEqual([{ walletUsed: 23.2, refundAmountWallet: 0, prorateAmount: 0, subtotal: 23.2, tax: { percent: 0, amount: 0 }, total: 0, currency: 'USD' }]);
		expect(sent()).toMatchObject({
			method: 'POST',
			path: `/api/v1/packages/${JFW_IDS.pkgPro}/calculate-total-price-checkout`,
			query: {},
			body: { priceId: JFW_IDS.priceProMonthly, couponCode: 'SPRING20', walletId: JFW_IDS.walletUsd },
		});
	});
});

describe('Subscription Type', () => {
	it('Create, Update (replacement), Get, Delete', async () => {
		let r = await run('subscriptionType', 'create', { name: 'Quarterly', quantity: 3, unit: 'Month', additionalFields: { tags: 'q' } });
		const created = r.items[0];
		expect(created).toMatchObject({ name: 'Quarterly', unit: 'Month', quantity: 3, tags: 'q' });
		expect(sent()).toMatchObject({ method: 'POST', path: '/api/v1/subscription-types', body: { name: 'Quarterly', unit: 'Month', quantity: 3, tags: 'q' } });
		emu.clearRequests();
		r = await run('subscriptionType', 'update', { subscriptionTypeId: fromList(created.id), name: 'Quarter', quantity: 13, unit: 'Week' });
		expect(r.items[0]).toMatchObject({ id: created.id, name: 'Quarter', unit: 'Week', quantity: 13, tags: null });
		expect(sent()).toMatchObject({ method: 'PUT', path: `/api/v1/subscription-types/${created.id}`, body: { name: 'Quarter', unit: 'Week', quantity: 13 } });
		emu.clearRequests();
		r = await run('subscriptionType', 'get', { subscriptionTypeId: byId(created.id) });
		expect(r.items[0].name).toBe('Quarter');
		emu.clearRequests();
		r = await run('subscriptionType', 'delete', { subscriptionTypeId: byId(created.id) });
		expect(r.items).toEqual([{ subscriptionTypeId: created.id, deleted: true }]);
		expect(sent()).toMatchObject({ method: 'DELETE', path: `/api/v1/subscription-types/${created.id}` });
	});

	it('Create stops a quantity below 1', async () => {
		const r = await run('subscriptionType', 'create', { name: 'Never', quantity: 0, unit: 'Day' });
		expect(r.error.message).toMatch(/^Quantity: must be a whole number of 1 or more/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Get Many (plain array; filters and sort) and Get Prices', async () => {
		let r = await run('subscriptionType', 'getAll', { returnAll: true, filters: { unit: 'Year' }, sort: { sortDataField: 'zOrder', sortOrder: 'asc' } });
		expect(r.items.map((t) => t.id)).toEqual([JFW_IDS.stYearly]);
		expect(sent().query).toEqual({ unit: 'Year', sortDataField: 'zOrder', sortOrder: 'asc' });
		emu.clearRequests();
		r = await run('subscriptionType', 'getPrices', { subscriptionTypeId: fromList(JFW_IDS.stYearly), returnAll: false, limit: 5 });
		expect(r.items.map((p) => p.id)).toEqual([JFW_IDS.priceBasicYearly, JFW_IDS.priceProYearly]);
		expect(sent()).toMatchObject({ method: 'GET', path: `/api/v1/subscription-types/${JFW_IDS.stYearly}/prices` });
	});
});

describe('Feature', () => {
	it('Create, Update (replacement), Get, Delete', async () => {
		let r = await run('feature', 'create', { code: 'seats', name: 'Seats', additionalFields: { unit: 'users', defaultValue: 1, helpURL: 'https://help.test/seats' } });
		const created = r.items[0];
		expect(created).toMatchObject({ code: 'seats', unit: 'users', defaultValue: 1 });
		expect(sent()).toMatchObject({ method: 'POST', path: '/api/v1/features', body: { code: 'seats', name: 'Seats', unit: 'users', defaultValue: 1, helpURL: 'https://help.test/seats' } });
		emu.clearRequests();
		r = await run('feature', 'update', { featureId: fromList(created.id), code: 'seats', name: 'Seats', updateFields: { status: 'Inactive' } });
		expect(r.items[0]).toMatchObject({ status: 'Inactive', unit: null, helpURL: null });
		expect(sent()).toMatchObject({ method: 'PUT', path: `/api/v1/features/${created.id}`, body: { code: 'seats', name: 'Seats', status: 'Inactive' } });
		emu.clearRequests();
		r = await run('feature', 'get', { featureId: fromList(JFW_IDS.featureStorage) });
		expect(r.items[0]).toMatchObject({ code: 'storage', unit: 'GB' });
		emu.clearRequests();
		r = await run('feature', 'delete', { featureId: fromList(JFW_IDS.featureStorage) });
		expect(r.items).toEqual([{ featureId: JFW_IDS.featureStorage, deleted: true }]);
		expect(emu.state.packageFeatures.filter((l) => l.featureId === JFW_IDS.featureStorage)).toHaveLength(0);
	});

	it('Create stops a help URL that is not a link', async () => {
		const r = await run('feature', 'create', { code: 'x', name: 'X', additionalFields: { image: 'pic' } });
		expect(r.error.message).toMatch(/^Image URL: "pic" is not a link/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Get Many is paged (pageNumber/pageSize) and filters by package', async () => {
		let r = await run('feature', 'getAll', { returnAll: true, filters: { packageId: fromList(JFW_IDS.pkgBasic) } });
		expect(r.items.map((f) => f.id)).toEqual([JFW_IDS.featureProjects]);
		expect(sent().query).toEqual({ packageId: JFW_IDS.pkgBasic, pageNumber: '0', pageSize: '200' });
		emu.seed('features', 401);
		emu.clearRequests();
		r = await run('feature', 'getAll', { returnAll: true, sort: { sortDataField: 'zOrder', sortOrder: 'asc' } });
		expect(r.items).toHaveLength(403);
		expect(emu.requests.map((q) => q.query.pageNumber)).toEqual(['0', '1', '2']);
		emu.clearRequests();
		r = await run('feature', 'getAll', { returnAll: false, limit: 201 });
		expect(r.items).toHaveLength(201);
		expect(emu.requests.map((q) => q.query.pageNumber)).toEqual(['0', '1']);
	});

	it('Get Packages, Add Packages (JSON array) and Remove Packages (packageIds[i] query)', async () => {
		let r = await run('feature', 'getPackages', { featureId: fromList(JFW_IDS.featureProjects), returnAll: true });
		expect(r.items.map((p) => [p.id, p.isUnlimited])).toEqual([
			[JFW_IDS.pkgBasic, false],
			[JFW_IDS.pkgPro, true],
		]);
		expect(sent()).toMatchObject({ method: 'GET', path: `/api/v1/features/${JFW_IDS.featureProjects}/packages` });
		emu.clearRequests();
		r = await run('feature', 'addPackages', {
			featureId: fromList(JFW_IDS.featureStorage),
			packages: { entry: [{ packageId: fromList(JFW_IDS.pkgBasic), type: 'Limitation', value: 2, title: '2 GB' }] },
		});
		expect(r.items).toEqual([{ featureId: JFW_IDS.featureStorage, added: true }]);
		expect(sent()).toMatchObject({
			method: 'POST',
			path: `/api/v1/features/${JFW_IDS.featureStorage}/packages`,
			body: [{ packageId: JFW_IDS.pkgBasic, type: 'Limitation', title: '2 GB', isUnlimited: false, value: 2 }],
		});
		emu.clearRequests();
		r = await run('feature', 'removePackages', { featureId: fromList(JFW_IDS.featureProjects), packageIds: `${JFW_IDS.pkgBasic},${JFW_IDS.pkgPro}` });
		expect(r.items).toEqual([{ featureId: JFW_IDS.featureProjects, packageIds: [JFW_IDS.pkgBasic, JFW_IDS.pkgPro], removed: true }]);
		expect(sent()).toMatchObject({
			method: 'DELETE',
			path: `/api/v1/features/${JFW_IDS.featureProjects}/packages`,
			query: { 'packageIds[0]': JFW_IDS.pkgBasic, 'packageIds[1]': JFW_IDS.pkgPro },
			body: null,
		});
		expect(emu.state.packageFeatures.filter((l) => l.featureId === JFW_IDS.featureProjects)).toHaveLength(0);
	});
});
