'use strict';
/**
 * Zoho Billing catalog: plans, add-ons, coupons, items and price lists (products have their own
 * tests in zoho-billing.test.js). Every operation runs through n8n's engine against the Zoho
 * emulator; the requests it sends are checked exactly.
 */
const path = require('path');
const { runNode, loadPackage, listSearchContext, PACKAGE_DIR } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { zohoCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

const API = '/billing/v1';

let emu;
let credentials;
let productId;
beforeAll(async () => {
	emu = await startZohoEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	credentials = zohoCredentials(emu);
	productId = emu.seed('products', [{ name: 'PiperHost' }])[0].product_id;
	emu.clearRequests();
});

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'zohoBilling', parameters: { resource, operation, ...parameters }, credentials, ...extra });
const apiRequests = () => emu.requests.filter((r) => r.path.startsWith(API));
const lastRequest = () => apiRequests()[apiRequests().length - 1];

/** Creates through the emulator's API (not the node), for tests that need existing records. */
const seedPlan = (code = 'basic-monthly', extra = {}) =>
	emu.seed('plans', [{ plan_code: code, name: `Plan ${code}`, product_id: productId, recurring_price: 10, interval: 1, ...extra }])[0];
const seedAddon = (code = 'Email-basic', extra = {}) =>
	emu.seed('addons', [{ addon_code: code, name: `Addon ${code}`, unit_name: 'Email', product_id: productId, price_brackets: [{ price: 2 }], type: 'recurring', ...extra }])[0];

/* ================================================================================================
 * Plans
 * ============================================================================================== */

describe('Zoho Billing: Plan', () => {
	const minimal = (extra = {}) => ({
		code: 'basic-monthly',
		name: 'Basic',
		productId: fromList(productId),
		recurring_price: 12.5,
		interval: 1,
		...extra,
	});

	it('Create: POST /plans with the required fields and every kind of additional field in Zoho\'s shape; outputs the plan', async () => {
		seedAddon('Email-basic');
		emu.clearRequests();
		const r = await run(
			'plan',
			'create',
			minimal({
				interval_unit: 'years',
				additionalFields: {
					billing_cycles: 12,
					trial_period: 14,
					setup_fee: 20,
					setup_fee_account_id: '903000987009905',
					can_charge_setup_fee_immediately: true,
					unit: 'user',
					description: 'Basic plan',
					store_markup_description: 'Mailbox 100GB',
					tax_id: '903000000065300',
					is_taxable: false,
					tax_exemption_id: '903000006345',
					product_type: 'goods',
					hsn_or_sac: '74191010',
					itemTaxPreferences: { preference: [{ tax_id: '11', tax_specification: 'inter' }, { tax_id: '', tax_specification: 'intra' }] },
					tags: { tag: [{ tag_id: '460000000054182', tag_option_id: '460000000054280' }] },
					customFields: { field: [{ label: 'Region', value: 'EU' }, { label: '2000000029001', value: 'x' }] },
					extraFieldsJson: '{"sat_item_key_code": "71121206", "name": "ignored: the node\'s own field wins"}',
				},
			}),
		);
		expect(r.error).toBeNull();
		expect(apiRequests()).toHaveLength(1);
		const req = apiRequests()[0];
		expect(req).toMatchObject({ method: 'POST', path: `${API}/plans` });
		expect(req.body).toEqual({
			plan_code: 'basic-monthly',
			name: 'Basic',
			product_id: productId,
			recurring_price: 12.5,
			interval: 1,
			interval_unit: 'years',
			billing_cycles: 12,
			trial_period: 14,
			setup_fee: 20,
			setup_fee_account_id: '903000987009905',
			can_charge_setup_fee_immediately: true,
			unit: 'user',
			description: 'Basic plan',
			store_markup_description: 'Mailbox 100GB',
			tax_id: '903000000065300',
			is_taxable: 'false',
			tax_exemption_id: '903000006345',
			product_type: 'goods',
			hsn_or_sac: '74191010',
			item_tax_preferences: [{ tax_id: '11', tax_specification: 'inter' }],
			tags: [{ tag_id: 460000000054182, tag_option_id: 460000000054280 }],
			custom_fields: [{ label: 'Region', value: 'EU' }, { label: '2000000029001', value: 'x' }],
			sat_item_key_code: '71121206',
		});
		expect(r.items).toHaveLength(1);
		expect(r.items[0]).toMatchObject({ plan_code: 'basic-monthly', name: 'Basic', status: 'active', recurring_price: 12.5, interval_unit: 'years' });
		expect(r.items[0].code).toBeUndefined(); // the record, not Zoho's envelope
	});

	it('round-trips create → get → update → mark inactive → mark active → delete', async () => {
		seedAddon('Email-basic');
		const created = await run('plan', 'create', minimal());
		expect(created.error).toBeNull();

		const got = await run('plan', 'get', { planCode: fromList('basic-monthly') });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/plans/basic-monthly` });
		expect(got.items).toEqual([expect.objectContaining({ plan_code: 'basic-monthly', name: 'Basic', product_id: productId })]);

		const updated = await run('plan', 'update', {
			planCode: byId('basic-monthly'),
			name: 'Basic Plus',
			updateFields: { recurring_price: 15, interval: 3, addons: { addon: [{ code: 'Email-basic' }, { code: '  ' }] } },
		});
		expect(updated.error).toBeNull();
		expect(lastRequest()).toMatchObject({
			method: 'PUT',
			path: `${API}/plans/basic-monthly`,
			body: { name: 'Basic Plus', recurring_price: 15, interval: 3, addons: [{ addon_code: 'Email-basic' }] },
		});
		expect(updated.items[0]).toMatchObject({ name: 'Basic Plus', recurring_price: 15, interval: 3, addons: [{ addon_code: 'Email-basic', name: 'Addon Email-basic' }] });

		const inactive = await run('plan', 'markAsInactive', { planCode: byId('basic-monthly') });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/plans/basic-monthly/markasinactive` });
		expect(inactive.items).toEqual([{ success: true, message: 'The plan has been marked as inactive.' }]);
		expect((await run('plan', 'get', { planCode: byId('basic-monthly') })).items[0].status).toBe('inactive');

		const active = await run('plan', 'markAsActive', { planCode: byId('basic-monthly') });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/plans/basic-monthly/markasactive` });
		expect(active.items).toEqual([{ success: true, message: 'The plan has been marked as active.' }]);
		expect((await run('plan', 'get', { planCode: byId('basic-monthly') })).items[0].status).toBe('active');

		const deleted = await run('plan', 'delete', { planCode: byId('basic-monthly') });
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/plans/basic-monthly` });
		expect(deleted.items).toEqual([{ success: true, message: 'The plan has been deleted.' }]);
		const gone = await run('plan', 'get', { planCode: byId('basic-monthly') });
		expect(gone.error.message).toBe('Zoho Billing error 404: Plan does not exist. (Zoho code 1002)');
		expect(gone.error.description).toMatch(/check the ID/);
	});

	it('Get Many: Return All reads every page of 200; Limit stops early; filters go to the query', async () => {
		emu.seed('plans', 450);
		let r = await run('plan', 'getAll', { returnAll: true });
		expect(r.items).toHaveLength(450);
		expect(r.items[449].plan_code).toBe('plan-0450');
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);

		emu.clearRequests();
		r = await run('plan', 'getAll', { returnAll: false, limit: 250, filters: { filter_by: 'PlanStatus.ACTIVE', product_id: '903000000045027' } });
		expect(r.items).toHaveLength(250);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200', filter_by: 'PlanStatus.ACTIVE', product_id: '903000000045027' },
			{ page: '2', per_page: '200', filter_by: 'PlanStatus.ACTIVE', product_id: '903000000045027' },
		]);

		emu.clearRequests();
		r = await run('plan', 'getAll', { returnAll: false, limit: 3, filters: { filter_by: 'PlanStatus.INACTIVE' } });
		expect(r.items).toEqual([]);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '3', filter_by: 'PlanStatus.INACTIVE' }]);
	});

	it('bad input is stopped before any request, naming the field', async () => {
		const cases = [
			[minimal({ productId: fromList('') }), /Product/], // the engine itself refuses an empty required field
			[minimal({ recurring_price: -1 }), /^Recurring Price: must be a number of 0 or more/],
			[minimal({ interval: 1.5 }), /^Interval: must be a whole number of 1 or more/],
			[minimal({ additionalFields: { billing_cycles: 0 } }), /^Billing Cycles: must be -1 \(renew until cancelled\)/],
			[minimal({ additionalFields: { trial_period: -3 } }), /^Trial Period \(Days\): must be a whole number of 0 or more/],
			[minimal({ additionalFields: { setup_fee: -5 } }), /^Setup Fee: must be a number of 0 or more/],
			[minimal({ code: 'x'.repeat(101) }), /^Plan Code: must be at most 100 characters/],
			[minimal({ additionalFields: { extraFieldsJson: '{oops' } }), /^Extra Fields \(JSON\): is not valid JSON/],
		];
		for (const [parameters, message] of cases) {
			const r = await run('plan', 'create', parameters);
			expect([parameters, r.error && r.error.message]).toEqual([parameters, expect.stringMatching(message)]);
		}
		let r = await run('plan', 'update', { planCode: fromList(' '), name: 'x' });
		expect(r.error.message).toMatch(/^Plan: a value is required/);
		r = await run('plan', 'update', { planCode: byId('p'), name: 'x', updateFields: { interval: 0 } });
		expect(r.error.message).toMatch(/^Interval: must be a whole number of 1 or more/);
		r = await run('plan', 'create', minimal({ code: '' }));
		expect(r.error.message).toMatch(/Plan Code/);
		for (const resource of ['plan', 'addon', 'coupon']) {
			r = await run(resource, 'getAll', { returnAll: true, filters: { product_id: 'PiperHost' } });
			expect(r.error.message).toBe('Product ID: "PiperHost" is not a Zoho ID: Zoho IDs are made of digits only');
		}
		expect(apiRequests()).toHaveLength(0);
	});

	it('Zoho\'s errors come through with its words: unknown product, duplicate code, code != 0 on HTTP 200', async () => {
		let r = await run('plan', 'create', minimal({ productId: byId('999') }));
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for product_id (Zoho code 2)');
		expect(r.error.description).toMatch(/Zoho names the value it rejected/);

		seedPlan('basic-monthly');
		r = await run('plan', 'create', minimal());
		expect(r.error.message).toBe('Zoho Billing error 400: The plan code already exists. (Zoho code 100501)');

		emu.addFault({ kind: 'zoho-error-200', body: { code: 103002, message: 'The plan cannot be deleted as it has transactions.' } });
		r = await run('plan', 'delete', { planCode: byId('basic-monthly') });
		expect(r.error.message).toBe('Zoho Billing error: The plan cannot be deleted as it has transactions. (Zoho code 103002)');
		expect(r.items).toEqual([]);
		expect(emu.state.plans.has('basic-monthly')).toBe(true);
	});

	it('plan codes are percent-encoded in every path; a code that could reach another path is refused before any request', async () => {
		// a plan code is not a digit ID: spaces, +, &, =, é and : are allowed, and travel percent-encoded
		const code = 'pro plan+1&x=é:y';
		seedPlan(code);
		let r = await run('plan', 'get', { planCode: byId(code) });
		expect(r.error).toBeNull();
		expect(r.items[0].plan_code).toBe(code);
		expect(lastRequest().path).toBe(`${API}/plans/pro%20plan%2B1%26x%3D%C3%A9%3Ay`);
		for (const operation of ['markAsInactive', 'markAsActive']) {
			r = await run('plan', operation, { planCode: byId(code) });
			expect(r.error).toBeNull();
			expect(lastRequest().path).toBe(`${API}/plans/pro%20plan%2B1%26x%3D%C3%A9%3Ay/${operation.toLowerCase()}`);
		}
		emu.clearRequests();
		for (const operation of ['get', 'markAsInactive', 'markAsActive', 'delete']) {
			for (const bad of ['a/b?c#d', '../products', '..%2Fproducts']) {
				r = await run('plan', operation, { planCode: byId(bad) });
				expect(r.error.message).toBe(`Plan: "${bad}" is not an ID: IDs have no /, \\, ?, # or %`);
				expect(r.error.description).toMatch(/Nothing was sent/);
			}
			r = await run('plan', operation, { planCode: fromList('..') });
			expect(r.error.message).toBe('Plan: ".." is not an ID');
		}
		expect(apiRequests()).toHaveLength(0);
		expect(emu.state.plans.has(code)).toBe(true);
	});
});

/* ================================================================================================
 * Add-ons
 * ============================================================================================== */

describe('Zoho Billing: Add-On', () => {
	const minimal = (extra = {}) => ({
		code: 'Email-basic',
		name: 'Email',
		unitName: 'Email',
		productId: byId(productId),
		pricingScheme: 'unit',
		unitPrice: 3,
		...extra,
	});

	it('Create (Unit): price_brackets [{ price }], all plans, and the additional fields', async () => {
		const r = await run(
			'addon',
			'create',
			minimal({
				additionalFields: {
					type: 'recurring',
					interval_unit: 'yearly',
					description: 'Extra mailbox',
					store_markup_description: 'One more mailbox',
					tax_id: '903000000065300',
					tags: { tag: [{ tag_id: '1', tag_option_id: '2' }] },
					customFields: { field: [{ label: 'Tier', value: 'Gold' }] },
				},
			}),
		);
		expect(r.error).toBeNull();
		expect(apiRequests()).toHaveLength(1);
		expect(apiRequests()[0]).toMatchObject({ method: 'POST', path: `${API}/addons` });
		expect(apiRequests()[0].body).toEqual({
			addon_code: 'Email-basic',
			name: 'Email',
			unit_name: 'Email',
			product_id: productId,
			pricing_scheme: 'unit',
			price_brackets: [{ price: 3 }],
			applicable_to_all_plans: true,
			type: 'recurring',
			interval_unit: 'yearly',
			description: 'Extra mailbox',
			store_markup_description: 'One more mailbox',
			tax_id: '903000000065300',
			tags: [{ tag_id: 1, tag_option_id: 2 }],
			custom_fields: [{ label: 'Tier', value: 'Gold' }],
		});
		expect(r.items[0]).toMatchObject({ addon_code: 'Email-basic', pricing_scheme: 'unit', price_brackets: [{ price: 3 }], applicable_to_all_plans: true, status: 'active' });
	});

	it('Create (Package): price_brackets [{ end_quantity, price }]', async () => {
		const r = await run(
			'addon',
			'create',
			minimal({ pricingScheme: 'package', packageBrackets: { bracket: [{ end_quantity: 50, price: 10 }, { end_quantity: 100, price: 18 }] } }),
		);
		expect(r.error).toBeNull();
		expect(apiRequests()[0].body).toMatchObject({
			pricing_scheme: 'package',
			price_brackets: [
				{ end_quantity: 50, price: 10 },
				{ end_quantity: 100, price: 18 },
			],
		});
	});

	it('Create (Tier, Volume): price_brackets [{ start_quantity, end_quantity, price }] and selected plans[{ plan_code }]', async () => {
		seedPlan('basic-monthly');
		seedPlan('pro-monthly');
		emu.clearRequests();
		const brackets = { bracket: [{ start_quantity: 1, end_quantity: 10, price: 5 }, { start_quantity: 11, end_quantity: 100, price: 4 }] };
		let r = await run(
			'addon',
			'create',
			minimal({
				pricingScheme: 'tier',
				rangeBrackets: brackets,
				applicablePlans: 'select',
				plans: { plan: [{ code: 'basic-monthly' }, { code: '' }, { code: 'pro-monthly' }] },
				additionalFields: { type: 'one_time' },
			}),
		);
		expect(r.error).toBeNull();
		expect(apiRequests()[0].body).toEqual({
			addon_code: 'Email-basic',
			name: 'Email',
			unit_name: 'Email',
			product_id: productId,
			pricing_scheme: 'tier',
			price_brackets: [
				{ start_quantity: 1, end_quantity: 10, price: 5 },
				{ start_quantity: 11, end_quantity: 100, price: 4 },
			],
			applicable_to_all_plans: false,
			plans: [{ plan_code: 'basic-monthly' }, { plan_code: 'pro-monthly' }],
			type: 'one_time',
		});
		expect(r.items[0].plans).toEqual([
			{ plan_code: 'basic-monthly', name: 'Plan basic-monthly' },
			{ plan_code: 'pro-monthly', name: 'Plan pro-monthly' },
		]);

		r = await run('addon', 'create', minimal({ code: 'vol', pricingScheme: 'volume', rangeBrackets: brackets }));
		expect(r.error).toBeNull();
		expect(lastRequest().body).toMatchObject({ pricing_scheme: 'volume', price_brackets: brackets.bracket, applicable_to_all_plans: true });
	});

	it('bad prices and plans are stopped before any request, naming the field and the bracket', async () => {
		const cases = [
			[minimal({ unitPrice: -1 }), /^Unit Price: must be a number of 0 or more/],
			[minimal({ pricingScheme: 'package', packageBrackets: {} }), /^Price Brackets: add at least one entry/],
			[minimal({ pricingScheme: 'package', packageBrackets: { bracket: [{ end_quantity: 0, price: 1 }] } }), /^Price Brackets \(entry 1\) → End Quantity: must be a whole number of 1 or more/],
			[
				minimal({ pricingScheme: 'tier', rangeBrackets: { bracket: [{ start_quantity: 1, end_quantity: 10, price: 5 }, { start_quantity: 10, end_quantity: 20, price: 4 }] } }),
				/^Price Brackets \(entry 2\): Start Quantity must be after the previous bracket's End Quantity \(10\)/,
			],
			[
				minimal({ pricingScheme: 'volume', rangeBrackets: { bracket: [{ start_quantity: 5, end_quantity: 2, price: 5 }] } }),
				/^Price Brackets \(entry 1\): End Quantity must be a whole number of at least Start Quantity \(5 → 2\)/,
			],
			[minimal({ pricingScheme: 'tier', rangeBrackets: { bracket: [{ start_quantity: 1, end_quantity: 2, price: -1 }] } }), /^Price Brackets \(entry 1\) → Price: must be a number of 0 or more/],
			[minimal({ applicablePlans: 'select', plans: { plan: [{ code: ' ' }] } }), /^Plans: add at least one code/],
			[minimal({ productId: byId('') }), /Product/],
		];
		for (const [parameters, message] of cases) {
			const r = await run('addon', 'create', parameters);
			expect([parameters.pricingScheme, r.error && r.error.message]).toEqual([parameters.pricingScheme, expect.stringMatching(message)]);
		}
		expect(apiRequests()).toHaveLength(0);
	});

	it('round-trips create → get → update (Don\'t Change, then new scheme and plans) → actions → delete', async () => {
		seedPlan('basic-monthly');
		expect((await run('addon', 'create', minimal())).error).toBeNull();

		const got = await run('addon', 'get', { addonCode: fromList('Email-basic') });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/addons/Email-basic` });
		expect(got.items[0]).toMatchObject({ addon_code: 'Email-basic', price_brackets: [{ price: 3 }] });

		// the defaults change nothing but the name and the fields set
		let updated = await run('addon', 'update', { addonCode: byId('Email-basic'), name: 'Email Box', updateFields: { unit_name: 'Box', description: 'New' } });
		expect(updated.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'PUT', path: `${API}/addons/Email-basic`, body: { name: 'Email Box', unit_name: 'Box', description: 'New' } });
		expect(updated.items[0]).toMatchObject({ name: 'Email Box', unit_name: 'Box', pricing_scheme: 'unit', price_brackets: [{ price: 3 }] });

		updated = await run('addon', 'update', {
			addonCode: byId('Email-basic'),
			name: 'Email Box',
			pricingScheme: 'volume',
			rangeBrackets: { bracket: [{ start_quantity: 1, end_quantity: 5, price: 3 }] },
			applicablePlans: 'select',
			plans: { plan: [{ code: 'basic-monthly' }] },
		});
		expect(updated.error).toBeNull();
		expect(lastRequest().body).toEqual({
			name: 'Email Box',
			pricing_scheme: 'volume',
			price_brackets: [{ start_quantity: 1, end_quantity: 5, price: 3 }],
			applicable_to_all_plans: false,
			plans: [{ plan_code: 'basic-monthly' }],
		});
		expect(updated.items[0]).toMatchObject({ pricing_scheme: 'volume', applicable_to_all_plans: false, plans: [{ plan_code: 'basic-monthly', name: 'Plan basic-monthly' }] });

		updated = await run('addon', 'update', { addonCode: byId('Email-basic'), name: 'Email Box', applicablePlans: 'all' });
		expect(lastRequest().body).toEqual({ name: 'Email Box', applicable_to_all_plans: true });
		expect(updated.items[0]).toMatchObject({ applicable_to_all_plans: true, plans: [] });

		expect((await run('addon', 'markAsInactive', { addonCode: byId('Email-basic') })).items).toEqual([{ success: true, message: 'The addon has been marked as inactive.' }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/addons/Email-basic/markasinactive` });
		expect(emu.state.addons.get('Email-basic').status).toBe('inactive');
		expect((await run('addon', 'markAsActive', { addonCode: byId('Email-basic') })).items).toEqual([{ success: true, message: 'The addon has been marked as active.' }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/addons/Email-basic/markasactive` });
		expect(emu.state.addons.get('Email-basic').status).toBe('active');

		expect((await run('addon', 'delete', { addonCode: byId('Email-basic') })).items).toEqual([{ success: true, message: 'The addon has been deleted.' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/addons/Email-basic` });
		const gone = await run('addon', 'get', { addonCode: byId('Email-basic') });
		expect(gone.error.message).toBe('Zoho Billing error 404: Addon does not exist. (Zoho code 1002)');
	});

	it('Zoho refuses a plan of another product and a scheme change without matching brackets, and changes nothing', async () => {
		const other = emu.seed('products', [{ name: 'Other' }])[0].product_id;
		seedPlan('other-plan', { product_id: other });
		let r = await run('addon', 'create', minimal({ applicablePlans: 'select', plans: { plan: [{ code: 'other-plan' }] } }));
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for plans (Zoho code 2)');
		expect(emu.state.addons.size).toBe(0);

		seedAddon('Email-basic');
		// a scheme sent without brackets (e.g. through the JSON escape hatch) keeps the old unit brackets: refused
		r = await run('addon', 'update', { addonCode: byId('Email-basic'), name: 'x', updateFields: { extraFieldsJson: { pricing_scheme: 'tier' } } });
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for price_brackets (Zoho code 2)');
		expect(emu.state.addons.get('Email-basic')).toMatchObject({ name: 'Addon Email-basic', pricing_scheme: 'unit' });
	});

	it('Get Many: status and type filters, product filter, paging', async () => {
		seedPlan('basic-monthly');
		emu.seed('addons', 5); // alternating recurring / one_time, all plans of product 903000000045027
		seedAddon('only-basic', { applicable_to_all_plans: false, plans: [{ plan_code: 'basic-monthly', name: 'Plan basic-monthly' }] });
		seedAddon('only-pro', { applicable_to_all_plans: false, plans: [{ plan_code: 'pro', name: 'Pro' }] });
		emu.clearRequests();

		let r = await run('addon', 'getAll', { returnAll: true, filters: { filter_by: 'AddonStatus.ONETIME' } });
		expect(r.items.map((a) => a.addon_code)).toEqual(['addon-0002', 'addon-0004']);
		expect(apiRequests()[0].query).toEqual({ page: '1', per_page: '200', filter_by: 'AddonStatus.ONETIME' });

		emu.clearRequests();
		r = await run('addon', 'getAll', { returnAll: true, filters: { product_id: productId } });
		expect(r.items.map((a) => a.addon_code)).toEqual(['addon-0001', 'addon-0002', 'addon-0003', 'addon-0004', 'addon-0005', 'only-basic', 'only-pro']);
		expect(apiRequests()[0].query).toEqual({ page: '1', per_page: '200', product_id: productId });

		emu.clearRequests();
		r = await run('addon', 'getAll', { returnAll: false, limit: 2, filters: { filter_by: 'AddonStatus.RECURRING' } });
		expect(r.items.map((a) => a.addon_code)).toEqual(['addon-0001', 'addon-0003']);
		expect(apiRequests()).toHaveLength(1);
		expect(apiRequests()[0].query).toEqual({ page: '1', per_page: '2', filter_by: 'AddonStatus.RECURRING' });

		emu.seed('addons', 300);
		emu.clearRequests();
		r = await run('addon', 'getAll', { returnAll: true });
		expect(r.items).toHaveLength(307);
		expect(apiRequests()).toHaveLength(2);
	});
});

/* ================================================================================================
 * Coupons
 * ============================================================================================== */

describe('Zoho Billing: Coupon', () => {
	const minimal = (extra = {}) => ({
		code: 'THANKSGIVING20',
		name: 'Thanksgiving',
		productId: fromList(productId),
		type: 'one_time',
		discountBy: 'percentage',
		discountValue: 20,
		applyToPlans: 'all',
		applyToAddons: 'none',
		...extra,
	});

	it('Create: duration coupon for selected plans and add-ons, with expiry date and max redemptions', async () => {
		seedPlan('basic-monthly');
		seedAddon('Email-basic');
		emu.clearRequests();
		const r = await run(
			'coupon',
			'create',
			minimal({
				type: 'duration',
				duration: 3,
				applyToPlans: 'select',
				plans: { plan: [{ code: 'basic-monthly' }] },
				applyToAddons: 'select',
				addons: { addon: [{ code: 'Email-basic' }] },
				additionalFields: { description: 'Twenty percent off', expiry_at: '2030-11-28T00:00:00', max_redemption: 50 },
			}),
		);
		expect(r.error).toBeNull();
		expect(apiRequests()).toHaveLength(1);
		expect(apiRequests()[0]).toMatchObject({ method: 'POST', path: `${API}/coupons` });
		expect(apiRequests()[0].body).toEqual({
			coupon_code: 'THANKSGIVING20',
			name: 'Thanksgiving',
			product_id: productId,
			type: 'duration',
			duration: 3,
			discount_by: 'percentage',
			discount_value: 20,
			apply_to_plans: 'select',
			plans: [{ plan_code: 'basic-monthly' }],
			apply_to_addons: 'select',
			addons: [{ addon_code: 'Email-basic' }],
			description: 'Twenty percent off',
			expiry_at: '2030-11-28',
			max_redemption: 50,
		});
		expect(r.items[0]).toMatchObject({
			coupon_code: 'THANKSGIVING20',
			status: 'active',
			type: 'duration',
			duration: 3,
			plans: [{ plan_code: 'basic-monthly', name: 'Plan basic-monthly' }],
			addons: [{ addon_code: 'Email-basic', name: 'Addon Email-basic' }],
		});
	});

	it('Create: duration is sent only for duration coupons; plan and add-on lists only when Selected', async () => {
		const r = await run('coupon', 'create', minimal({ type: 'forever', duration: 7, discountBy: 'flat', discountValue: 5, plans: { plan: [{ code: 'x' }] }, applyToAddons: 'all_recurring' }));
		expect(r.error).toBeNull();
		expect(apiRequests()[0].body).toEqual({
			coupon_code: 'THANKSGIVING20',
			name: 'Thanksgiving',
			product_id: productId,
			type: 'forever',
			discount_by: 'flat',
			discount_value: 5,
			apply_to_plans: 'all',
			apply_to_addons: 'all_recurring',
		});
	});

	it('bad input is stopped before any request, naming the field', async () => {
		const cases = [
			[minimal({ discountValue: 120 }), /^Discount Value: a percentage must be at most 100 \(got 120\)/],
			[minimal({ discountValue: 0 }), /^Discount Value: must be a number greater than 0/],
			[minimal({ type: 'duration', duration: 0 }), /^Duration: must be a whole number of 1 or more/],
			[minimal({ applyToPlans: 'select' }), /^Plans: add at least one code/],
			[minimal({ applyToAddons: 'select', addons: { addon: [{ code: '' }] } }), /^Add-Ons: add at least one code/],
			[minimal({ additionalFields: { expiry_at: '28/11/2030' } }), /^Expiry Date: "28\/11\/2030" is not a date/],
			[minimal({ additionalFields: { max_redemption: 2.5 } }), /^Max Redemptions: must be a whole number of 1 or more/],
		];
		for (const [parameters, message] of cases) {
			const r = await run('coupon', 'create', parameters);
			expect(r.error && r.error.message).toMatch(message);
		}
		const r = await run('coupon', 'update', { couponCode: byId('C'), name: 'x', updateFields: { expiry_at: 'soon' } });
		expect(r.error.message).toMatch(/^Expiry Date: "soon" is not a date/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('round-trips create → get → update → actions → delete; Update sends only what Zoho lets a coupon change', async () => {
		expect((await run('coupon', 'create', minimal())).error).toBeNull();
		const got = await run('coupon', 'get', { couponCode: fromList('THANKSGIVING20') });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/coupons/THANKSGIVING20` });
		expect(got.items[0]).toMatchObject({ coupon_code: 'THANKSGIVING20', discount_value: 20 });

		const updated = await run('coupon', 'update', {
			couponCode: byId('THANKSGIVING20'),
			name: 'Thanksgiving 2030',
			updateFields: { description: 'Updated', expiry_at: '2030-12-31', max_redemption: 10 },
		});
		expect(updated.error).toBeNull();
		expect(lastRequest()).toMatchObject({
			method: 'PUT',
			path: `${API}/coupons/THANKSGIVING20`,
			body: { name: 'Thanksgiving 2030', description: 'Updated', expiry_at: '2030-12-31', max_redemption: 10 },
		});
		expect(updated.items[0]).toMatchObject({ name: 'Thanksgiving 2030', expiry_at: '2030-12-31', max_redemption: 10, discount_value: 20 });

		expect((await run('coupon', 'markAsInactive', { couponCode: byId('THANKSGIVING20') })).items).toEqual([{ success: true, message: 'The coupon has been marked as inactive.' }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/coupons/THANKSGIVING20/markasinactive` });
		expect(emu.state.coupons.get('THANKSGIVING20').status).toBe('inactive');
		expect((await run('coupon', 'markAsActive', { couponCode: byId('THANKSGIVING20') })).items).toEqual([{ success: true, message: 'The coupon has been marked as active.' }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/coupons/THANKSGIVING20/markasactive` });
		expect(emu.state.coupons.get('THANKSGIVING20').status).toBe('active');

		expect((await run('coupon', 'delete', { couponCode: byId('THANKSGIVING20') })).items).toEqual([{ success: true, message: 'The coupon has been deleted.' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/coupons/THANKSGIVING20` });
		expect((await run('coupon', 'get', { couponCode: byId('THANKSGIVING20') })).error.message).toBe(
			'Zoho Billing error 404: Coupon does not exist. (Zoho code 1002)',
		);
	});

	it('Zoho\'s errors: a selected plan of no product, a duplicate code', async () => {
		let r = await run('coupon', 'create', minimal({ applyToPlans: 'select', plans: { plan: [{ code: 'nope' }] } }));
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for plans (Zoho code 2)');
		expect((await run('coupon', 'create', minimal())).error).toBeNull();
		r = await run('coupon', 'create', minimal());
		expect(r.error.message).toBe('Zoho Billing error 400: The coupon code already exists. (Zoho code 100501)');
	});

	it('Get Many: CouponStatus filters incl. Expired, product filter, Limit', async () => {
		emu.seed('coupons', [
			{ coupon_code: 'A', name: 'A', product_id: productId },
			{ coupon_code: 'B', name: 'B', product_id: productId, status: 'inactive' },
			{ coupon_code: 'C', name: 'C', product_id: productId, expiry_at: '2020-01-01' },
			{ coupon_code: 'D', name: 'D', product_id: '1' },
		]);
		const codes = async (filters, extra = {}) => (await run('coupon', 'getAll', { returnAll: true, filters, ...extra })).items.map((c) => c.coupon_code);
		expect(await codes({ filter_by: 'CouponStatus.EXPIRED' })).toEqual(['C']);
		expect(await codes({ filter_by: 'CouponStatus.ACTIVE' })).toEqual(['A', 'D']);
		expect(await codes({ filter_by: 'CouponStatus.INACTIVE' })).toEqual(['B']);
		expect(await codes({ filter_by: 'CouponStatus.All', product_id: productId })).toEqual(['A', 'B', 'C']);
		expect(apiRequests().map((q) => q.query.filter_by)).toEqual(['CouponStatus.EXPIRED', 'CouponStatus.ACTIVE', 'CouponStatus.INACTIVE', 'CouponStatus.All']);
		emu.clearRequests();
		const r = await run('coupon', 'getAll', { returnAll: false, limit: 1 });
		expect(r.items.map((c) => c.coupon_code)).toEqual(['A']);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '1' }]);
	});
});

/* ================================================================================================
 * Items
 * ============================================================================================== */

describe('Zoho Billing: Item', () => {
	it('Create: POST /items with name, rate and additional fields; outputs the item with its ID', async () => {
		const r = await run('item', 'create', {
			name: 'Hard Drive',
			rate: 120,
			additionalFields: {
				description: '500GB',
				sku: 's12345',
				product_type: 'goods',
				tax_id: '982000000037049',
				is_taxable: true,
				hsn_or_sac: '8471',
				customFields: { field: [{ label: '46000000012845', value: 'Normal' }] },
				extraFieldsJson: { unit: 'pcs' },
			},
		});
		expect(r.error).toBeNull();
		expect(apiRequests()).toHaveLength(1);
		expect(apiRequests()[0]).toMatchObject({ method: 'POST', path: `${API}/items` });
		expect(apiRequests()[0].body).toEqual({
			name: 'Hard Drive',
			rate: 120,
			description: '500GB',
			sku: 's12345',
			product_type: 'goods',
			tax_id: '982000000037049',
			is_taxable: true,
			hsn_or_sac: '8471',
			custom_fields: [{ customfield_id: 46000000012845, value: 'Normal' }],
			unit: 'pcs',
		});
		expect(r.items[0]).toMatchObject({ name: 'Hard Drive', rate: 120, status: 'active' });
		expect(r.items[0].item_id).toMatch(/^\d+$/);
	});

	it('round-trips create → get → update → mark inactive → mark active → delete', async () => {
		const id = (await run('item', 'create', { name: 'Hard Drive', rate: 120 })).items[0].item_id;

		const got = await run('item', 'get', { itemId: fromList(id) });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/items/${id}` });
		expect(got.items).toEqual([expect.objectContaining({ item_id: id, name: 'Hard Drive' })]);

		const updated = await run('item', 'update', { itemId: byId(id), name: 'SSD', updateFields: { rate: 150.5, description: '1TB' } });
		expect(lastRequest()).toMatchObject({ method: 'PUT', path: `${API}/items/${id}`, body: { name: 'SSD', rate: 150.5, description: '1TB' } });
		expect(updated.items[0]).toMatchObject({ item_id: id, name: 'SSD', rate: 150.5, description: '1TB' });

		expect((await run('item', 'markAsInactive', { itemId: byId(id) })).items).toEqual([{ success: true, message: 'The item has been marked Inactive.' }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/items/${id}/inactive` });
		expect(emu.state.items.get(id).status).toBe('inactive');
		expect((await run('item', 'markAsActive', { itemId: byId(id) })).items).toEqual([{ success: true, message: 'The item has been marked Active.' }]);
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/items/${id}/active` });
		expect(emu.state.items.get(id).status).toBe('active');

		expect((await run('item', 'delete', { itemId: byId(id) })).items).toEqual([{ success: true, message: 'The item has been deleted.' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/items/${id}` });
		const gone = await run('item', 'get', { itemId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Item does not exist (Zoho code 2006)');
	});

	it('Get Many: every documented filter and Sort By go to the query; Zoho lists active items unless Status says otherwise', async () => {
		emu.seed('items', [
			{ name: 'Hard Drive', rate: 120, description: '500GB disk', tax_id: 't1' },
			{ name: 'Hard Case', rate: 20, description: 'Case', status: 'inactive' },
			{ name: 'Mouse', rate: 15, description: 'Wireless', tax_id: 't1' },
		]);
		let r = await run('item', 'getAll', { returnAll: true });
		expect(r.items.map((i) => i.name)).toEqual(['Hard Drive', 'Mouse']);
		r = await run('item', 'getAll', { returnAll: true, filters: { filter_by: 'Status.All', name_startswith: 'hard', sort_column: 'rate' } });
		expect(r.items.map((i) => i.name)).toEqual(['Hard Case', 'Hard Drive']);
		r = await run('item', 'getAll', { returnAll: true, filters: { filter_by: 'Status.Inactive' } });
		expect(r.items.map((i) => i.name)).toEqual(['Hard Case']);

		emu.clearRequests();
		const filters = {
			filter_by: 'Status.Active',
			name: 'Hard Drive',
			name_contains: 'Drive',
			description: '500GB disk',
			description_startswith: '500',
			description_contains: 'disk',
			search_text: 'hard',
			rate: 120,
			rate_less_than: 121,
			rate_less_equals: 120,
			rate_greater_than: 119,
			rate_greater_equals: 120,
			tax_id: 't1',
			sort_column: 'name',
		};
		r = await run('item', 'getAll', { returnAll: false, limit: 10, filters });
		expect(r.items.map((i) => i.name)).toEqual(['Hard Drive']);
		expect(apiRequests()[0].query).toEqual({
			page: '1',
			per_page: '10',
			...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)])),
		});
	});

	it('Get Many: Return All across pages, Limit stops early', async () => {
		emu.seed('items', 401);
		let r = await run('item', 'getAll', { returnAll: true });
		expect(r.items).toHaveLength(401);
		expect(apiRequests()).toHaveLength(3);
		emu.clearRequests();
		r = await run('item', 'getAll', { returnAll: false, limit: 201 });
		expect(r.items).toHaveLength(201);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
		]);
	});

	it('bad input stops before any request; Zoho\'s duplicate-name error comes through', async () => {
		let r = await run('item', 'create', { name: 'x'.repeat(101), rate: 1 });
		expect(r.error.message).toMatch(/^Name: must be at most 100 characters/);
		r = await run('item', 'create', { name: 'Disk', rate: -1 });
		expect(r.error.message).toMatch(/^Rate: must be a number of 0 or more/);
		r = await run('item', 'create', { name: 'Disk', rate: 1, additionalFields: { description: 'd'.repeat(2001) } });
		expect(r.error.message).toMatch(/^Description: must be at most 2000 characters/);
		r = await run('item', 'getAll', { returnAll: true, filters: { name_contains: 'n'.repeat(101) } });
		expect(r.error.message).toMatch(/^Name Contains: must be at most 100 characters/);
		r = await run('item', 'get', { itemId: fromList('') });
		expect(r.error.message).toMatch(/Item/);
		expect(apiRequests()).toHaveLength(0);

		emu.seed('items', [{ name: 'Disk', rate: 1 }]);
		r = await run('item', 'create', { name: 'disk', rate: 2 });
		expect(r.error.message).toBe('Zoho Billing error 400: The item name already exist (Zoho code 1000)');
	});

	it('item IDs are digits whether typed, picked or computed; anything else stops before any request', async () => {
		let r = await run('item', 'get', { itemId: byId('12a') });
		expect(r.error.message).toMatch(/Zoho IDs are made of digits only|issues/);
		// a picked or computed value is checked at run time too, against the same digits rule
		r = await run('item', 'get', { itemId: fromList('1/../2') });
		expect(r.error.message).toBe('Item: "1/../2" is not an ID: IDs have no /, \\, ?, # or %');
		expect(r.error.description).toMatch(/Nothing was sent/);
		r = await run('item', 'get', { itemId: byId('={{ "12a" }}') });
		expect(r.error.message).toBe('Item: "12a" is not a Zoho ID: Zoho IDs are made of digits only');
		r = await run('item', 'update', { itemId: fromList('={{ ["1", "2"] }}'), name: 'Disk', updateFields: { rate: 2 } });
		expect(r.error.message).toMatch(/^Item: must be one ID \(text or a whole number\), got a list/);
		expect(apiRequests()).toHaveLength(0);
		const [disk] = emu.seed('items', [{ name: 'Disk', rate: 1 }]);
		r = await run('item', 'get', { itemId: fromList(disk.item_id) });
		expect(r.error).toBeNull();
		expect(lastRequest().path).toBe(`${API}/items/${disk.item_id}`);
	});
});

/* ================================================================================================
 * Price lists
 * ============================================================================================== */

describe('Zoho Billing: Price List', () => {
	it('Create: POST /pricebooks with name, currency, type and items; outputs the price list', async () => {
		const r = await run('priceList', 'create', {
			name: 'Startup Pricebook',
			additionalFields: {
				description: 'For startups',
				currency_code: 'EUR',
				pricebook_type: 'per_item',
				pricebookItems: { item: [{ item_id: '903000000045040', pricebook_rate: 90 }, { product_code: 'monthly-basic', pricebook_rate: 0 }] },
				extraFieldsJson: '{"rounding_type": "no_rounding"}',
			},
		});
		expect(r.error).toBeNull();
		expect(apiRequests()).toHaveLength(1);
		expect(apiRequests()[0]).toMatchObject({ method: 'POST', path: `${API}/pricebooks` });
		expect(apiRequests()[0].body).toEqual({
			name: 'Startup Pricebook',
			description: 'For startups',
			currency_code: 'EUR',
			pricebook_type: 'per_item',
			pricebook_items: [
				{ item_id: '903000000045040', pricebook_rate: 90 },
				{ product_code: 'monthly-basic', pricebook_rate: 0 },
			],
			rounding_type: 'no_rounding',
		});
		expect(r.items[0]).toMatchObject({ name: 'Startup Pricebook', currency_code: 'EUR', status: 'active' });
		expect(r.items[0].pricebook_id).toMatch(/^\d+$/);
		expect(r.items[0].pricebook_items[0].pricebook_item_id).toMatch(/^\d+$/);
	});

	it('round-trips create → get → update → delete', async () => {
		const id = (await run('priceList', 'create', { name: 'Resellers' })).items[0].pricebook_id;
		expect(apiRequests()[0].body).toEqual({ name: 'Resellers' });

		const got = await run('priceList', 'get', { priceListId: fromList(id) });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/pricebooks/${id}` });
		expect(got.items[0]).toMatchObject({ pricebook_id: id, name: 'Resellers' });

		const updated = await run('priceList', 'update', {
			priceListId: byId(id),
			name: 'Resellers EU',
			updateFields: { currency_code: 'EUR', pricebookItems: { item: [{ product_code: 'basic', pricebook_rate: 8 }] } },
		});
		expect(lastRequest()).toMatchObject({
			method: 'PUT',
			path: `${API}/pricebooks/${id}`,
			body: { name: 'Resellers EU', currency_code: 'EUR', pricebook_items: [{ product_code: 'basic', pricebook_rate: 8 }] },
		});
		expect(updated.items[0]).toMatchObject({ name: 'Resellers EU', currency_code: 'EUR', pricebook_items: [expect.objectContaining({ product_code: 'basic', pricebook_rate: 8 })] });

		expect((await run('priceList', 'delete', { priceListId: byId(id) })).items).toEqual([{ success: true, message: 'The pricebook has been deleted.' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/pricebooks/${id}` });
		expect((await run('priceList', 'get', { priceListId: byId(id) })).error.message).toBe('Zoho Billing error 404: Pricebook does not exist. (Zoho code 1002)');
	});

	it('Get Many: Return All and Limit', async () => {
		emu.seed('pricebooks', 230);
		let r = await run('priceList', 'getAll', { returnAll: true });
		expect(r.items).toHaveLength(230);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
		]);
		emu.clearRequests();
		r = await run('priceList', 'getAll', { returnAll: false, limit: 7 });
		expect(r.items.map((p) => p.name)).toEqual(Array.from({ length: 7 }, (_, i) => `Price List ${String(i + 1).padStart(4, '0')}`));
		expect(apiRequests()).toHaveLength(1);
	});

	it('bad input stops before any request', async () => {
		let r = await run('priceList', 'create', { name: 'X', additionalFields: { currency_code: 'euro' } });
		expect(r.error.message).toMatch(/^Currency Code: "euro" is not an ISO 4217 currency code/);
		r = await run('priceList', 'create', { name: 'X', additionalFields: { pricebookItems: { item: [{ item_id: '', product_code: '', pricebook_rate: 1 }] } } });
		expect(r.error.message).toMatch(/^Items \(entry 1\): set Item ID or Plan or Add-On Code/);
		r = await run('priceList', 'update', { priceListId: byId(''), name: 'X' });
		expect(r.error.message).toMatch(/Price List/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('a failed write is never repeated and says the outcome is unknown', async () => {
		emu.addFault({ kind: 'status', status: 500, path: `${API}/pricebooks`, body: { code: 1000, message: 'Internal Error' } });
		const r = await run('priceList', 'create', { name: 'Maybe' });
		expect(r.error.message).toBe('Zoho Billing error 500: Internal Error (Zoho code 1000)');
		expect(r.error.description).toMatch(/not repeated/);
		expect(apiRequests()).toHaveLength(1);
	});
});

/* ================================================================================================
 * List searches and the node description
 * ============================================================================================== */

/**
 * List searches run in n8n's editor, outside the engine: called here with n8n-core's real
 * load-options context, which sends (and refreshes) the credential's OAuth2 token itself.
 */
const loadOptionsContext = (parameters = {}) => listSearchContext({ type: 'zohoBilling', credentials, parameters });

describe('Zoho Billing catalog: list searches', () => {
	let methods;
	beforeAll(() => {
		const { ZohoBilling } = require(path.join(PACKAGE_DIR, 'dist/nodes/ZohoBilling/ZohoBilling.node.js'));
		methods = new ZohoBilling().methods.listSearch;
	});

	it('plans, add-ons and coupons: name and code, status when not active; searchable by either; the value is the code', async () => {
		seedPlan('basic-monthly');
		seedPlan('pro-yearly', { name: 'Pro', status: 'inactive' });
		seedAddon('Email-basic');
		emu.seed('coupons', [{ coupon_code: 'SAVE10', name: 'Save ten', product_id: productId, status: 'expired' }]);

		expect((await methods.searchPlans.call(await loadOptionsContext())).results).toEqual([
			{ name: 'Plan basic-monthly (basic-monthly)', value: 'basic-monthly' },
			{ name: 'Pro (pro-yearly, inactive)', value: 'pro-yearly' },
		]);
		expect((await methods.searchPlans.call(await loadOptionsContext(), 'YEARLY')).results.map((r) => r.value)).toEqual(['pro-yearly']);
		expect(emu.requests[0]).toMatchObject({ method: 'GET', path: `${API}/plans`, query: { page: '1', per_page: '200' } });
		expect(emu.requests[0].headers['x-com-zoho-subscriptions-organizationid']).toBe('10234695');

		expect((await methods.searchAddons.call(await loadOptionsContext(), 'email')).results).toEqual([{ name: 'Addon Email-basic (Email-basic)', value: 'Email-basic' }]);
		expect((await methods.searchCoupons.call(await loadOptionsContext(), 'save')).results).toEqual([{ name: 'Save ten (SAVE10, expired)', value: 'SAVE10' }]);
	});

	it('items (active and inactive) and price lists: the value is the ID; pages continue with a token', async () => {
		const [disk, caseItem] = emu.seed('items', [{ name: 'Disk', rate: 1, sku: 'D-1' }, { name: 'Case', rate: 2, status: 'inactive' }]);
		const items = await methods.searchItems.call(await loadOptionsContext());
		expect(items.results).toEqual([
			{ name: 'Disk', value: disk.item_id },
			{ name: 'Case (inactive)', value: caseItem.item_id },
		]);
		expect(emu.requests[0].query).toEqual({ filter_by: 'Status.All', page: '1', per_page: '200' });
		expect((await methods.searchItems.call(await loadOptionsContext(), 'd-1')).results.map((r) => r.value)).toEqual([disk.item_id]);

		emu.seed('pricebooks', [{ name: 'Resellers', currency_code: 'EUR' }]);
		emu.seed('pricebooks', 250);
		const first = await methods.searchPriceLists.call(await loadOptionsContext());
		expect(first.results).toHaveLength(200);
		expect(first.results[0]).toEqual({ name: 'Resellers (EUR)', value: expect.stringMatching(/^\d+$/) });
		expect(first.paginationToken).toBe('2');
		const second = await methods.searchPriceLists.call(await loadOptionsContext(), undefined, first.paginationToken);
		expect(second.results).toHaveLength(51);
		expect(second.paginationToken).toBeUndefined();
	});

	it('an expired token is refreshed by n8n; a refused one is an error that names Zoho\'s words, and no secret', async () => {
		seedPlan('basic-monthly');
		emu.expireTokens();
		expect((await methods.searchPlans.call(await loadOptionsContext())).results.map((r) => r.value)).toEqual(['basic-monthly']);
		expect(emu.tokenRequests.map((t) => t.grant_type)).toEqual(['refresh_token']);
		credentials = zohoCredentials(emu, { clientSecret: 'wrong-key-123' });
		emu.expireTokens();
		const error = await methods.searchPlans.call(await loadOptionsContext()).catch((e) => e);
		expect(error.message).toMatch(/Zoho Billing error 401: Invalid OAuth token/);
		assertNoSecrets(error);
	});
});

describe('Zoho Billing catalog: node description', () => {
	let description;
	beforeAll(async () => {
		const loader = await loadPackage();
		description = loader.nodeTypes.zohoBilling.type.description;
	});

	it('offers every documented operation of the five catalog resources, with Zoho\'s names', () => {
		const operations = Object.fromEntries(
			description.properties
				.filter((p) => p.name === 'operation' && ['plan', 'addon', 'coupon', 'item', 'priceList'].includes(p.displayOptions.show.resource[0]))
				.map((p) => [p.displayOptions.show.resource[0], p.options.map((o) => o.name)]),
		);
		const catalog = ['Create', 'Delete', 'Get', 'Get Many', 'Mark as Active', 'Mark as Inactive', 'Update'];
		expect(operations).toEqual({
			plan: catalog,
			addon: catalog,
			coupon: catalog,
			item: catalog,
			priceList: ['Create', 'Delete', 'Get', 'Get Many', 'Update'],
		});
		const resource = description.properties.find((p) => p.name === 'resource');
		expect(resource.options).toEqual(
			expect.arrayContaining([
				{ name: 'Add-On', value: 'addon' },
				{ name: 'Coupon', value: 'coupon' },
				{ name: 'Item', value: 'item' },
				{ name: 'Plan', value: 'plan' },
				{ name: 'Price List', value: 'priceList' },
			]),
		);
	});

	it('catalog records are picked by code, items and price lists by ID; every list search exists; no picker has an editor rule (the node checks IDs when it runs)', () => {
		const { ZohoBilling } = require(path.join(PACKAGE_DIR, 'dist/nodes/ZohoBilling/ZohoBilling.node.js'));
		const searches = Object.keys(new ZohoBilling().methods.listSearch);
		const locators = description.properties.filter(
			(p) => p.type === 'resourceLocator' && ['plan', 'addon', 'coupon', 'item', 'priceList'].includes(p.displayOptions.show.resource[0]),
		);
		const seen = {};
		for (const l of locators) {
			const method = l.modes.find((m) => m.name === 'list').typeOptions.searchListMethod;
			expect(searches).toContain(method);
			const idMode = l.modes.find((m) => m.name === 'id');
			seen[`${l.displayOptions.show.resource[0]}.${l.name}`] = [method, idMode.validation ?? 'no rule'];
		}
		expect(seen).toEqual({
			'plan.planCode': ['searchPlans', 'no rule'],
			'plan.productId': ['searchProducts', 'no rule'],
			'addon.addonCode': ['searchAddons', 'no rule'],
			'addon.productId': ['searchProducts', 'no rule'],
			'coupon.couponCode': ['searchCoupons', 'no rule'],
			'coupon.productId': ['searchProducts', 'no rule'],
			'item.itemId': ['searchItems', 'no rule'],
			'priceList.priceListId': ['searchPriceLists', 'no rule'],
		});
	});

	it('every create and update of the catalog has the JSON escape hatch', () => {
		for (const resource of ['plan', 'addon', 'coupon', 'item', 'priceList']) {
			for (const [operation, collection] of [
				['create', 'additionalFields'],
				['update', 'updateFields'],
			]) {
				const prop = description.properties.find(
					(p) => p.name === collection && p.displayOptions.show.resource[0] === resource && p.displayOptions.show.operation.includes(operation),
				);
				expect([resource, operation, prop.options.map((o) => o.name)]).toEqual([resource, operation, expect.arrayContaining(['extraFieldsJson'])]);
				const names = prop.options.map((o) => o.displayName);
				expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
			}
		}
	});
});
