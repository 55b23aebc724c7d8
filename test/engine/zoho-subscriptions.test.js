'use strict';
/**
 * Zoho Billing subscriptions group: subscriptions (all 24 operations of Zoho's Subscriptions API,
 * Cancel split into Cancel Now and Cancel at Term End), unbilled charges and hosted pages. Every
 * operation runs through n8n's engine against the Zoho emulator; the requests it sends are
 * checked exactly (method, path, query, body) together with what the node outputs.
 */
const path = require('path');
const { runNode, loadPackage, listSearchContext, PACKAGE_DIR } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { zohoCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

const API = '/billing/v1';

let emu;
let credentials;
let productId;
let customerId;
let cardId;
beforeAll(async () => {
	emu = await startZohoEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	credentials = zohoCredentials(emu);
	productId = emu.seed('products', [{ name: 'GatorHost' }])[0].product_id;
	emu.seed('plans', [
		{ plan_code: 'basic-monthly', name: 'Basic', product_id: productId, recurring_price: 50, interval: 1, interval_unit: 'months' },
		{ plan_code: 'pro-yearly', name: 'Pro', product_id: productId, recurring_price: 500, interval: 1, interval_unit: 'years', trial_period: 14 },
		{ plan_code: 'retired', name: 'Retired', product_id: productId, recurring_price: 5, interval: 1, status: 'inactive' },
	]);
	emu.seed('addons', [
		{ addon_code: 'Email-basic', name: 'Email', unit_name: 'mailbox', product_id: productId, price_brackets: [{ price: 2 }], type: 'recurring' },
		{ addon_code: 'setup-help', name: 'Setup help', unit_name: 'hour', product_id: productId, price_brackets: [{ price: 30 }], type: 'one_time' },
	]);
	customerId = emu.seed('customers', [{ display_name: 'Bowman Furniture', email: 'benjamin@bowman.test' }])[0].customer_id;
	cardId = emu.seed('cards', [{ customer_id: customerId, last_four_digits: '4242' }])[0].card_id;
	emu.clearRequests();
});

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'zohoBilling', parameters: { resource, operation, ...parameters }, credentials, ...extra });
const subscription = (operation, parameters, extra) => run('subscription', operation, parameters, extra);
const apiRequests = () => emu.requests.filter((r) => r.path.startsWith(API));
const lastRequest = () => apiRequests()[apiRequests().length - 1];

/** A live subscription made through the emulator's API, for tests that need one. */
async function createLive(extra = {}) {
	const r = await subscription('create', {
		customerId: byId(customerId),
		planCode: fromList('basic-monthly'),
		...extra,
	});
	expect(r.error).toBeNull();
	emu.clearRequests();
	return r.items[0];
}

/* ================================================================================================
 * Subscriptions: create, get, update, delete, list
 * ============================================================================================== */

describe('Zoho Billing: Subscription', () => {
	it('Create for an existing customer: POST /subscriptions with customer_id, plan details, add-ons and the additional fields in Zoho\'s shape; the subscription carries the plan and the customer', async () => {
		const r = await subscription('create', {
			customerType: 'existing',
			customerId: fromList(customerId),
			planCode: fromList('basic-monthly'),
			planDetails: { quantity: 2, price: 45, plan_description: 'Two seats', billing_cycles: 12, exclude_setup_fee: true },
			additionalFields: {
				addons: { addon: [{ addon_code: 'Email-basic', quantity: 3 }, { addon_code: 'Email-basic', quantity: 1, price: 1.5, addon_description: 'Spare' }] },
				auto_collect: true,
				card_id: cardId,
				reference_id: 'order-10023',
				salesperson_name: 'Franklin',
				payment_terms: 15,
				payment_terms_label: 'Net 15',
				customFields: { field: [{ label: 'Region', value: 'EU' }, { label: 'Account Manager', value: 'Ann' }] },
				payment_gateways: ['stripe', 'test_gateway'],
				starts_at: '2020-03-01T00:00:00',
				extraFieldsJson: '{"place_of_supply": "TN", "reference_id": "ignored"}',
			},
		});
		expect(r.error).toBeNull();
		const [req] = apiRequests();
		expect(req).toMatchObject({ method: 'POST', path: `${API}/subscriptions` });
		expect(req.body).toEqual({
			customer_id: customerId,
			plan: { plan_code: 'basic-monthly', quantity: 2, price: 45, plan_description: 'Two seats', billing_cycles: 12, exclude_setup_fee: true },
			addons: [
				{ addon_code: 'Email-basic', quantity: 3 },
				{ addon_code: 'Email-basic', quantity: 1, price: 1.5, addon_description: 'Spare' },
			],
			auto_collect: true,
			card_id: cardId,
			reference_id: 'order-10023',
			salesperson_name: 'Franklin',
			payment_terms: 15,
			payment_terms_label: 'Net 15',
			custom_fields: [
				{ label: 'Region', value: 'EU' },
				{ label: 'Account Manager', value: 'Ann' },
			],
			payment_gateways: [{ payment_gateway: 'stripe' }, { payment_gateway: 'test_gateway' }],
			starts_at: '2020-03-01',
			place_of_supply: 'TN',
		});
		expect(apiRequests()).toHaveLength(1);
		const out = r.items[0];
		expect(out).toMatchObject({
			subscription_id: expect.stringMatching(/^\d+$/),
			name: 'GatorHost-Basic',
			status: 'live',
			amount: 90 + 6 + 1.5,
			customer_id: customerId,
			customer: { customer_id: customerId, display_name: 'Bowman Furniture', email: 'benjamin@bowman.test' },
			plan: { plan_code: 'basic-monthly', name: 'Basic', quantity: 2, price: 45, total: 90, plan_description: 'Two seats' },
			addons: [
				{ addon_code: 'Email-basic', name: 'Email', quantity: 3, price: 2, total: 6 },
				{ addon_code: 'Email-basic', quantity: 1, price: 1.5, addon_description: 'Spare' },
			],
			product_id: productId,
			product_name: 'GatorHost',
			auto_collect: true,
			card: { card_id: cardId, last_four_digits: '4242' },
			reference_id: 'order-10023',
			custom_fields: [expect.objectContaining({ label: 'Region', value: 'EU' }), expect.objectContaining({ label: 'Account Manager', value: 'Ann' })],
			current_term_starts_at: '2020-03-01',
			next_billing_at: '2020-04-01',
			expires_at: '2021-03-01',
		});
		expect(out).not.toHaveProperty('code');
		// online with a card: the first invoice is raised and paid
		const invoice = emu.state.invoices.get(out.child_invoice_id);
		expect(invoice).toMatchObject({ subscription_id: out.subscription_id, status: 'paid', total: 97.5 });
	});

	it('Create for a new customer: the customer object with display name, email and details; Zoho creates the customer', async () => {
		const r = await subscription('create', {
			customerType: 'new',
			customerDisplayName: 'Zylker Corp',
			customerEmail: 'billing@zylker.test',
			customerDetails: {
				company_name: 'Zylker Corporation',
				first_name: 'Ada',
				currency_code: 'EUR',
				billingAddress: { address: { street: 'Harrington Bay Street', city: 'Salt Lake City', zip: '92612' } },
			},
			planCode: byId('pro-yearly'),
		});
		expect(r.error).toBeNull();
		expect(lastRequest().body).toEqual({
			customer: {
				display_name: 'Zylker Corp',
				email: 'billing@zylker.test',
				company_name: 'Zylker Corporation',
				first_name: 'Ada',
				currency_code: 'EUR',
				billing_address: { street: 'Harrington Bay Street', city: 'Salt Lake City', zip: '92612' },
			},
			plan: { plan_code: 'pro-yearly' },
		});
		const out = r.items[0];
		expect(out).toMatchObject({ status: 'trial', currency_code: 'EUR', plan: { plan_code: 'pro-yearly', name: 'Pro', price: 500, trial_days: 14 } });
		const created = emu.state.customers.get(out.customer_id);
		expect(created).toMatchObject({ display_name: 'Zylker Corp', email: 'billing@zylker.test', company_name: 'Zylker Corporation' });
	});

	it('Create: a start date in the future makes a future subscription; excluded trial and offline mode', async () => {
		const r = await subscription('create', {
			customerId: byId(customerId),
			planCode: byId('pro-yearly'),
			planDetails: { exclude_trial: true, trial_days: 0 },
			additionalFields: { auto_collect: false, starts_at: '2099-01-15' },
		});
		expect(r.error).toBeNull();
		expect(lastRequest().body).toEqual({
			customer_id: customerId,
			plan: { plan_code: 'pro-yearly', exclude_trial: true, trial_days: 0 },
			auto_collect: false,
			starts_at: '2099-01-15',
		});
		expect(r.items[0]).toMatchObject({ status: 'future', auto_collect: false, next_billing_at: '2099-01-15' });
	});

	it('Create: bad input is stopped before any request, with a message naming the field', async () => {
		const base = { customerId: byId(customerId), planCode: byId('basic-monthly') };
		const cases = [
			[{ ...base, customerId: fromList(' ') }, /^Customer: a value is required/],
			[{ ...base, customerId: fromList('abc') }, /^Customer: "abc" is not a Zoho ID: Zoho IDs are made of digits only/],
			[{ ...base, customerId: fromList('../1') }, /^Customer: "..\/1" is not an ID: IDs have no \/, \\, \?, # or %/],
			[{ ...base, planCode: fromList('  ') }, /^Plan: a value is required/],
			[{ ...base, customerType: 'new', customerDisplayName: 'X', customerEmail: 'not-an-email' }, /^Customer Email: "not-an-email" is not an email address/],
			[{ ...base, customerType: 'new', customerDisplayName: '={{ "" }}', customerEmail: 'a@b.test' }, /^Customer Display Name: a value is required/],
			[{ ...base, customerType: 'new', customerDisplayName: 'X', customerEmail: 'a@b.test', customerDetails: { currency_code: 'euro' } }, /^Currency Code: "euro" is not an ISO 4217 currency code/],
			[{ ...base, planDetails: { quantity: 0 } }, /^Plan Details → Quantity: must be a whole number of 1 or more/],
			[{ ...base, planDetails: { price: -1 } }, /^Plan Details → Price: must be a number of 0 or more/],
			[{ ...base, planDetails: { billing_cycles: 0 } }, /^Plan Details → Billing Cycles: must be -1/],
			[{ ...base, planDetails: { trial_days: 1.5 } }, /^Plan Details → Trial Days/],
			[{ ...base, additionalFields: { auto_collect: true } }, /^Auto Collect: an online subscription needs the card or bank account/],
			[{ ...base, additionalFields: { addons: { addon: [{ addon_code: '', quantity: 1 }] } } }, /^Add-Ons: the add-on has no add-on code/],
			[{ ...base, additionalFields: { addons: { addon: [{ addon_code: 'a', quantity: 1 }, { addon_code: 'b', quantity: 0 }] } } }, /^Add-Ons: quantity of add-on 2 must be a number greater than 0/],
			[{ ...base, additionalFields: { starts_at: 'next monday' } }, /^Starts At: "next monday" is not a date/],
			[{ ...base, additionalFields: { contactpersons: '903000000000099, x1' } }, /^Contact Person IDs: "x1" is not a Zoho ID/],
			[{ ...base, additionalFields: { card_id: '12ab' } }, /^Card ID: "12ab" is not a Zoho ID/],
			[{ ...base, additionalFields: { exchange_rate: 0 } }, /^Exchange Rate: must be a number greater than 0/],
			[{ ...base, additionalFields: { extraFieldsJson: '{"notes": ' } }, /^Extra Fields \(JSON\): is not valid JSON/],
		];
		for (const [parameters, message] of cases) {
			const r = await subscription('create', parameters);
			expect([parameters, r.error && r.error.message]).toEqual([parameters, expect.stringMatching(message)]);
		}
		expect(apiRequests()).toHaveLength(0);
	});

	it('Create: Zoho\'s errors name the field (an unknown or inactive plan, an unknown customer)', async () => {
		let r = await subscription('create', { customerId: byId(customerId), planCode: byId('no-such-plan') });
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for plan_code (Zoho code 2)');
		r = await subscription('create', { customerId: byId(customerId), planCode: byId('retired') });
		expect(r.error.message).toMatch(/plan_code/);
		r = await subscription('create', { customerId: byId('903999999999999'), planCode: byId('basic-monthly') });
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for customer_id (Zoho code 2)');
		expect(r.error.description).toMatch(/Check the fields/);
		expect(emu.state.subscriptions.size).toBe(0);
	});

	it('round-trips create → get → update → delete', async () => {
		const created = await createLive({ additionalFields: { reference_id: 'first' } });
		const id = created.subscription_id;

		const got = await subscription('get', { subscriptionId: fromList(id) });
		expect(got.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/subscriptions/${id}` });
		expect(got.items).toEqual([expect.objectContaining({ subscription_id: id, reference_id: 'first', plan: expect.objectContaining({ plan_code: 'basic-monthly' }) })]);

		const updated = await subscription('update', {
			subscriptionId: byId(id),
			planCode: fromList('pro-yearly'),
			planDetails: { quantity: 3 },
			updateFields: {
				reference_id: 'second',
				salesperson_id: '903000000058001',
				addons: { addon: [{ addon_code: 'Email-basic', quantity: 2 }] },
				coupon_code: '',
				extraFieldsJson: '{"template_id": "903000000063009"}',
			},
		});
		expect(updated.error).toBeNull();
		expect(lastRequest()).toMatchObject({
			method: 'PUT',
			path: `${API}/subscriptions/${id}`,
			body: {
				plan: { plan_code: 'pro-yearly', quantity: 3 },
				reference_id: 'second',
				salesperson_id: '903000000058001',
				addons: [{ addon_code: 'Email-basic', quantity: 2 }],
				coupon_code: '',
				template_id: '903000000063009',
			},
		});
		expect(updated.items[0]).toMatchObject({
			subscription_id: id,
			reference_id: 'second',
			plan: { plan_code: 'pro-yearly', name: 'Pro', quantity: 3, price: 500 },
			addons: [{ addon_code: 'Email-basic', quantity: 2, total: 4 }],
			amount: 1504,
			interval_unit: 'years',
		});

		const deleted = await subscription('delete', { subscriptionId: byId(id) });
		expect(deleted.items).toEqual([{ success: true, message: 'The subscription has been deleted.' }]);
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/subscriptions/${id}` });
		const gone = await subscription('get', { subscriptionId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Subscription does not exist. (Zoho code 1002)');
		expect(gone.error.description).toMatch(/check the ID/);
	});

	it('Update: the plan is required; Apply at End of Term keeps the change for Get Scheduled Changes', async () => {
		const { subscription_id: id } = await createLive();
		let r = await subscription('update', { subscriptionId: byId(id), planCode: fromList(' ') });
		expect(r.error.message).toMatch(/Plan/);
		expect(apiRequests()).toHaveLength(0);
		// turning Auto Collect on is left to Zoho, which knows whether a card is on file
		r = await subscription('update', { subscriptionId: byId(id), planCode: fromList('basic-monthly'), updateFields: { auto_collect: true } });
		expect(lastRequest().body).toEqual({ plan: { plan_code: 'basic-monthly' }, auto_collect: true });
		expect(r.error.message).toMatch(/^Zoho Billing error 400: Invalid value passed for card_id: an online subscription/);
		await subscription('updateCard', { subscriptionId: byId(id), cardId: byId(cardId), additionalFields: { auto_collect: false } });
		r = await subscription('update', { subscriptionId: byId(id), planCode: fromList('basic-monthly'), updateFields: { auto_collect: true } });
		expect(r.items[0]).toMatchObject({ auto_collect: true, card: { card_id: cardId } });

		r = await subscription('update', { subscriptionId: byId(id), planCode: byId('pro-yearly'), updateFields: { end_of_term: true } });
		expect(r.error).toBeNull();
		expect(lastRequest().body).toEqual({ plan: { plan_code: 'pro-yearly' }, end_of_term: true });
		expect(r.items[0]).toMatchObject({ plan: { plan_code: 'basic-monthly' }, end_of_term: true });

		const scheduled = await subscription('getScheduledChanges', { subscriptionId: fromList(id) });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/subscriptions/${id}/scheduledchanges` });
		expect(scheduled.items).toEqual([expect.objectContaining({ subscription_id: id, plan: expect.objectContaining({ plan_code: 'pro-yearly', price: 500 }), amount: 500 })]);
		expect((await subscription('get', { subscriptionId: byId(id) })).items[0].plan.plan_code).toBe('basic-monthly');
	});

	it('Get Many: Return All reads every page of 200 and stops when has_more_page is false', async () => {
		emu.seed('subscriptions', 450);
		const r = await subscription('getAll', { returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(450);
		expect(r.items[0]).toMatchObject({ subscription_id: expect.any(String), customer_name: 'Customer 0001', plan_code: 'basic-monthly', status: 'live' });
		expect(apiRequests().map((q) => [q.path, q.query])).toEqual([
			[`${API}/subscriptions`, { page: '1', per_page: '200' }],
			[`${API}/subscriptions`, { page: '2', per_page: '200' }],
			[`${API}/subscriptions`, { page: '3', per_page: '200' }],
		]);
	});

	it('Get Many: Limit fetches only the pages it needs; customer and reference filters go in the query', async () => {
		emu.seed('subscriptions', 450);
		let r = await subscription('getAll', { returnAll: false, limit: 250 });
		expect(r.items).toHaveLength(250);
		expect(apiRequests()).toHaveLength(2);
		emu.clearRequests();
		r = await subscription('getAll', { returnAll: false, limit: 3 });
		expect(r.items).toHaveLength(3);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '3' }]);

		emu.clearRequests();
		const mine = await createLive({ additionalFields: { reference_id: 'ACME-order-77' } });
		r = await subscription('getAll', {
			returnAll: true,
			filters: { customerId: fromList(customerId), reference_contains: 'order-77', filter_by: 'SubscriptionStatus.LIVE' },
		});
		expect(r.error).toBeNull();
		expect(lastRequest().query).toEqual({
			customer_id: customerId,
			reference_contains: 'order-77',
			filter_by: 'SubscriptionStatus.LIVE',
			page: '1',
			per_page: '200',
		});
		expect(r.items.map((s) => s.subscription_id)).toEqual([mine.subscription_id]);
		// an empty customer picker sends no customer_id
		emu.clearRequests();
		await subscription('getAll', { returnAll: false, limit: 1, filters: { customerId: fromList(' ') } });
		expect(lastRequest().query).toEqual({ page: '1', per_page: '1' });
	});

	it('Get Many: every status and mode filter the node offers is one Zoho accepts, and filters as documented', async () => {
		const loader = await loadPackage();
		const filters = loader.nodeTypes.zohoBilling.type.description.properties.find(
			(p) => p.name === 'filters' && p.displayOptions.show.resource[0] === 'subscription',
		);
		const values = filters.options.find((o) => o.name === 'filter_by').options.map((o) => o.value);
		expect(values.sort()).toEqual(
			[
				...['All', 'ACTIVE', 'LIVE', 'FUTURE', 'TRIAL', 'PAST_DUE', 'UNPAID', 'NON_RENEWING', 'CANCELLED_FROM_DUNNING', 'CANCELLED', 'EXPIRED', 'TRIAL_EXPIRED', 'CANCELLED_LAST_MONTH', 'CANCELLED_THIS_MONTH'].map((v) => `SubscriptionStatus.${v}`),
				'SubscriptionMode.ONLINE',
				'SubscriptionMode.OFFLINE',
			].sort(),
		);
		emu.seed('subscriptions', [
			{ status: 'live', auto_collect: true },
			{ status: 'trial' },
			{ status: 'non_renewing' },
			{ status: 'cancelled', cancelled_at: '2001-01-01' },
			{ status: 'dunning' },
			{ status: 'future' },
		]);
		const count = async (filterBy) => (await subscription('getAll', { returnAll: true, filters: { filter_by: filterBy } })).items.length;
		for (const value of values) {
			const r = await subscription('getAll', { returnAll: true, filters: { filter_by: value } });
			expect([value, r.error]).toEqual([value, null]);
			expect(lastRequest().query.filter_by).toBe(value);
		}
		expect(await count('SubscriptionStatus.All')).toBe(6);
		expect(await count('SubscriptionStatus.LIVE')).toBe(1);
		expect(await count('SubscriptionStatus.ACTIVE')).toBe(4);
		expect(await count('SubscriptionStatus.PAST_DUE')).toBe(1);
		expect(await count('SubscriptionStatus.CANCELLED')).toBe(1);
		expect(await count('SubscriptionMode.ONLINE')).toBe(1);
		expect(await count('SubscriptionMode.OFFLINE')).toBe(5);
	});

	it('a body with code != 0 on HTTP 200 is an error with Zoho\'s words, for lists and actions alike', async () => {
		emu.addFault({ kind: 'zoho-error-200', body: { code: 113022, message: 'The coupon is not associated with the plan.' } });
		let r = await subscription('getAll', { returnAll: true });
		expect(r.error.message).toBe('Zoho Billing error: The coupon is not associated with the plan. (Zoho code 113022)');
		emu.addFault({ kind: 'zoho-error-200', body: { code: 113022, message: 'The coupon is not associated with the plan.' } });
		r = await subscription('associateCoupon', { subscriptionId: byId('903000000079200'), couponCode: byId('Flat10') });
		expect(r.error.message).toBe('Zoho Billing error: The coupon is not associated with the plan. (Zoho code 113022)');
		expect(r.items).toEqual([]);
	});

	it('an ID or code that could reach another path is refused before any request; codes travel percent-encoded', async () => {
		const notAnId = (label, id) => `${label}: "${id}" is not an ID: IDs have no /, \\, ?, # or %`;
		for (const id of ['../x', 'a/b', 'a?b', 'a#b', '..%2Fx']) {
			const refused = [
				[await subscription('get', { subscriptionId: fromList(id) }), 'Subscription'],
				[await subscription('cancelNow', { subscriptionId: fromList(id) }), 'Subscription'],
				[await subscription('associateCoupon', { subscriptionId: fromList('1'), couponCode: fromList(id) }), 'Coupon'],
				[await subscription('setLineItemDescription', { subscriptionId: fromList('1'), itemCode: fromList(id), description: 'x' }), 'Line Item'],
				[await subscription('deleteNote', { subscriptionId: fromList(id), noteId: fromList('1') }), 'Subscription'],
				[await subscription('deleteNote', { subscriptionId: fromList('1'), noteId: fromList(id) }), 'Note'],
			];
			for (const [r, label] of refused) {
				expect(r.error.message).toBe(notAnId(label, id));
				expect(r.error.description).toMatch(/Nothing was sent/);
			}
		}
		expect(apiRequests()).toHaveLength(0);
		// a subscription ID is digits; a coupon or add-on code is not an ID, and any other character travels percent-encoded
		let r = await subscription('cancelNow', { subscriptionId: fromList('a b') });
		expect(r.error.message).toBe('Subscription: "a b" is not a Zoho ID: Zoho IDs are made of digits only');
		expect(apiRequests()).toHaveLength(0);
		const code = 'SAVE 10+&=é:x';
		r = await subscription('associateCoupon', { subscriptionId: fromList('1'), couponCode: fromList(code) });
		expect(r.error.message).toMatch(/^Zoho Billing error 404/);
		expect(apiRequests().map((q) => q.path)).toEqual([`${API}/subscriptions/1/coupons/SAVE%2010%2B%26%3D%C3%A9%3Ax`]);
		emu.clearRequests();
		r = await subscription('setLineItemDescription', { subscriptionId: fromList('1'), itemCode: fromList(code), description: 'x' });
		expect(apiRequests().map((q) => q.path)).toEqual([`${API}/subscriptions/1/lineitems/SAVE%2010%2B%26%3D%C3%A9%3Ax`]);
	});

	it('a missing subscription is stopped before any request, for every operation on one subscription', async () => {
		const loader = await loadPackage();
		const operation = loader.nodeTypes.zohoBilling.type.description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions.show.resource[0] === 'subscription',
		);
		const onOne = operation.options.map((o) => o.value).filter((v) => !['create', 'getAll'].includes(v));
		expect(onOne).toHaveLength(23);
		// the other required fields are set: the subscription is checked first
		const others = {
			amount: 5,
			planCode: fromList('basic-monthly'),
			couponCode: fromList('Flat10'),
			itemCode: fromList('basic-monthly'),
			noteId: fromList('1'),
			cardId: fromList('1'),
			contactPersonIds: '1',
			renewalAt: '2099-01-01',
			referenceId: 'x',
			salespersonName: 'x',
			description: 'x',
			customFields: { field: [{ label: 'a', value: 'b' }] },
			oneTimeAddons: { addon: [{ addon_code: 'setup-help', quantity: 1 }] },
		};
		for (const op of onOne) {
			const r = await subscription(op, { ...others, subscriptionId: fromList(' ') });
			expect([op, r.error && r.error.message]).toEqual([op, expect.stringMatching(/^Subscription: a value is required/)]);
		}
		expect(apiRequests()).toHaveLength(0);
	});
});

/* ================================================================================================
 * Subscriptions: status actions
 * ============================================================================================== */

describe('Zoho Billing: Subscription status actions', () => {
	it('Cancel at Term End → non_renewing, Reactivate → live, Cancel Now → cancelled; each outputs the subscription', async () => {
		const { subscription_id: id, current_term_ends_at: termEnd } = await createLive();

		let r = await subscription('cancelAtTermEnd', { subscriptionId: fromList(id) });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/cancel`, query: { cancel_at_end: 'true' } });
		expect(lastRequest().rawBody).toBe('');
		expect(r.items[0]).toMatchObject({ subscription_id: id, status: 'non_renewing', cancelled_at: termEnd });

		r = await subscription('reactivate', { subscriptionId: byId(id) });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/reactivate` });
		expect(r.items[0]).toMatchObject({ subscription_id: id, status: 'live' });
		expect(r.items[0]).not.toHaveProperty('cancelled_at');

		r = await subscription('cancelNow', { subscriptionId: byId(id) });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/cancel`, query: { cancel_at_end: 'false' } });
		expect(r.items[0]).toMatchObject({ subscription_id: id, status: 'cancelled' });

		// Zoho refuses what the status does not allow, in its own words
		r = await subscription('reactivate', { subscriptionId: byId(id) });
		expect(r.error.message).toBe('Zoho Billing error 400: Only non-renewing subscriptions can be reactivated; this one is cancelled. (Zoho code 3010)');
		r = await subscription('cancelNow', { subscriptionId: byId(id) });
		expect(r.error.message).toMatch(/already been cancelled/);
		const live = (await subscription('getAll', { returnAll: true, filters: { filter_by: 'SubscriptionStatus.CANCELLED_THIS_MONTH' } })).items;
		expect(live.map((s) => s.subscription_id)).toEqual([id]);
	});

	it('Change Online/Offline Mode sends auto_collect; online needs a card; Update Card and Remove Card', async () => {
		const { subscription_id: id } = await createLive();
		let r = await subscription('changeAutoCollect', { subscriptionId: byId(id), mode: 'online' });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/autocollect`, body: { auto_collect: true } });
		expect(r.error.message).toMatch(/no card or bank account/);

		r = await subscription('updateCard', { subscriptionId: byId(id), cardId: fromList(cardId) });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/card`, body: { card_id: cardId } });
		expect(r.items[0]).toMatchObject({ subscription_id: id, card: { card_id: cardId, last_four_digits: '4242' }, auto_collect: true });

		r = await subscription('changeAutoCollect', { subscriptionId: byId(id), mode: 'offline' });
		expect(lastRequest().body).toEqual({ auto_collect: false });
		expect(r.items[0]).toMatchObject({ auto_collect: false });

		r = await subscription('updateCard', { subscriptionId: byId(id), cardId: byId(cardId), additionalFields: { auto_collect: false } });
		expect(lastRequest().body).toEqual({ card_id: cardId, auto_collect: false });

		r = await subscription('removeCard', { subscriptionId: byId(id) });
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/subscriptions/${id}/card` });
		expect(r.items).toEqual([{ success: true, message: 'Card has been successfully removed from the subscription.' }]);
		expect(emu.state.subscriptions.get(id).card).toBeUndefined();
		r = await subscription('removeCard', { subscriptionId: byId(id) });
		expect(r.error.message).toMatch(/no card associated/);

		emu.clearRequests();
		r = await subscription('updateCard', { subscriptionId: byId(id), cardId: fromList(' ') });
		expect(r.error.message).toMatch(/^Card: a value is required/);
		r = await subscription('updateCard', { subscriptionId: byId(id), cardId: fromList('card-1') });
		expect(r.error.message).toBe('Card: "card-1" is not a Zoho ID: Zoho IDs are made of digits only');
		expect(apiRequests()).toHaveLength(0);
	});

	it('Postpone Renewal sends renewal_at as yyyy-mm-dd; Zoho refuses an earlier date', async () => {
		const { subscription_id: id, next_billing_at: next } = await createLive();
		let r = await subscription('postponeRenewal', { subscriptionId: byId(id), renewalAt: '2099-05-31T10:00:00' });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/postpone`, body: { renewal_at: '2099-05-31' } });
		expect(r.items[0]).toMatchObject({ next_billing_at: '2099-05-31', current_term_ends_at: '2099-05-31' });
		r = await subscription('postponeRenewal', { subscriptionId: byId(id), renewalAt: next });
		expect(r.error.message).toMatch(/can only be postponed/);
		emu.clearRequests();
		r = await subscription('postponeRenewal', { subscriptionId: byId(id), renewalAt: '={{ "" }}' });
		expect(r.error.message).toMatch(/^Renewal Date: a value is required/);
		r = await subscription('postponeRenewal', { subscriptionId: byId(id), renewalAt: '31/05/2099' });
		expect(r.error.message).toMatch(/^Renewal Date: "31\/05\/2099" is not a date/);
		expect(apiRequests()).toHaveLength(0);
	});
});

/* ================================================================================================
 * Subscriptions: charges, add-ons, coupons, details
 * ============================================================================================== */

describe('Zoho Billing: Subscription charges and details', () => {
	it('Add Charge raises an invoice (in the invoices module) and outputs it; with Add to Unbilled Charges it outputs the unbilled charge', async () => {
		const { subscription_id: id } = await createLive();
		let r = await subscription('addCharge', {
			subscriptionId: byId(id),
			amount: 12.5,
			additionalFields: { description: 'Extra usage', account_id: '90300000791111' },
		});
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `${API}/subscriptions/${id}/charge`,
			body: { amount: 12.5, description: 'Extra usage', account_id: '90300000791111' },
		});
		const invoice = r.items[0];
		expect(invoice).toMatchObject({
			invoice_id: expect.stringMatching(/^\d+$/),
			status: 'sent',
			total: 12.5,
			balance: 12.5,
			customer_id: customerId,
			invoice_items: [expect.objectContaining({ name: 'One-time charge', description: 'Extra usage', price: 12.5, quantity: 1, account_id: '90300000791111' })],
		});
		// the invoice is an invoice of the invoices module
		expect(emu.state.invoices.get(invoice.invoice_id)).toMatchObject({ subscription_id: id, total: 12.5 });

		r = await subscription('addCharge', { subscriptionId: byId(id), amount: 7, additionalFields: { add_to_unbilled_charges: true } });
		expect(lastRequest().body).toEqual({ amount: 7, add_to_unbilled_charges: true });
		expect(r.items[0]).toMatchObject({ unbilled_charge_id: expect.any(String), status: 'open', total: 7 });
		expect(emu.state.subscriptions.get(id).unbilled_charge_id).toBe(r.items[0].unbilled_charge_id);

		emu.clearRequests();
		r = await subscription('addCharge', { subscriptionId: byId(id), amount: 0 });
		expect(r.error.message).toMatch(/^Amount: must be a number greater than 0/);
		r = await subscription('addCharge', { subscriptionId: byId(id), amount: 5, additionalFields: { account_id: 'sales' } });
		expect(r.error.message).toMatch(/^Income Account ID: "sales" is not a Zoho ID/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('Buy One-Time Add-on sends the add-ons; outputs the invoice; Zoho refuses a recurring add-on', async () => {
		const { subscription_id: id } = await createLive();
		let r = await subscription('buyOneTimeAddon', {
			subscriptionId: byId(id),
			oneTimeAddons: { addon: [{ addon_code: 'setup-help', quantity: 2 }, { addon_code: 'setup-help', quantity: 1, price: 10 }] },
			additionalFields: { exchange_rate: 1.1 },
		});
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `${API}/subscriptions/${id}/buyonetimeaddon`,
			body: { addons: [{ addon_code: 'setup-help', quantity: 2 }, { addon_code: 'setup-help', quantity: 1, price: 10 }], exchange_rate: 1.1 },
		});
		expect(r.items[0]).toMatchObject({ total: 70, invoice_items: [expect.objectContaining({ code: 'setup-help', price: 30, quantity: 2 }), expect.objectContaining({ price: 10 })] });

		r = await subscription('buyOneTimeAddon', { subscriptionId: byId(id), oneTimeAddons: { addon: [{ addon_code: 'setup-help', quantity: 1 }] }, additionalFields: { add_to_unbilled_charges: true } });
		expect(r.items[0]).toMatchObject({ unbilled_charge_id: expect.any(String), total: 30 });

		r = await subscription('buyOneTimeAddon', { subscriptionId: byId(id), oneTimeAddons: { addon: [{ addon_code: 'Email-basic', quantity: 1 }] } });
		expect(r.error.message).toBe('Zoho Billing error 400: The addon Email-basic is not a one-time addon. (Zoho code 3005)');

		emu.clearRequests();
		r = await subscription('buyOneTimeAddon', { subscriptionId: byId(id), oneTimeAddons: {} });
		expect(r.error.message).toMatch(/^Add-Ons: add at least one add-on/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('Associate Coupon and Remove Coupon: the discount follows the coupon', async () => {
		emu.seed('coupons', [{ coupon_code: 'Flat10', name: 'Flat 10', type: 'forever', discount_by: 'flat', discount_value: 10, product_id: productId }]);
		const { subscription_id: id, amount } = await createLive();
		let r = await subscription('associateCoupon', { subscriptionId: byId(id), couponCode: fromList('Flat10') });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/coupons/Flat10` });
		expect(r.items).toEqual([{ success: true, message: 'The coupon has been added to the subscription.' }]);
		expect(emu.state.subscriptions.get(id)).toMatchObject({ coupon: { coupon_code: 'Flat10', discount_amount: 10 }, amount: amount - 10 });

		r = await subscription('removeCoupon', { subscriptionId: byId(id) });
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/subscriptions/${id}/coupons` });
		expect(r.items).toEqual([{ success: true, message: 'The coupon has been removed from the subscription.' }]);
		expect(emu.state.subscriptions.get(id)).toMatchObject({ amount });
		r = await subscription('associateCoupon', { subscriptionId: byId(id), couponCode: byId('NOPE') });
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for coupon_code (Zoho code 2)');
		emu.clearRequests();
		r = await subscription('associateCoupon', { subscriptionId: byId(id), couponCode: fromList(' ') });
		expect(r.error.message).toMatch(/^Coupon: a value is required/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('Add Contact Persons, Update Reference, Update Sales Person output the subscription', async () => {
		const [ann, bob] = emu.seed('contactpersons', [
			{ customer_id: customerId, email: 'ann@bowman.test' },
			{ customer_id: customerId, email: 'bob@bowman.test' },
		]);
		const { subscription_id: id } = await createLive();
		let r = await subscription('addContactPersons', { subscriptionId: byId(id), contactPersonIds: ` ${ann.contactperson_id}, ${bob.contactperson_id} ` });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `${API}/subscriptions/${id}/contactpersons`,
			body: { contactpersons: [{ contactperson_id: ann.contactperson_id }, { contactperson_id: bob.contactperson_id }] },
		});
		expect(r.items[0].contactpersons.map((c) => c.contactperson_id)).toEqual([ann.contactperson_id, bob.contactperson_id]);

		r = await subscription('updateReference', { subscriptionId: byId(id), referenceId: 'crm-991' });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/reference`, body: { reference_id: 'crm-991' } });
		expect(r.items[0]).toMatchObject({ subscription_id: id, reference_id: 'crm-991' });

		r = await subscription('updateSalesperson', { subscriptionId: byId(id), salespersonName: 'Franklin', additionalFields: { salesperson_id: '903000000058001' } });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/salesperson`, body: { salesperson_name: 'Franklin', salesperson_id: '903000000058001' } });
		expect(r.items[0]).toMatchObject({ salesperson_name: 'Franklin', salesperson_id: '903000000058001' });

		emu.clearRequests();
		for (const [op, parameters, message] of [
			['addContactPersons', { contactPersonIds: '={{ "" }}' }, /^Contact Person IDs: (a value is required|enter at least one ID)/],
			['addContactPersons', { contactPersonIds: '1, two' }, /^Contact Person IDs: "two" is not a Zoho ID/],
			['updateReference', { referenceId: ' ' }, /^Reference ID: a value is required/],
			['updateSalesperson', { salespersonName: '={{ "" }}' }, /^Sales Person Name: a value is required/],
			['updateSalesperson', { salespersonName: 'F', additionalFields: { salesperson_id: 'frank' } }, /^Sales Person ID: "frank" is not a Zoho ID/],
		]) {
			const bad = await subscription(op, { subscriptionId: byId(id), ...parameters });
			expect([op, bad.error && bad.error.message]).toEqual([op, expect.stringMatching(message)]);
		}
		expect(apiRequests()).toHaveLength(0);
		r = await subscription('addContactPersons', { subscriptionId: byId(id), contactPersonIds: '903999999999999' });
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for contactperson_id (Zoho code 2)');
	});

	it('Update Custom Fields sends custom_fields by label (Zoho\'s contract takes them by label) and outputs success with the fields', async () => {
		const { subscription_id: id } = await createLive();
		let r = await subscription('updateCustomFields', { subscriptionId: byId(id), customFields: { field: [{ label: 'Region', value: 'EU' }] } });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/customfields`, body: { custom_fields: [{ label: 'Region', value: 'EU' }] } });
		expect(r.items).toEqual([
			{ success: true, message: 'Custom Fields Updated Successfully.', custom_fields: [expect.objectContaining({ label: 'Region', value: 'EU', customfield_id: expect.any(String) })] },
		]);
		const fieldId = r.items[0].custom_fields[0].customfield_id;
		r = await subscription('updateCustomFields', { subscriptionId: byId(id), customFields: { field: [{ label: 'Region', value: 'US' }] } });
		expect(lastRequest().body).toEqual({ custom_fields: [{ label: 'Region', value: 'US' }] });
		expect(emu.state.subscriptions.get(id).custom_fields).toEqual([expect.objectContaining({ customfield_id: fieldId, label: 'Region', value: 'US' })]);
		emu.clearRequests();
		r = await subscription('updateCustomFields', { subscriptionId: byId(id), customFields: {} });
		expect(r.error.message).toMatch(/^Custom Fields: add at least one custom field/);
		r = await subscription('updateCustomFields', { subscriptionId: byId(id), customFields: { field: [{ label: '', value: 'x' }] } });
		expect(r.error.message).toMatch(/^Custom Fields: every custom field needs its label/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('Set Line Item Description for the plan or an add-on; an item not on the subscription is Zoho\'s 404', async () => {
		const { subscription_id: id } = await createLive({ additionalFields: { addons: { addon: [{ addon_code: 'Email-basic', quantity: 1 }] } } });
		let r = await subscription('setLineItemDescription', { subscriptionId: byId(id), itemCode: fromList('basic-monthly'), description: 'Includes support' });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/lineitems/basic-monthly`, body: { description: 'Includes support' } });
		expect(r.items).toEqual([{ success: true, message: 'Item description has been updated successfully.' }]);
		r = await subscription('setLineItemDescription', { subscriptionId: byId(id), itemCode: byId('Email-basic'), description: '' });
		expect(lastRequest().body).toEqual({ description: '' });
		expect(emu.state.subscriptions.get(id)).toMatchObject({ plan: { plan_description: 'Includes support' }, addons: [{ addon_code: 'Email-basic', addon_description: '' }] });
		r = await subscription('setLineItemDescription', { subscriptionId: byId(id), itemCode: byId('other'), description: 'x' });
		expect(r.error.message).toMatch(/^Zoho Billing error 404: The plan or addon is not part of this subscription/);
	});

	it('Add Note outputs the note; Delete Note removes it; Get Recent Activities outputs one item per activity', async () => {
		const { subscription_id: id } = await createLive();
		let r = await subscription('addNote', { subscriptionId: byId(id), description: 'Asked for an upgrade' });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/subscriptions/${id}/notes`, body: { description: 'Asked for an upgrade' } });
		expect(r.items).toEqual([{ note_id: expect.stringMatching(/^\d+$/), description: 'Asked for an upgrade', commented_by: 'Piper Owner', commented_time: expect.any(String) }]);
		const noteId = r.items[0].note_id;
		expect((await subscription('get', { subscriptionId: byId(id) })).items[0].notes).toEqual([expect.objectContaining({ note_id: noteId })]);

		r = await subscription('deleteNote', { subscriptionId: byId(id), noteId: fromList(noteId) });
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/subscriptions/${id}/notes/${noteId}` });
		expect(r.items).toEqual([{ success: true, message: 'The note has been deleted.' }]);
		r = await subscription('deleteNote', { subscriptionId: byId(id), noteId: byId(noteId) });
		expect(r.error.message).toBe('Zoho Billing error 404: Note does not exist. (Zoho code 1002)');

		await subscription('cancelAtTermEnd', { subscriptionId: byId(id) });
		r = await subscription('getRecentActivities', { subscriptionId: byId(id) });
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/subscriptions/${id}/recentactivities` });
		expect(r.items.length).toBeGreaterThanOrEqual(3);
		expect(r.items[0]).toEqual({ activity_id: expect.any(String), description: expect.stringMatching(/will be cancelled/), activity_time: expect.any(String), commented_by: 'Zoho Billing' });
		expect(r.items.map((a) => a.description)).toContain('Subscription created');
		expect(r.raw.every((i) => i.pairedItem.item === 0)).toBe(true);

		emu.clearRequests();
		r = await subscription('addNote', { subscriptionId: byId(id), description: '={{ "" }}' });
		expect(r.error.message).toMatch(/^Note: a value is required/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('continue on fail gives one error item per failed input item, paired to it', async () => {
		const { subscription_id: id } = await createLive();
		const r = await subscription(
			'cancelAtTermEnd',
			{ subscriptionId: fromList('={{ $json.id }}') },
			{ items: [{ id }, { id: '903999999999999' }, { id: '' }], continueOnFail: true },
		);
		expect(r.error).toBeNull();
		expect(r.raw).toHaveLength(3);
		expect(r.raw[0].json.status).toBe('non_renewing');
		expect(r.raw[1].json.error).toMatch(/404: Subscription does not exist/);
		expect(r.raw[2].json.error).toMatch(/Subscription: a value is required/);
		expect(r.raw.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('a failed write says the outcome is unknown and is not repeated; no secret in the error', async () => {
		const { subscription_id: id } = await createLive();
		emu.addFault({ kind: 'html', status: 502 });
		const r = await subscription('addCharge', { subscriptionId: byId(id), amount: 5 });
		expect(r.error.message).toBe('Zoho Billing answered HTTP 502 with an HTML page titled "502 Bad Gateway"');
		expect(r.error.description).toMatch(/not repeated/);
		expect(apiRequests()).toHaveLength(1);
		assertNoSecrets(r.error);
	});
});

/* ================================================================================================
 * Unbilled charges
 * ============================================================================================== */

describe('Zoho Billing: Unbilled Charge', () => {
	const unbilled = (operation, parameters, extra) => run('unbilledCharge', operation, parameters, extra);

	it('round-trips: a charge kept unbilled → Get → Convert to Invoice → (converted again is refused) ; Delete of another one', async () => {
		const { subscription_id: id } = await createLive();
		const charge = (await subscription('addCharge', { subscriptionId: byId(id), amount: 20, additionalFields: { add_to_unbilled_charges: true, description: 'Usage' } })).items[0];
		emu.clearRequests();

		let r = await unbilled('get', { unbilledChargeId: byId(charge.unbilled_charge_id) });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/unbilledcharges/${charge.unbilled_charge_id}` });
		expect(r.items[0]).toMatchObject({
			unbilled_charge_id: charge.unbilled_charge_id,
			number: expect.stringMatching(/^UNBILL-/),
			status: 'open',
			customer_id: customerId,
			total: 20,
			unbilled_charge_items: [expect.objectContaining({ description: 'Usage', price: 20, quantity: 1 })],
		});

		r = await unbilled('convertToInvoice', { unbilledChargeId: byId(charge.unbilled_charge_id) });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/unbilledcharges/${charge.unbilled_charge_id}/createinvoice` });
		expect(r.items[0]).toMatchObject({ invoice_id: expect.stringMatching(/^\d+$/), total: 20, subscription_id: id });
		expect(emu.state.invoices.get(r.items[0].invoice_id)).toBeDefined();
		expect((await unbilled('get', { unbilledChargeId: byId(charge.unbilled_charge_id) })).items[0].status).toBe('invoiced');
		r = await unbilled('convertToInvoice', { unbilledChargeId: byId(charge.unbilled_charge_id) });
		expect(r.error.message).toBe('Zoho Billing error 400: The unbilled charge has already been invoiced. (Zoho code 3102)');

		const [seeded] = emu.seed('unbilled_charges', 1);
		r = await unbilled('delete', { unbilledChargeId: byId(seeded.unbilled_charge_id) });
		expect(lastRequest()).toMatchObject({ method: 'DELETE', path: `${API}/unbilledcharges/${seeded.unbilled_charge_id}` });
		expect(r.items).toEqual([{ success: true, message: 'The unbilled charges have been deleted.' }]);
		r = await unbilled('get', { unbilledChargeId: byId(seeded.unbilled_charge_id) });
		expect(r.error.message).toBe('Zoho Billing error 404: Unbilled charge does not exist. (Zoho code 1002)');
	});

	it('a missing ID, or one that is not a Zoho ID, is stopped before any request', async () => {
		for (const op of ['get', 'delete', 'convertToInvoice']) {
			let r = await unbilled(op, { unbilledChargeId: { __rl: true, mode: 'id', value: '={{ "" }}' } });
			expect([op, r.error && r.error.message]).toEqual([op, expect.stringMatching(/^Unbilled Charge: a value is required/)]);
			r = await unbilled(op, { unbilledChargeId: { __rl: true, mode: 'id', value: '={{ "../x" }}' } });
			expect([op, r.error && r.error.message]).toEqual([op, 'Unbilled Charge: "../x" is not an ID: IDs have no /, \\, ?, # or %']);
			r = await unbilled(op, { unbilledChargeId: { __rl: true, mode: 'id', value: '={{ "x1" }}' } });
			expect([op, r.error && r.error.message]).toEqual([op, 'Unbilled Charge: "x1" is not a Zoho ID: Zoho IDs are made of digits only']);
		}
		expect(apiRequests()).toHaveLength(0);
	});
});

/* ================================================================================================
 * Hosted pages
 * ============================================================================================== */

describe('Zoho Billing: Hosted Page', () => {
	const hosted = (operation, parameters, extra) => run('hostedPage', operation, parameters, extra);
	const page = expect.objectContaining({
		hostedpage_id: expect.stringMatching(/^[0-9a-f]+$/),
		status: 'fresh',
		url: expect.stringMatching(/^https:\/\/billing\.zoho\.com\/hostedpage\//),
		expiring_time: expect.any(String),
		created_time: expect.any(String),
	});

	it('New Subscription page: POST /hostedpages/newsubscription with customer, plan and extras; outputs the page; the checkout creates the subscription', async () => {
		const r = await hosted('createNewSubscription', {
			customerId: fromList(customerId),
			planCode: fromList('basic-monthly'),
			planDetails: { quantity: 2 },
			additionalFields: {
				addons: { addon: [{ addon_code: 'Email-basic', quantity: 1 }] },
				redirect_url: 'https://example.com/thanks',
				reference_id: 'web-42',
				payment_gateways: ['stripe'],
				starts_at: '2030-01-01',
				pricebook_id: '90300000070987',
			},
		});
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/hostedpages/newsubscription` });
		expect(lastRequest().body).toEqual({
			customer_id: customerId,
			plan: { plan_code: 'basic-monthly', quantity: 2 },
			addons: [{ addon_code: 'Email-basic', quantity: 1 }],
			redirect_url: 'https://example.com/thanks',
			reference_id: 'web-42',
			payment_gateways: [{ payment_gateway: 'stripe' }],
			starts_at: '2030-01-01',
			pricebook_id: '90300000070987',
		});
		expect(r.items).toEqual([page]);
		expect(r.items[0].action).toBe('new_subscription');
		const id = r.items[0].hostedpage_id;

		// the customer pays on the page (emulator test hook), then Get shows what it created
		const paid = await fetch(`${emu.url}/hostedpage/${id}/checkout`, { method: 'POST' });
		expect(paid.status).toBe(200);
		emu.clearRequests();
		const got = await hosted('get', { hostedPageId: fromList(id) });
		expect(got.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'GET', path: `${API}/hostedpages/${id}` });
		expect(got.items).toEqual([
			expect.objectContaining({
				hostedpage_id: id,
				status: 'success',
				action: 'new_subscription',
				data: expect.objectContaining({ subscription: expect.objectContaining({ customer_id: customerId, plan: expect.objectContaining({ plan_code: 'basic-monthly', quantity: 2 }), status: 'future' }) }),
			}),
		]);
		expect(got.items[0]).not.toHaveProperty('code');
	});

	it('New Subscription page for a new customer sends the customer object', async () => {
		const r = await hosted('createNewSubscription', {
			customerType: 'new',
			customerDisplayName: 'Web Buyer',
			customerEmail: 'buyer@web.test',
			planCode: byId('basic-monthly'),
		});
		expect(r.error).toBeNull();
		expect(lastRequest().body).toEqual({ customer: { display_name: 'Web Buyer', email: 'buyer@web.test' }, plan: { plan_code: 'basic-monthly' } });
	});

	it('the pages for an existing subscription: Update Subscription, Update Card, Buy One-Time Add-on', async () => {
		const { subscription_id: id } = await createLive();
		let r = await hosted('createUpdateSubscription', {
			subscriptionId: fromList(id),
			planCode: byId('pro-yearly'),
			additionalFields: { coupon_code: 'Flat10', redirect_url: 'https://example.com/up' },
		});
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `${API}/hostedpages/updatesubscription`,
			body: { subscription_id: id, plan: { plan_code: 'pro-yearly' }, coupon_code: 'Flat10', redirect_url: 'https://example.com/up' },
		});
		expect(r.items).toEqual([expect.objectContaining({ action: 'update_subscription' })]);

		r = await hosted('createUpdateCard', { subscriptionId: byId(id), additionalFields: { redirect_url: 'https://example.com/card' } });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/hostedpages/updatecard`, body: { subscription_id: id, redirect_url: 'https://example.com/card' } });
		expect(r.items).toEqual([expect.objectContaining({ action: 'update_card' })]);

		r = await hosted('createBuyOneTimeAddon', { subscriptionId: byId(id), oneTimeAddons: { addon: [{ addon_code: 'setup-help', quantity: 2 }] } });
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/hostedpages/buyonetimeaddon`, body: { subscription_id: id, addons: [{ addon_code: 'setup-help', quantity: 2 }] } });
		expect(r.items).toEqual([expect.objectContaining({ action: 'one_time_addon' })]);

		r = await hosted('createUpdateCard', { subscriptionId: byId('903999999999999') });
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for subscription_id (Zoho code 2)');
	});

	it('the pages for a customer, an invoice and a payment method: Add Payment Method, Invoice Payment, Update Payment Method', async () => {
		let r = await hosted('createAddPaymentMethod', { customerId: fromList(customerId), additionalFields: { payment_gateways: ['stripe', 'authorize_net'] } });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({
			method: 'POST',
			path: `${API}/hostedpages/addpaymentmethod`,
			body: { customer_id: customerId, payment_gateways: [{ payment_gateway: 'stripe' }, { payment_gateway: 'authorize_net' }] },
		});
		expect(r.items).toEqual([expect.objectContaining({ action: 'add_payment_method' })]);

		const { subscription_id: id } = await createLive();
		const invoice = (await subscription('addCharge', { subscriptionId: byId(id), amount: 9 })).items[0];
		r = await hosted('createInvoicePayment', { invoiceId: fromList(invoice.invoice_id), additionalFields: { hostedpage_settings_id: '90300000079469' } });
		expect(r.error).toBeNull();
		expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/hostedpages/invoicepayment`, body: { invoice_id: invoice.invoice_id, hostedpage_settings_id: '90300000079469' } });
		expect(r.items).toEqual([expect.objectContaining({ action: 'invoice_payment' })]);

		for (const [type, key] of [['card_id', 'card_id'], ['account_id', 'account_id'], ['paypal_id', 'paypal_id']]) {
			const value = type === 'card_id' ? cardId : '410200001308';
			if (type === 'account_id') emu.seed('bankaccounts', [{ account_id: value, customer_id: customerId }]);
			r = await hosted('createUpdatePaymentMethod', { paymentMethodType: type, paymentMethodId: value });
			expect([type, r.error]).toEqual([type, null]);
			expect(lastRequest()).toMatchObject({ method: 'POST', path: `${API}/hostedpages/updatepaymentmethod`, body: { [key]: value } });
			expect(Object.keys(lastRequest().body)).toEqual([key]);
		}
	});

	it('bad input is stopped before any request, with a message naming the field', async () => {
		const cases = [
			['createNewSubscription', { customerId: byId(customerId), planCode: byId('basic-monthly'), additionalFields: { redirect_url: 'example.com' } }, /^Redirect URL: "example.com" is not a link/],
			['createNewSubscription', { customerType: 'new', customerDisplayName: 'A', customerEmail: 'nope', planCode: byId('basic-monthly') }, /^Customer Email/],
			['createUpdateSubscription', { subscriptionId: fromList(' '), planCode: byId('basic-monthly') }, /^Subscription: a value is required/],
			['createUpdateCard', { subscriptionId: fromList(' '), additionalFields: {} }, /^Subscription: a value is required/],
			['createBuyOneTimeAddon', { subscriptionId: byId('1'), oneTimeAddons: {} }, /^Add-Ons: add at least one add-on/],
			['createAddPaymentMethod', { customerId: fromList(' ') }, /^Customer: a value is required/],
			['createInvoicePayment', { invoiceId: fromList('INV-1') }, /^Invoice: "INV-1" is not a Zoho ID: Zoho IDs are made of digits only/],
			['createUpdatePaymentMethod', { paymentMethodType: 'card_id', paymentMethodId: '={{ "" }}' }, /^Payment Method ID: a value is required/],
			['createUpdatePaymentMethod', { paymentMethodType: 'card_id', paymentMethodId: 'tok_123' }, /^Payment Method ID: "tok_123" is not a Zoho ID/],
			['createUpdateCard', { subscriptionId: byId('1'), additionalFields: { extraFieldsJson: '[1]' } }, /^Extra Fields \(JSON\): must be a JSON object/],
		];
		for (const [op, parameters, message] of cases) {
			const r = await hosted(op, parameters);
			expect([op, r.error && r.error.message]).toEqual([op, expect.stringMatching(message)]);
		}
		expect(apiRequests()).toHaveLength(0);
	});

	it('Get Many: Return All across pages and Limit stopping early; Get of an unknown page is Zoho\'s 404', async () => {
		emu.seed('hosted_pages', 230);
		let r = await hosted('getAll', { returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(230);
		expect(Object.keys(r.items[0]).sort()).toEqual(['action', 'created_time', 'expiring_time', 'hostedpage_id', 'status', 'url']);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
		]);
		emu.clearRequests();
		r = await hosted('getAll', { returnAll: false, limit: 10 });
		expect(r.items).toHaveLength(10);
		expect(apiRequests().map((q) => [q.path, q.query])).toEqual([[`${API}/hostedpages`, { page: '1', per_page: '10' }]]);

		r = await hosted('get', { hostedPageId: byId('deadbeef') });
		expect(r.error.message).toBe('Zoho Billing error 404: Hosted page does not exist. (Zoho code 1002)');
	});
});

/* ================================================================================================
 * List searches and the node description
 * ============================================================================================== */

/** n8n-core's real load-options context; `parameters` are the node's as the editor stores them. */
const loadOptionsContext = (parameters = {}) => listSearchContext({ type: 'zohoBilling', credentials, parameters });

describe('Zoho Billing subscriptions: list searches', () => {
	let methods;
	beforeAll(() => {
		const { ZohoBilling } = require(path.join(PACKAGE_DIR, 'dist/nodes/ZohoBilling/ZohoBilling.node.js'));
		methods = new ZohoBilling().methods.listSearch;
	});

	it('subscriptions: "customer – plan (status)", searchable by customer, plan, reference or ID; pages continue with a token', async () => {
		const a = await createLive({ additionalFields: { reference_id: 'crm-77' } });
		emu.seed('subscriptions', 250);
		const first = await methods.searchSubscriptions.call(await loadOptionsContext());
		expect(emu.requests[0]).toMatchObject({ method: 'GET', path: `${API}/subscriptions`, query: { page: '1', per_page: '200' } });
		expect(first.results).toHaveLength(200);
		expect(first.results[0]).toEqual({ name: 'Bowman Furniture – Basic (live)', value: a.subscription_id });
		expect(first.paginationToken).toBe('2');
		const second = await methods.searchSubscriptions.call(await loadOptionsContext(), undefined, '2');
		expect(second.results).toHaveLength(51);
		expect(second.paginationToken).toBeUndefined();
		expect((await methods.searchSubscriptions.call(await loadOptionsContext(), 'CRM-77')).results.map((r) => r.value)).toEqual([a.subscription_id]);
		expect((await methods.searchSubscriptions.call(await loadOptionsContext(), 'bowman')).results.map((r) => r.value)).toEqual([a.subscription_id]);
	});

	it('notes, line items and cards of the subscription chosen in the node', async () => {
		const sub = await createLive({ additionalFields: { addons: { addon: [{ addon_code: 'Email-basic', quantity: 1 }] } } });
		const note = (await subscription('addNote', { subscriptionId: byId(sub.subscription_id), description: 'Called about the invoice' })).items[0];
		const context = await loadOptionsContext({ resource: 'subscription', operation: 'deleteNote', subscriptionId: fromList(sub.subscription_id) });

		const notes = await methods.searchSubscriptionNotes.call(context);
		expect(notes.results).toEqual([{ name: expect.stringMatching(/^Called about the invoice – /), value: note.note_id }]);
		expect((await methods.searchSubscriptionNotes.call(context, 'nothing')).results).toEqual([]);

		expect((await methods.searchSubscriptionItems.call(context)).results).toEqual([
			{ name: 'Basic (plan basic-monthly)', value: 'basic-monthly' },
			{ name: 'Email (add-on Email-basic)', value: 'Email-basic' },
		]);
		expect((await methods.searchSubscriptionItems.call(context, 'email')).results.map((r) => r.value)).toEqual(['Email-basic']);

		expect((await methods.searchSubscriptionCards.call(context)).results).toEqual([{ name: '•••• 4242 (expires 9/2030)', value: cardId }]);

		await expect(methods.searchSubscriptionNotes.call(await loadOptionsContext())).rejects.toThrow(/Choose the subscription first/);
		emu.clearRequests();
		await expect(
			methods.searchSubscriptionNotes.call(await loadOptionsContext({ resource: 'subscription', operation: 'deleteNote', subscriptionId: byId('1/../2') })),
		).rejects.toThrow('Subscription: "1/../2" is not an ID: IDs have no /, \\, ?, # or %');
		expect(emu.requests).toHaveLength(0);
	});

	it('hosted pages: action, status and time; searchable by action or status', async () => {
		emu.seed('hosted_pages', 3);
		const all = await methods.searchHostedPages.call(await loadOptionsContext());
		expect(emu.requests[0]).toMatchObject({ method: 'GET', path: `${API}/hostedpages`, query: { page: '1', per_page: '200' } });
		expect(all.results).toHaveLength(3);
		expect(all.results[0]).toEqual({ name: 'New subscription – success – 2025-01-01T10:00:00-0700', value: expect.stringMatching(/^[0-9a-f]+$/), url: expect.any(String) });
		expect((await methods.searchHostedPages.call(await loadOptionsContext(), 'card')).results).toHaveLength(1);
	});

	it('a refused token is an error that points at the credential', async () => {
		credentials = zohoCredentials(emu, { clientSecret: 'wrong-key-123' });
		emu.expireTokens();
		await expect(methods.searchSubscriptions.call(await loadOptionsContext())).rejects.toThrow(/Zoho Billing error 401/);
	});
});

describe('Zoho Billing subscriptions: node description', () => {
	let description;
	beforeAll(async () => {
		const loader = await loadPackage();
		description = loader.nodeTypes.zohoBilling.type.description;
	});

	const operationsOf = (resource) =>
		description.properties.find((p) => p.name === 'operation' && p.displayOptions.show.resource[0] === resource).options;

	it('offers every operation of Zoho\'s Subscriptions, Unbilled Charges and Hosted Pages APIs, with Zoho\'s names', () => {
		expect(operationsOf('subscription').map((o) => o.name)).toEqual([
			'Add Charge',
			'Add Contact Persons',
			'Add Note',
			'Associate Coupon',
			'Buy One-Time Add-On',
			'Cancel at Term End',
			'Cancel Now',
			'Change Online/Offline Mode',
			'Create',
			'Delete',
			'Delete Note',
			'Get',
			'Get Many',
			'Get Recent Activities',
			'Get Scheduled Changes',
			'Postpone Renewal',
			'Reactivate',
			'Remove Card',
			'Remove Coupon',
			'Set Line Item Description',
			'Update',
			'Update Card',
			'Update Custom Fields',
			'Update Reference',
			'Update Sales Person',
		]);
		expect(operationsOf('unbilledCharge').map((o) => o.name)).toEqual(['Convert to Invoice', 'Delete', 'Get']);
		expect(operationsOf('hostedPage').map((o) => o.name)).toEqual([
			'Create Add Payment Method Page',
			'Create Buy One-Time Add-On Page',
			'Create Invoice Payment Page',
			'Create New Subscription Page',
			'Create Update Card Page',
			'Create Update Payment Method Page',
			'Create Update Subscription Page',
			'Get',
			'Get Many',
		]);
		const resources = description.properties.find((p) => p.name === 'resource').options.map((o) => o.value);
		expect(resources).toEqual(expect.arrayContaining(['subscription', 'unbilledCharge', 'hostedPage']));
	});

	it('every record picker of these resources has a list search the node has (unbilled charges: by ID only, Zoho lists none)', () => {
		const { ZohoBilling } = require(path.join(PACKAGE_DIR, 'dist/nodes/ZohoBilling/ZohoBilling.node.js'));
		const searches = Object.keys(new ZohoBilling().methods.listSearch);
		const mine = ['subscription', 'unbilledCharge', 'hostedPage'];
		const locators = [];
		const walk = (props, resource) => {
			for (const p of props) {
				const r = p.displayOptions?.show?.resource?.[0] ?? resource;
				if (p.type === 'resourceLocator' && mine.includes(r)) locators.push([r, p]);
				if (Array.isArray(p.options)) walk(p.options.filter((o) => o && o.type), r);
				if (Array.isArray(p.values)) walk(p.values, r);
			}
		};
		walk(description.properties);
		const byName = {};
		for (const [resource, l] of locators) {
			const list = l.modes.find((m) => m.name === 'list');
			if (resource === 'unbilledCharge') {
				expect(list).toBeUndefined();
				continue;
			}
			expect(searches).toContain(list.typeOptions.searchListMethod);
			byName[`${resource}.${l.name}`] = list.typeOptions.searchListMethod;
		}
		expect(byName).toEqual({
			'subscription.subscriptionId': 'searchSubscriptions',
			'subscription.customerId': 'searchCustomers',
			'subscription.planCode': 'searchPlans',
			'subscription.couponCode': 'searchCoupons',
			'subscription.itemCode': 'searchSubscriptionItems',
			'subscription.noteId': 'searchSubscriptionNotes',
			'subscription.cardId': 'searchSubscriptionCards',
			'hostedPage.customerId': 'searchCustomers',
			'hostedPage.planCode': 'searchPlans',
			'hostedPage.subscriptionId': 'searchSubscriptions',
			'hostedPage.invoiceId': 'searchInvoices',
			'hostedPage.hostedPageId': 'searchHostedPages',
		});
		// catalog objects are addressed by code, not by digits
		for (const [, l] of locators.filter(([, l]) => ['planCode', 'couponCode', 'itemCode'].includes(l.name))) {
			expect(l.modes.find((m) => m.name === 'id').validation).toBeUndefined();
		}
	});

	it('Create and Update offer the JSON escape hatch; descriptions say what is needed', () => {
		const createOps = ['create', 'update'];
		for (const op of createOps) {
			const collection = description.properties.find(
				(p) => p.type === 'collection' && p.displayOptions?.show?.resource?.[0] === 'subscription' && p.displayOptions.show.operation.includes(op) && ['additionalFields', 'updateFields'].includes(p.name),
			);
			expect(collection.options.map((o) => o.name)).toContain('extraFieldsJson');
			const names = collection.options.map((o) => o.displayName);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		}
		for (const op of operationsOf('hostedPage').filter((o) => o.value.startsWith('create'))) {
			const collection = description.properties.find(
				(p) => p.name === 'additionalFields' && p.displayOptions?.show?.resource?.[0] === 'hostedPage' && p.displayOptions.show.operation.includes(op.value),
			);
			// Zoho's contract gives the update-payment-method page no redirect URL
			const expected = op.value === 'createUpdatePaymentMethod' ? ['extraFieldsJson'] : ['extraFieldsJson', 'redirect_url'];
			expect([op.value, collection.options.map((o) => o.name)]).toEqual([op.value, expect.arrayContaining(expected)]);
		}
		for (const resource of ['subscription', 'unbilledCharge', 'hostedPage']) {
			for (const op of operationsOf(resource)) {
				expect(op.description).toMatch(/^[A-Z][^\n]{9,69}$/); // one short line
				expect(op.action).toMatch(/^[A-Z]/);
			}
		}
	});
});
