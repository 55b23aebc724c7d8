'use strict';
const path = require('path');
const { runNode, loadPackage, listSearchContext, PACKAGE_DIR } = require('../harness/engine');
const { startHyperazeEmulator, HYPERAZE_IDS } = require('../emulators');
const { hyperazeCredentials, byId, fromList } = require('../helpers');

const API = '/api/v1';
const I = HYPERAZE_IDS;
const PRODUCT_KEYS = ['id', 'name', 'description', 'created_date'];
const PAYMENT_KEYS = ['id', 'membership_id', 'product_id', 'plan_id', 'amount', 'currency', 'status', 'customer_email', 'created_date'];

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

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'hyperaze', parameters: { resource, operation, ...parameters }, credentials, ...extra });

describe('Hyperaze: Product', () => {
	it('Get: GET /products/retrieve?id=; unknown IDs are Hyperaze\'s 404; a missing ID sends nothing', async () => {
		let r = await run('product', 'get', { productId: fromList(I.productPro) });
		expect(r.error).toBeNull();
		expect(emu.requests).toEqual([expect.objectContaining({ method: 'GET', path: `${API}/products/retrieve`, query: { id: I.productPro } })]);
		expect(Object.keys(r.items[0])).toEqual(PRODUCT_KEYS);
		expect(r.items[0]).toMatchObject({ id: I.productPro, name: 'Demo App Pro' });
		r = await run('product', 'get', { productId: byId('prod_missing') });
		expect(r.error.message).toBe('Hyperaze error 404: Product prod_missing was not found. (not_found)');
		emu.clearRequests();
		r = await run('product', 'get', { productId: byId('={{ "" }}') });
		expect(r.error.message).toMatch(/^Product: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Get Many: every page with Return All, one short page with Limit', async () => {
		emu.seed('products', 150);
		const all = await run('product', 'getAll', { returnAll: true });
		expect(all.items).toHaveLength(152);
		expect(Object.keys(all.items[0])).toEqual(PRODUCT_KEYS);
		expect(emu.requests.map((q) => [q.method, q.path, q.query])).toEqual([
			['GET', `${API}/products/list`, { page: '1', limit: '100' }],
			['GET', `${API}/products/list`, { page: '2', limit: '100' }],
		]);
		emu.clearRequests();
		const some = await run('product', 'getAll', { limit: 2 });
		expect(some.items.map((p) => p.id)).toEqual([I.productDemo, I.productPro]);
		expect(emu.requests.map((q) => q.query)).toEqual([{ page: '1', limit: '2' }]);
	});
});

describe('Hyperaze: Payment', () => {
	it('Get: GET /payments/retrieve?id=', async () => {
		const r = await run('payment', 'get', { paymentId: fromList(I.paymentRefunded) });
		expect(r.error).toBeNull();
		expect(emu.requests).toEqual([expect.objectContaining({ method: 'GET', path: `${API}/payments/retrieve`, query: { id: I.paymentRefunded } })]);
		expect(Object.keys(r.items[0])).toEqual(PAYMENT_KEYS);
		expect(r.items[0]).toMatchObject({ id: I.paymentRefunded, amount: 199, currency: 'EUR', status: 'refunded' });
	});

	it('Get: unknown IDs are Hyperaze\'s 404; a missing ID sends nothing', async () => {
		let r = await run('payment', 'get', { paymentId: byId('pay_missing') });
		expect(r.error.message).toBe('Hyperaze error 404: Payment pay_missing was not found. (not_found)');
		expect(r.error.description).toMatch(/check the ID/);
		emu.clearRequests();
		r = await run('payment', 'get', { paymentId: fromList('={{ "" }}') });
		expect(r.error.message).toMatch(/^Payment: a value is required/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Get Many: Return All across pages, Limit stops early (requests counted)', async () => {
		emu.seed('payments', 297);
		const all = await run('payment', 'getAll', { returnAll: true });
		expect(all.items).toHaveLength(300);
		expect(new Set(all.items.map((p) => p.id)).size).toBe(300);
		// 300 records = three full pages, then an empty one that ends the list
		expect(emu.requests.map((q) => q.query.page)).toEqual(['1', '2', '3', '4']);
		emu.clearRequests();
		const some = await run('payment', 'getAll', { limit: 101 });
		expect(some.items).toHaveLength(101);
		expect(emu.requests.map((q) => q.query)).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
		]);
	});

	it('Get Many on several input items lists once per item, each output paired with its item', async () => {
		const r = await run('payment', 'getAll', { returnAll: true }, { items: [{}, {}] });
		expect(r.items).toHaveLength(6);
		expect(r.raw.map((i) => i.pairedItem.item)).toEqual([0, 0, 0, 1, 1, 1]);
	});
});

describe('Hyperaze: Checkout Link (Create fields)', () => {
	it('Create sends plan_id, password, stock_type, stocks, release method and dates', async () => {
		const r = await run('checkout', 'create', {
			planId: fromList(I.planPro),
			stockType: 'Limited',
			stocks: 3,
			additionalFields: {
				password: 'vip',
				release_method: 'Scheduled',
				start_date: '2026-03-01T09:00:00',
				end_date: '2026-03-31T18:00:00',
			},
		});
		expect(r.error).toBeNull();
		expect(emu.requests[0]).toMatchObject({ method: 'POST', path: `${API}/checkouts/create` });
		expect(emu.requests[0].body).toEqual({
			plan_id: I.planPro,
			stock_type: 'Limited',
			stocks: 3,
			password: 'vip',
			release_method: 'Scheduled',
			start_date: '2026-03-01T09:00:00',
			end_date: '2026-03-31T18:00:00',
		});
		expect(r.items[0]).toMatchObject({ plan_id: I.planPro, product_id: I.productPro, stocks: 3, release_method: 'Scheduled' });
	});

	it('Unlimited sends no stocks; Limited without stocks is stopped before any request', async () => {
		let r = await run('checkout', 'create', { planId: byId(I.planFree), stockType: 'Unlimited', stocks: 5 });
		expect(r.error).toBeNull();
		expect(emu.requests[0].body).toEqual({ plan_id: I.planFree, stock_type: 'Unlimited' });
		emu.clearRequests();
		r = await run('checkout', 'create', { planId: byId(I.planFree), stockType: 'Limited', stocks: '={{ "" }}' });
		expect(r.error.message).toBe('Stocks: a value is required when Stock Type is Limited');
		r = await run('checkout', 'create', { planId: byId(I.planFree), stockType: 'Limited', stocks: '={{ 2.5 }}' });
		expect(r.error.message).toMatch(/^Stocks: must be a whole number of 1 or more/);
		expect(emu.requests).toHaveLength(0);
	});
});

/**
 * List searches (the "From List" mode of every ID field) run in n8n's editor, outside the
 * execution engine: they are called here with n8n-core's real load-options context, which sends
 * the credential's key as the credential's `authenticate` block says (Bearer).
 */
const loadOptionsContext = (parameters = {}) => listSearchContext({ type: 'hyperaze', credentials, parameters });

describe('Hyperaze: list searches', () => {
	let methods;
	beforeAll(async () => {
		const { Hyperaze } = require(path.join(PACKAGE_DIR, 'dist/nodes/Hyperaze/Hyperaze.node.js'));
		methods = new Hyperaze().methods.listSearch;
	});

	it('memberships: license key, buyer and status; searchable by key, e-mail or ID', async () => {
		const all = await methods.searchMemberships.call(await loadOptionsContext());
		expect(emu.requests[0]).toMatchObject({ method: 'GET', path: `${API}/memberships/list` });
		// n8n adds the credential as its authenticate block says
		expect(emu.requests[0].headers.authorization).toBe('Bearer hz-test-key');
		expect(all.results).toHaveLength(5);
		expect(all.results[0]).toEqual({ name: 'ABCD-EFGH-IJKL-MNOP – ada@example.com (active)', value: I.membershipActive });
		expect((await methods.searchMemberships.call(await loadOptionsContext(), 'LINUS')).results).toEqual([
			{ name: 'CANC-ELLE-D000-0003 – linus@example.com (cancelled)', value: I.membershipCancelled },
		]);
		expect((await methods.searchMemberships.call(await loadOptionsContext(), 'term-inat')).results.map((r) => r.value)).toEqual([I.membershipTerminated]);
	});

	it('products, plans, payments and checkout links', async () => {
		expect((await methods.searchProducts.call(await loadOptionsContext())).results).toEqual([
			{ name: `Demo App · ${I.productDemo}`, value: I.productDemo },
			{ name: `Demo App Pro · ${I.productPro}`, value: I.productPro },
		]);
		expect((await methods.searchProducts.call(await loadOptionsContext(), 'app pro')).results.map((r) => r.value)).toEqual([I.productPro]);
		expect((await methods.searchPlans.call(await loadOptionsContext(), 'yearly')).results).toEqual([{ name: `Pro Yearly: 199.00 EUR · ${I.planPro}`, value: I.planPro }]);
		const payments = await methods.searchPayments.call(await loadOptionsContext());
		expect(payments.results[0]).toEqual({ name: `9.99 USD – ada@example.com – 2025-01-01 · ${I.paymentMonthly}`, value: I.paymentMonthly });
		expect((await methods.searchPayments.call(await loadOptionsContext(), 'ken@')).results.map((r) => r.value)).toEqual([I.paymentRefunded]);
		expect((await methods.searchCheckouts.call(await loadOptionsContext())).results.map((r) => r.value)).toEqual([I.checkoutDemo]);
	});

	it('a refused API key is an error that points at the credential', async () => {
		credentials = hyperazeCredentials(emu, { apiKey: 'wrong-key-123' });
		await expect(methods.searchProducts.call(await loadOptionsContext())).rejects.toThrow(/Hyperaze error 401/);
	});
});

describe('Hyperaze: node description', () => {
	let description;
	beforeAll(async () => {
		const loader = await loadPackage();
		description = loader.nodeTypes.hyperaze.type.description;
	});

	it('offers the five resources and every documented operation', () => {
		const resource = description.properties.find((p) => p.name === 'resource');
		expect(resource.options.map((o) => [o.name, o.value])).toEqual([
			['Checkout Link', 'checkout'],
			['Membership', 'membership'],
			['Payment', 'payment'],
			['Pricing Plan', 'plan'],
			['Product', 'product'],
		]);
		const operations = Object.fromEntries(
			description.properties
				.filter((p) => p.name === 'operation')
				.map((p) => [p.displayOptions.show.resource[0], p.options.map((o) => o.name)]),
		);
		expect(operations).toEqual({
			checkout: ['Create', 'Get', 'Get Many', 'Update'],
			membership: ['Cancel', 'Get', 'Get Many', 'Terminate', 'Validate License Key'],
			payment: ['Get', 'Get Many'],
			plan: ['Create', 'Get', 'Get Many', 'Update'],
			product: ['Get', 'Get Many'],
		});
	});

	it('every ID field is a resource locator with a list search the node has', () => {
		const { Hyperaze } = require(path.join(PACKAGE_DIR, 'dist/nodes/Hyperaze/Hyperaze.node.js'));
		const searches = Object.keys(new Hyperaze().methods.listSearch);
		const locators = [];
		const walk = (props) => {
			for (const p of props) {
				if (p.type === 'resourceLocator') locators.push(p);
				if (Array.isArray(p.options)) walk(p.options.filter((o) => o && o.type));
				if (Array.isArray(p.values)) walk(p.values);
			}
		};
		walk(description.properties);
		const byName = {};
		for (const l of locators) {
			const method = l.modes.find((m) => m.name === 'list').typeOptions.searchListMethod;
			expect(searches).toContain(method);
			byName[l.displayName] = method;
		}
		expect(byName).toEqual({
			'Checkout Link': 'searchCheckouts',
			Membership: 'searchMemberships',
			Payment: 'searchPayments',
			'Pricing Plan': 'searchPlans',
			Product: 'searchProducts',
		});
	});

	it('inferred endpoints are marked in one place, documented ones are not', () => {
		const { ENDPOINTS } = require(path.join(PACKAGE_DIR, 'dist/nodes/Hyperaze/shared/endpoints.js'));
		const documented = Object.entries(ENDPOINTS).filter(([, e]) => !e.inferred).map(([, e]) => `${e.method} ${e.path}`).sort();
		expect(documented).toEqual([
			'GET /plans/retrieve',
			'POST /checkouts/create',
			'POST /checkouts/update',
			'POST /memberships/validate_license_key',
			'POST /plans/create',
			'POST /plans/update',
		]);
	});
});
