'use strict';
const { runNode, loadPackage } = require('../harness/engine');
const { startHyperazeEmulator, HYPERAZE_IDS } = require('../emulators');
const { PLAN_CURRENCIES } = require('../emulators/hyperaze');
const { hyperazeCredentials, byId, fromList } = require('../helpers');

const API = '/api/v1';
const I = HYPERAZE_IDS;
const PLAN_KEYS = [
	'id',
	'product_id',
	'name',
	'price',
	'currency',
	'pricing_type',
	'renewal_period',
	'renewal_period_unit',
	'trial_duration',
	'trial_period_unit',
	'shuffle_key',
	'stocks',
	'password',
	'initial_fee',
	'created_date',
];

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

const plan = (operation, parameters = {}, extra = {}) =>
	runNode({ type: 'hyperaze', parameters: { resource: 'plan', operation, ...parameters }, credentials, ...extra });

const base = { productId: fromList(I.productDemo), name: 'Starter', price: 19.5, currency: 'EUR' };

describe('Hyperaze: Pricing Plan → Create', () => {
	it('a One-time Fee plan: POST /plans/create with exactly the fields set; outputs the plan', async () => {
		const r = await plan('create', { ...base, pricingType: 'One-time Fee' });
		expect(r.error).toBeNull();
		expect(emu.requests).toHaveLength(1);
		expect(emu.requests[0]).toMatchObject({ method: 'POST', path: `${API}/plans/create`, query: {} });
		expect(emu.requests[0].body).toEqual({
			product_id: I.productDemo,
			name: 'Starter',
			price: 19.5,
			currency: 'EUR',
			pricing_type: 'One-time Fee',
		});
		expect(Object.keys(r.items[0])).toEqual(PLAN_KEYS);
		expect(r.items[0]).toMatchObject({ name: 'Starter', price: 19.5, currency: 'EUR', pricing_type: 'One-time Fee', renewal_period: null });
		expect(emu.state.plans.get(r.items[0].id)).toBeDefined();
	});

	it('a Subscription sends its renewal period and unit, and every additional field', async () => {
		const r = await plan('create', {
			...base,
			pricingType: 'Subscription',
			renewalPeriod: 3,
			renewalPeriodUnit: 'Month',
			additionalFields: {
				trial_duration: 14,
				trial_period_unit: 'Day',
				shuffle_key: true,
				stocks: 500,
				password: 'early-birds',
				initial_fee: 5,
			},
		});
		expect(r.error).toBeNull();
		expect(emu.requests[0].body).toEqual({
			product_id: I.productDemo,
			name: 'Starter',
			price: 19.5,
			currency: 'EUR',
			pricing_type: 'Subscription',
			renewal_period: 3,
			renewal_period_unit: 'Month',
			trial_duration: 14,
			trial_period_unit: 'Day',
			shuffle_key: true,
			stocks: 500,
			password: 'early-birds',
			initial_fee: 5,
		});
		expect(r.items[0]).toMatchObject({ pricing_type: 'Subscription', renewal_period: 3, renewal_period_unit: 'Month', trial_duration: 14, initial_fee: 5 });
	});

	it('renewal fields are shown only for a Subscription, and not sent otherwise', async () => {
		const r = await plan('create', { ...base, price: 0, pricingType: 'Free', renewalPeriod: 1, renewalPeriodUnit: 'Year' });
		expect(r.error).toBeNull();
		expect(emu.requests[0].body).toEqual({ product_id: I.productDemo, name: 'Starter', price: 0, currency: 'EUR', pricing_type: 'Free' });
		const loader = await loadPackage();
		const props = loader.nodeTypes.hyperaze.type.description.properties;
		for (const name of ['renewalPeriod', 'renewalPeriodUnit']) {
			const p = props.find((x) => x.name === name && x.displayOptions?.show?.resource?.includes('plan'));
			expect(p.displayOptions.show).toEqual({ resource: ['plan'], operation: ['create'], pricingType: ['Subscription'] });
			expect(p.required).toBe(true);
		}
	});

	it('refuses a renewal period over a year before any request, naming the field', async () => {
		for (const [renewalPeriod, renewalPeriodUnit] of [[400, 'Day'], [366, 'Day'], [60, 'Week'], [53, 'Week'], [13, 'Month'], [2, 'Year']]) {
			const r = await plan('create', { ...base, pricingType: 'Subscription', renewalPeriod, renewalPeriodUnit });
			expect(r.error.message).toMatch(new RegExp(`^Renewal Period: ${renewalPeriod} ${renewalPeriodUnit.toLowerCase()}s is more than a year`));
			expect(r.error.description).toMatch(/Nothing was sent/);
		}
		expect(emu.requests).toHaveLength(0);
		// the longest allowed periods go through
		for (const [renewalPeriod, renewalPeriodUnit] of [[365, 'Day'], [52, 'Week'], [12, 'Month'], [1, 'Year']]) {
			const r = await plan('create', { ...base, pricingType: 'Subscription', renewalPeriod, renewalPeriodUnit });
			expect(r.error).toBeNull();
		}
		expect(emu.requests).toHaveLength(4);
	});

	it('refuses a Subscription without a renewal period, a trial over a year, and a trial without its unit', async () => {
		let r = await plan('create', { ...base, pricingType: 'Subscription', renewalPeriod: '={{ "" }}' });
		expect(r.error.message).toMatch(/^Renewal Period: a value is required/);
		r = await plan('create', { ...base, pricingType: 'Subscription', renewalPeriod: 0, renewalPeriodUnit: 'Month' });
		expect(r.error.message).toMatch(/^Renewal Period: must be a whole number of 1 or more/);
		r = await plan('create', { ...base, pricingType: 'One-time Fee', additionalFields: { trial_duration: 13, trial_period_unit: 'Month' } });
		expect(r.error.message).toMatch(/^Trial Duration: 13 months is more than a year/);
		r = await plan('create', { ...base, pricingType: 'One-time Fee', additionalFields: { trial_duration: 7 } });
		expect(r.error.message).toBe('Trial Period Unit: a value is required when Trial Duration is set');
		r = await plan('create', { ...base, pricingType: 'One-time Fee', additionalFields: { trial_period_unit: 'Week' } });
		expect(r.error.message).toBe('Trial Duration: a value is required when Trial Period Unit is set');
		expect(emu.requests).toHaveLength(0);
	});

	it('refuses an unknown currency, a negative price or initial fee, and missing product, name or price', async () => {
		const cases = [
			[{ currency: '={{ "CHF" }}' }, /^Currency: "CHF" is not a currency Hyperaze accepts: use one of AUD, CAD, /],
			[{ currency: '={{ "usd" }}' }, /^Currency: "usd" is not a currency/],
			[{ price: -1 }, /^Price: must be a number of 0 or more \(got -1\)/],
			[{ price: '={{ -0.01 }}' }, /^Price: must be a number of 0 or more/],
			[{ price: '={{ "" }}' }, /^Price: a value is required/],
			[{ additionalFields: { initial_fee: -5 } }, /^Initial Fee: must be a number of 0 or more/],
			[{ additionalFields: { stocks: 1.5 } }, /^Stocks: must be a whole number of 0 or more/],
			[{ pricingType: '={{ "Monthly" }}' }, /^Pricing Type: "Monthly" is not a pricing type Hyperaze accepts/],
			[{ productId: byId('={{ "" }}') }, /^Product: a value is required/],
			[{ name: '={{ "" }}' }, /^Name: a value is required/],
		];
		for (const [change, message] of cases) {
			const r = await plan('create', { ...base, pricingType: 'One-time Fee', ...change });
			expect([change, r.error?.message]).toEqual([change, expect.stringMatching(message)]);
		}
		expect(emu.requests).toHaveLength(0);
	});

	it('the currency list is exactly Hyperaze\'s documented currencies', async () => {
		const loader = await loadPackage();
		const props = loader.nodeTypes.hyperaze.type.description.properties;
		const currency = props.find((p) => p.name === 'currency' && p.displayOptions?.show?.resource?.includes('plan'));
		expect(currency.type).toBe('options');
		expect(currency.options.map((o) => o.value).sort()).toEqual([...PLAN_CURRENCIES].sort());
		expect(currency.options).toHaveLength(17);
		const pricingType = props.find((p) => p.name === 'pricingType');
		expect(pricingType.options.map((o) => o.value)).toEqual(['Free', 'One-time Fee', 'Subscription']);
	});

	it('Hyperaze\'s own refusals are shown in its words (an unknown product)', async () => {
		const r = await plan('create', { ...base, productId: byId('prod_missing'), pricingType: 'Free', price: 0 });
		expect(r.error.message).toBe('Hyperaze error 400: product_id: Product prod_missing does not exist. (invalid_parameter)');
		expect(r.error.description).toMatch(/Check the fields/);
		expect(emu.requests).toHaveLength(1);
	});

	it('a server error on Create is not repeated', async () => {
		emu.addFault({ path: `${API}/plans/create`, kind: 'status', status: 500, body: { message: 'Internal error' } });
		const r = await plan('create', { ...base, pricingType: 'Free', price: 0 });
		expect(r.error.message).toMatch(/^Hyperaze error 500/);
		expect(r.error.description).toMatch(/not repeated/);
		expect(emu.requests).toHaveLength(1);
	});
});

describe('Hyperaze: Pricing Plan → Update', () => {
	it('POST /plans/update with the id and only the fields set', async () => {
		const r = await plan('update', { planId: fromList(I.planMonthly), updateFields: { price: 12.5, name: 'Monthly (new)' } });
		expect(r.error).toBeNull();
		expect(emu.requests).toEqual([
			expect.objectContaining({ method: 'POST', path: `${API}/plans/update`, query: {}, body: { id: I.planMonthly, price: 12.5, name: 'Monthly (new)' } }),
		]);
		expect(Object.keys(r.items[0])).toEqual(PLAN_KEYS);
		expect(r.items[0]).toMatchObject({ id: I.planMonthly, price: 12.5, name: 'Monthly (new)', pricing_type: 'Subscription', renewal_period: 1 });
	});

	it('can set every documented field, and move the plan to another product', async () => {
		const r = await plan('update', {
			planId: byId(I.planLifetime),
			updateFields: {
				product: fromList(I.productPro),
				currency: 'SGD',
				pricing_type: 'Subscription',
				renewal_period: 52,
				renewal_period_unit: 'Week',
				trial_duration: 1,
				trial_period_unit: 'Year',
				shuffle_key: false,
				stocks: 0,
				password: 'pw',
				initial_fee: 0,
			},
		});
		expect(r.error).toBeNull();
		expect(emu.requests[0].body).toEqual({
			id: I.planLifetime,
			product_id: I.productPro,
			currency: 'SGD',
			pricing_type: 'Subscription',
			renewal_period: 52,
			renewal_period_unit: 'Week',
			trial_duration: 1,
			trial_period_unit: 'Year',
			shuffle_key: false,
			stocks: 0,
			password: 'pw',
			initial_fee: 0,
		});
		expect(r.items[0]).toMatchObject({ product_id: I.productPro, pricing_type: 'Subscription', renewal_period_unit: 'Week' });
	});

	it('stops bad input before any request, naming the field', async () => {
		const cases = [
			[{ planId: byId('={{ "" }}') }, /^Pricing Plan: a value is required/],
			[{ updateFields: { renewal_period: 400, renewal_period_unit: 'Day' } }, /^Renewal Period: 400 days is more than a year/],
			[{ updateFields: { renewal_period: 60, renewal_period_unit: 'Week' } }, /^Renewal Period: 60 weeks is more than a year/],
			[{ updateFields: { renewal_period: 13, renewal_period_unit: 'Month' } }, /^Renewal Period: 13 months is more than a year/],
			[{ updateFields: { renewal_period: 6 } }, /^Renewal Period Unit: a value is required when Renewal Period is set/],
			[{ updateFields: { pricing_type: 'Free', renewal_period: 1, renewal_period_unit: 'Month' } }, /^Renewal Period: only applies to Subscription plans/],
			[{ updateFields: { trial_duration: 400, trial_period_unit: 'Day' } }, /^Trial Duration: 400 days is more than a year/],
			[{ updateFields: { currency: '={{ "XYZ" }}' } }, /^Currency: "XYZ" is not a currency Hyperaze accepts/],
			[{ updateFields: { price: -10 } }, /^Price: must be a number of 0 or more/],
			[{ updateFields: { initial_fee: -0.5 } }, /^Initial Fee: must be a number of 0 or more/],
			[{ updateFields: { product: fromList('') } }, /^Product: a value is required \(or remove the field\)/],
		];
		for (const [change, message] of cases) {
			const r = await plan('update', { planId: byId(I.planMonthly), ...change });
			expect([change, r.error?.message]).toEqual([change, expect.stringMatching(message)]);
		}
		expect(emu.requests).toHaveLength(0);
	});

	it('an unknown plan is Hyperaze\'s 404; a plan that becomes a Subscription without renewal is Hyperaze\'s 400', async () => {
		let r = await plan('update', { planId: byId('plan_missing'), updateFields: { price: 1 } });
		expect(r.error.message).toBe('Hyperaze error 404: Plan plan_missing was not found. (not_found)');
		r = await plan('update', { planId: byId(I.planLifetime), updateFields: { pricing_type: 'Subscription' } });
		expect(r.error.message).toMatch(/^Hyperaze error 400: renewal_period and renewal_period_unit are required/);
	});
});

describe('Hyperaze: Pricing Plan → Get, Get Many', () => {
	it('Get: GET /plans/retrieve?id=', async () => {
		const r = await plan('get', { planId: fromList(I.planPro) });
		expect(r.error).toBeNull();
		expect(emu.requests).toEqual([expect.objectContaining({ method: 'GET', path: `${API}/plans/retrieve`, query: { id: I.planPro } })]);
		expect(Object.keys(r.items[0])).toEqual(PLAN_KEYS);
		expect(r.items[0]).toMatchObject({ id: I.planPro, name: 'Pro Yearly', currency: 'EUR', trial_duration: 14 });
		const missing = await plan('get', { planId: byId('plan_missing') });
		expect(missing.error.message).toMatch(/^Hyperaze error 404: Plan plan_missing was not found/);
	});

	it('Get Many: all plans across pages; Limit stops early', async () => {
		emu.seed('plans', 200);
		const all = await plan('getAll', { returnAll: true });
		expect(all.items).toHaveLength(204);
		expect(emu.requests.map((q) => [q.path, q.query])).toEqual([
			[`${API}/plans/list`, { page: '1', limit: '100' }],
			[`${API}/plans/list`, { page: '2', limit: '100' }],
			[`${API}/plans/list`, { page: '3', limit: '100' }],
		]);
		emu.clearRequests();
		const some = await plan('getAll', { limit: 5 });
		expect(some.items.map((p) => p.id)).toEqual(all.items.slice(0, 5).map((p) => p.id));
		expect(emu.requests.map((q) => q.query)).toEqual([{ page: '1', limit: '5' }]);
	});

	it('Get Many with a product filter sends product_id on every page', async () => {
		emu.seed('plans', Array.from({ length: 120 }, () => ({ product_id: I.productPro })));
		const r = await plan('getAll', { returnAll: true, filters: { product: fromList(I.productPro) } });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(121);
		expect(r.items.every((p) => p.product_id === I.productPro)).toBe(true);
		expect(emu.requests.map((q) => q.query)).toEqual([
			{ product_id: I.productPro, page: '1', limit: '100' },
			{ product_id: I.productPro, page: '2', limit: '100' },
		]);
		emu.clearRequests();
		const empty = await plan('getAll', { returnAll: true, filters: { product: byId('={{ "" }}') } });
		expect(empty.error.message).toMatch(/^Product: a value is required \(or remove the field\)/);
		expect(emu.requests).toHaveLength(0);
	});
});
