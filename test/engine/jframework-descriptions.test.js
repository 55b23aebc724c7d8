'use strict';
/**
 * The JFramework node as n8n and an AI agent see it: every resource and operation, labels and
 * descriptions, sorted options, pickers for every ID that has a list, and the pickers' searches.
 */
const { loadPackage, listSearchContext } = require('../harness/engine');
const { startJFrameworkEmulator, JFW_IDS } = require('../emulators');
const { jframeworkCredentials, fromList, assertNoSecrets } = require('../helpers');

let description;
let methods;
beforeAll(async () => {
	const loader = await loadPackage();
	const node = loader.nodeTypes.jFramework.type;
	description = node.description;
	methods = node.methods;
});

const operationsOf = (resource) =>
	description.properties.find((p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource)).options;

/** Every property and nested option (collections, fixed collections), with the resource/operations it is shown for. */
function walk(properties, visit, context = {}) {
	for (const p of properties) {
		const ctx = p.displayOptions?.show ? { resource: p.displayOptions.show.resource?.[0], operations: p.displayOptions.show.operation } : context;
		visit(p, ctx);
		if (Array.isArray(p.options) && p.type === 'collection') walk(p.options, visit, ctx);
		if (Array.isArray(p.options) && p.type === 'fixedCollection') for (const group of p.options) walk(group.values, visit, ctx);
	}
}

describe('JFramework node description', () => {
	it('covers the whole commerce surface', () => {
		const counts = Object.fromEntries(
			description.properties.find((p) => p.name === 'resource').options.map((r) => [r.value, operationsOf(r.value).length]),
		);
		expect(counts).toEqual({
			coupon: 5,
			feature: 8,
			invoice: 4,
			license: 16,
			package: 12,
			payment: 4,
			price: 6,
			subscriptionType: 6,
			wallet: 7,
		});
		expect(operationsOf('license').map((o) => o.value).sort()).toEqual(
			[
				'activate',
				'apply',
				'applyToLoginName',
				'applyToUser',
				'check',
				'count',
				'create',
				'createPurchaseCheckoutLink',
				'deactivate',
				'delete',
				'generateCode',
				'get',
				'getAll',
				'getMonthlyStatistics',
				'purchaseFromWallet',
				'update',
			].sort(),
		);
	});

	it('every operation has an action label and a one-line description, and goes through the provider\'s sending', () => {
		for (const resource of description.properties.find((p) => p.name === 'resource').options) {
			for (const op of operationsOf(resource.value)) {
				expect([resource.value, op.value, op.action]).toEqual([resource.value, op.value, expect.stringMatching(/^[A-Z][a-z]/)]);
				expect([resource.value, op.value, op.description]).toEqual([resource.value, op.value, expect.stringMatching(/^[A-Z][^\n]{9,69}$/)]);
				expect(op.routing.send.paginate).toBe(true);
			}
		}
	});

	it('Update operations (PUT replacements) say that JFramework clears the optional fields that are not set', () => {
		const updates = [];
		const noticeOf = (resource, operation) =>
			description.properties
				.filter((p) => p.type === 'notice' && p.displayOptions.show.resource.includes(resource) && p.displayOptions.show.operation.includes(operation))
				.map((p) => p.displayName)
				.join(' ');
		for (const resource of description.properties.find((p) => p.name === 'resource').options) {
			for (const op of operationsOf(resource.value)) {
				if (op.routing.request.method === 'PUT' && !/\/(activate|deactivate|close)$/.test(op.routing.request.url)) updates.push([resource.value, op.value, noticeOf(resource.value, op.value)]);
			}
		}
		expect(updates.map(([r, o]) => `${r}.${o}`).sort()).toEqual(
			['coupon.update', 'feature.update', 'license.update', 'package.update', 'package.updateFeature', 'price.update', 'subscriptionType.update'].sort(),
		);
		for (const [, , text] of updates) expect(text).toMatch(/JFramework clears/);
	});

	it('options and collection fields are sorted alphabetically, everywhere', () => {
		walk(description.properties, (p) => {
			if (p.type === 'options' && p.name !== 'requestOptions') {
				const names = p.options.map((o) => o.name);
				expect([p.name, names]).toEqual([p.name, [...names].sort((a, b) => a.localeCompare(b))]);
			}
			if (p.type === 'collection' && p.name !== 'requestOptions') {
				const names = p.options.map((o) => o.displayName);
				expect([p.name, names]).toEqual([p.name, [...names].sort((a, b) => a.localeCompare(b))]);
			}
		});
	});

	it('every ID of a record that has a list is a picker (list or ID) with an existing search method', () => {
		const withList = {
			couponId: 'searchCoupons',
			featureId: 'searchFeatures',
			invoiceId: 'searchInvoices',
			licenseId: 'searchLicenses',
			packageId: 'searchPackages',
			paymentId: 'searchPayments',
			priceId: 'searchPrices',
			subscriptionTypeId: 'searchSubscriptionTypes',
			walletId: 'searchWallets',
			originalWalletId: 'searchWallets',
			targetWalletId: 'searchWallets',
			refundWalletId: 'searchWallets',
		};
		let seen = 0;
		walk(description.properties, (p, ctx) => {
			if (!(p.name in withList)) return;
			seen++;
			expect([ctx.resource, ctx.operations, p.name, p.type]).toEqual([ctx.resource, ctx.operations, p.name, 'resourceLocator']);
			const list = p.modes.find((m) => m.name === 'list');
			expect(list.typeOptions.searchListMethod).toBe(withList[p.name]);
			expect(typeof methods.listSearch[list.typeOptions.searchListMethod]).toBe('function');
			expect(p.modes.map((m) => m.name)).toEqual(['list', 'id']);
		});
		expect(seen).toBeGreaterThan(50);
	});

	it('every list has Return All and Limit', () => {
		for (const resource of description.properties.find((p) => p.name === 'resource').options) {
			for (const op of operationsOf(resource.value).filter((o) => o.routing.operations?.pagination)) {
				const shown = (name) =>
					description.properties.find((p) => p.name === name && p.displayOptions?.show?.resource?.includes(resource.value) && p.displayOptions.show.operation.includes(op.value));
				expect([resource.value, op.value, !!shown('returnAll'), !!shown('limit')]).toEqual([resource.value, op.value, true, true]);
			}
		}
	});
});

describe('JFramework pickers (list searches)', () => {
	let emu;
	beforeAll(async () => {
		emu = await startJFrameworkEmulator();
	});
	afterAll(async () => {
		await emu.close();
	});
	beforeEach(() => emu.reset());

	/** Calls a list search with n8n-core's real load-options context (the credential's Brand-URL and Auth-Key sent by n8n). */
	const search = async (name, filter, token, parameters = {}) =>
		methods.listSearch[name].call(await listSearchContext({ type: 'jFramework', credentials: jframeworkCredentials(emu), parameters }), filter, token);

	it('plain lists: packages, subscription types, prices (narrowed to the chosen package), wallets', async () => {
		expect((await search('searchPackages', 'pro')).results).toEqual([{ name: 'Pro (pro)', value: JFW_IDS.pkgPro }]);
		expect((await search('searchSubscriptionTypes', 'year')).results).toEqual([{ name: `Yearly (1 Year) · ${JFW_IDS.stYearly}`, value: JFW_IDS.stYearly }]);
		const prices = await search('searchPrices', '', undefined, { resource: 'package', operation: 'upgradeCheckout', packageId: fromList(JFW_IDS.pkgBasic) });
		expect(prices.results.map((p) => p.value)).toEqual([JFW_IDS.priceBasicMonthly, JFW_IDS.priceBasicYearly]);
		expect(emu.lastRequest.query).toEqual({ packageId: JFW_IDS.pkgBasic });
		expect(emu.lastRequest.headers).toMatchObject({ 'brand-url': 'brand.example.com', 'auth-key': 'jfw-auth-key' });
		expect((await search('searchWallets', 'eur')).results).toEqual([{ name: 'EUR wallet WEUR0001: 50.00 EUR', value: JFW_IDS.walletEur }]);
	});

	it('paged lists search with keywords and page on with the pagination token', async () => {
		emu.seed('coupons', 60);
		const first = await search('searchCoupons', '', undefined);
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('1');
		expect(emu.lastRequest.query).toEqual({ pageNumber: '0', pageSize: '50' });
		const second = await search('searchCoupons', '', first.paginationToken);
		expect(second.results).toHaveLength(12);
		expect(second.paginationToken).toBeUndefined();
		const spring = await search('searchCoupons', 'spring');
		expect(spring.results).toEqual([{ name: 'Spring sale (SPRING20)', value: JFW_IDS.couponSpring }]);
		expect(emu.lastRequest.query).toEqual({ pageNumber: '0', pageSize: '50', keywords: 'spring' });
		expect((await search('searchLicenses', 'PRO-')).results).toEqual([{ name: 'PRO-DDDD-EEEE-FFFF (Used)', value: JFW_IDS.licenseUsed }]);
		expect((await search('searchFeatures', 'storage')).results).toEqual([{ name: 'Storage (storage)', value: JFW_IDS.featureStorage }]);
		expect((await search('searchPayments', 'PAY-0002')).results).toEqual([{ name: 'PAY-0002: 29.00 USD (Pending)', value: JFW_IDS.paymentPending }]);
		expect((await search('searchInvoices', 'INV-0001')).results).toEqual([{ name: 'INV-0001: 9.99 USD (Paid)', value: JFW_IDS.invoicePaid }]);
	});

	it('a failure shows JFramework\'s words', async () => {
		emu.addFault({ kind: 'status', status: 403, body: { success: false, statusCode: 403, errors: [{ code: 'Forbidden', message: 'No access to coupons.', correlationId: 'c-1' }] } });
		const error = await search('searchCoupons', '').catch((e) => e);
		expect(error.message).toBe('JFramework error 403: No access to coupons. (correlation ID c-1) (JFramework code Forbidden)');
		assertNoSecrets(error);
	});
});
