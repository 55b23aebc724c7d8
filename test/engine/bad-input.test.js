'use strict';
/**
 * Bad input is stopped before any request, with a message that names the field, on all three
 * nodes. Each row runs the node against an emulator and asserts that no request reached it.
 */
const { runNode } = require('../harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId, fromList } = require('../helpers');

const BLANK = '={{ "   " }}';
const LONG = 'x'.repeat(250);

let emulators;
beforeAll(async () => {
	const [zoho, jframework, hyperaze] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator()]);
	emulators = { zoho, jframework, hyperaze };
});
afterAll(async () => {
	await Promise.all(Object.values(emulators).map((e) => e.close()));
});

const NODES = {
	zoho: { type: 'zohoBilling', credentials: (e) => zohoCredentials(e) },
	jframework: { type: 'jFramework', credentials: (e) => jframeworkCredentials(e) },
	hyperaze: { type: 'hyperaze', credentials: (e) => hyperazeCredentials(e) },
};

const jfwCheckout = (over = {}) => ({
	resource: 'license',
	operation: 'createPurchaseCheckoutLink',
	packageId: fromList(JFW_IDS.pkgBasic),
	subscriptionTypeId: byId(JFW_IDS.stMonthly),
	startDate: '2026-01-01',
	endDate: '2026-02-01',
	...over,
});
const jfwPrice = (over = {}) => ({
	resource: 'price',
	operation: 'update',
	priceId: fromList(JFW_IDS.priceBasicMonthly),
	packageId: byId(JFW_IDS.pkgBasic),
	subscriptionTypeId: byId(JFW_IDS.stMonthly),
	code: 'B',
	name: 'Basic',
	amount: 10,
	currency: 'USD',
	...over,
});
const hzPlan = (over = {}) => ({
	resource: 'plan',
	operation: 'create',
	productId: byId('prod_demo00000001'),
	name: 'Monthly',
	price: 10,
	currency: 'USD',
	pricingType: 'Subscription',
	renewalPeriod: 1,
	renewalPeriodUnit: 'Month',
	...over,
});

// [provider, what is wrong, parameters, the field the message must name]
const CASES = [
	['zoho', 'a blank ID from an expression', { resource: 'product', operation: 'get', productId: fromList(BLANK) }, 'Product'],
	['zoho', 'a non-URL link', { resource: 'product', operation: 'create', name: 'x', additionalFields: { redirect_url: 'example.com/x' } }, 'Redirect URL'],
	['zoho', 'an over-long name', { resource: 'product', operation: 'create', name: LONG }, 'Name'],
	['zoho', 'a JSON body that is not JSON', { resource: 'plan', operation: 'create', code: 'p1', name: 'P', recurring_price: 1, interval: 1, productId: byId('903000000045027'), additionalFields: { extraFieldsJson: '{not json' } }, 'Extra Fields (JSON)'],
	['zoho', 'a zero charge', { resource: 'subscription', operation: 'addCharge', subscriptionId: byId('903000000045099'), amount: 0 }, 'Amount'],
	['jframework', 'a blank ID', jfwCheckout({ packageId: fromList(BLANK) }), 'Package'],
	['jframework', 'a malformed date', jfwCheckout({ startDate: '2026-13-45' }), 'Start Date'],
	['jframework', 'an impossible day', jfwCheckout({ endDate: '2026-02-30' }), 'End Date'],
	['jframework', 'end before start', jfwCheckout({ endDate: '2025-12-31' }), 'End Date'],
	['jframework', 'a non-URL link', jfwCheckout({ additionalFields: { cancelURL: 'javascript:alert(1)' } }), 'Cancel URL'],
	['jframework', 'a zero quantity', jfwCheckout({ additionalFields: { quantity: 0 } }), 'Quantity'],
	['jframework', 'an unknown currency', jfwPrice({ currency: 'XYZ' }), 'Currency'],
	['jframework', 'a negative amount', jfwPrice({ amount: -5 }), 'Amount'],
	['jframework', 'an over-long code', jfwPrice({ code: LONG }), 'Code'],
	['hyperaze', 'a blank ID', { resource: 'checkout', operation: 'get', checkoutId: fromList(BLANK) }, 'Checkout Link'],
	['hyperaze', 'a zero stock', { resource: 'checkout', operation: 'create', planId: byId('plan_monthly0000001'), stockType: 'Limited', stocks: 0 }, 'Stocks'],
	['hyperaze', 'end before start', { resource: 'checkout', operation: 'create', planId: byId('plan_monthly0000001'), additionalFields: { start_date: '2026-05-01', end_date: '2026-04-01' } }, 'End Date'],
	['hyperaze', 'a negative price', hzPlan({ price: -1 }), 'Price'],
	['hyperaze', 'a renewal period over a year', hzPlan({ renewalPeriod: 13 }), 'Renewal Period'],
];

describe('bad input never reaches the provider', () => {
	it.each(CASES)('%s: %s', async (provider, _what, parameters, field) => {
		const emu = emulators[provider];
		emu.reset();
		const node = NODES[provider];
		const r = await runNode({ type: node.type, parameters, credentials: node.credentials(emu) });
		expect(r.error).not.toBeNull();
		expect(r.error.message).toContain(field);
		expect(r.error.message).not.toMatch(/object Object|undefined/);
		const apiRequests = emu.requests.filter((q) => !q.path.startsWith('/oauth/'));
		expect(apiRequests).toEqual([]);
	});
});
