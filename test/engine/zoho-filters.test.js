'use strict';
/**
 * Filters of Zoho lists that Zoho's API contract does not list for that list are applied by the
 * node itself, on every page: a Zoho that ignores them still yields only matching records (all of
 * them), Limit counts the records kept, and a record that does not say what the filter checks
 * stops the run instead of being output unfiltered. One row per such filter; a test fails when the
 * node applies a filter that has no row here.
 */
const path = require('path');
const { runNode } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { zohoCredentials, byId } = require('../helpers');

let emu;
let credentials;
beforeAll(async () => {
	emu = await startZohoEmulator();
	credentials = zohoCredentials(emu, { requestsPerMinute: 1_000_000 });
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => emu.reset());

const N = 450; // three pages of 200, a third of them matching
const pick = (i, a, b) => (i % 3 === 0 ? a : b);
const many = (make) => Array.from({ length: N }, (_, i) => make(i));

/**
 * Per operation and query parameter: `seed()` fills the list with matching and other records and
 * returns `{ filters, matches, id }`: the Filters to set, the records the output must hold, and
 * the field that holds an output record's ID.
 */
const ROWS = {
	'event.getAll event_type': () => {
		const all = emu.seed('events', many((i) => ({ event_type: pick(i, 'invoice_created', 'payment_thankyou'), event_time: '2025-03-10T10:00:00+0000' })));
		return { filters: { event_type: 'invoice_created' }, matches: all.filter((e) => e.event_type === 'invoice_created'), id: 'event_id' };
	},
	'event.getAll date_start': () => {
		const all = emu.seed('events', many((i) => ({ event_type: 'invoice_created', event_time: pick(i, '2025-03-12T23:30:00-0700', '2025-03-10T10:00:00-0700') })));
		return { filters: { date_start: '2025-03-11T00:00:00' }, matches: all.filter((e) => e.event_time.startsWith('2025-03-12')), id: 'event_id' };
	},
	'event.getAll date_end': () => {
		const all = emu.seed('events', many((i) => ({ event_type: 'invoice_created', event_time: pick(i, '2025-03-10T00:10:00+0530', '2025-03-12T10:00:00+0530') })));
		return { filters: { date_end: '2025-03-10' }, matches: all.filter((e) => e.event_time.startsWith('2025-03-10')), id: 'event_id' };
	},
	'product.getAll filter_by': () => {
		const all = emu.seed('products', many((i) => ({ status: pick(i, 'inactive', 'active') })));
		return { filters: { filter_by: 'ProductStatus.INACTIVE' }, matches: all.filter((p) => p.status === 'inactive'), id: 'product_id' };
	},
	'customer.getAll filter_by': () => {
		const all = emu.seed('customers', many((i) => ({ status: pick(i, 'inactive', 'active') })));
		return { filters: { filter_by: 'Status.Inactive' }, matches: all.filter((c) => c.status === 'inactive'), id: 'customer_id' };
	},
	'invoice.getAll customer_id': () => {
		const [a, b] = emu.seed('customers', 2);
		const all = emu.seed('invoices', many((i) => ({ customer_id: pick(i, a.customer_id, b.customer_id) })));
		return { filters: { customerId: byId(a.customer_id) }, matches: all.filter((x) => x.customer_id === a.customer_id), id: 'invoice_id' };
	},
	'quote.getAll customer_id': () => {
		const [a, b] = emu.seed('customers', 2);
		const all = emu.seed('estimates', many((i) => ({ customer_id: pick(i, a.customer_id, b.customer_id) })));
		return { filters: { customerId: byId(a.customer_id) }, matches: all.filter((x) => x.customer_id === a.customer_id), id: 'estimate_id' };
	},
	'quote.getAll filter_by': () => {
		const all = emu.seed('estimates', many((i) => ({ status: pick(i, 'accepted', 'draft') })));
		return { filters: { filter_by: 'Status.Accepted' }, matches: all.filter((x) => x.status === 'accepted'), id: 'estimate_id' };
	},
	'subscription.getAll customer_id': () => {
		const [a, b] = emu.seed('customers', 2);
		const all = emu.seed('subscriptions', many((i) => ({ customer_id: pick(i, a.customer_id, b.customer_id) })));
		return { filters: { customerId: byId(a.customer_id) }, matches: all.filter((x) => x.customer_id === a.customer_id), id: 'subscription_id' };
	},
	'subscription.getAll reference_contains': () => {
		const all = emu.seed('subscriptions', many((i) => ({ reference_id: pick(i, `ORDER-Bowman-${i}`, `order-${i}`) })));
		return { filters: { reference_contains: 'bowman' }, matches: all.filter((x) => /bowman/i.test(x.reference_id)), id: 'subscription_id' };
	},
	'expense.getAll customer_id': () => {
		const [a, b] = emu.seed('customers', 2);
		const all = emu.seed('expenses', many((i) => ({ customer_id: pick(i, a.customer_id, b.customer_id) })));
		return { filters: { customer_id: a.customer_id }, matches: all.filter((x) => x.customer_id === a.customer_id), id: 'expense_id' };
	},
};

/** Every filter the node applies itself: "resource.operation query" from the paginators' keptQuery. */
const kept = (() => {
	const Node = Object.values(require(path.resolve(__dirname, '../../dist/nodes/ZohoBilling/ZohoBilling.node.js')))[0];
	return new Node().description.properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) =>
			p.displayOptions.show.resource.flatMap((resource) =>
				p.options.flatMap((o) => (o.routing?.operations?.pagination?.keptQuery ?? []).map((query) => `${resource}.${o.value} ${query}`)),
			),
		);
})();

const run = (key, filters, list) => {
	const [resource, operation] = key.split(' ')[0].split('.');
	return runNode({ type: 'zohoBilling', parameters: { resource, operation, ...list, filters }, credentials });
};
const ids = (records, field) => records.map((r) => String(r[field])).sort();

describe('Zoho filters the contract does not list are applied by the node', () => {
	it('every such filter has a row here', () => {
		expect(kept.sort()).toEqual(Object.keys(ROWS).sort());
	});

	it.each(Object.keys(ROWS))('%s: a Zoho that ignores it still yields exactly the matching records', async (key) => {
		const query = key.split(' ')[1];
		const { filters, matches, id } = ROWS[key]();
		emu.ignoredQuery = [query];
		const r = await run(key, filters, { returnAll: true });
		expect(r.error).toBeNull();
		expect(matches.length).toBeGreaterThan(100);
		expect(ids(r.items, id)).toEqual(ids(matches, id));
		// still sent: a Zoho that knows the filter does the work
		expect(emu.requests.every((q) => q.query[query] !== undefined)).toBe(true);
	});

	it.each(Object.keys(ROWS))('%s: Limit counts only the records kept', async (key) => {
		const query = key.split(' ')[1];
		const { filters, matches, id } = ROWS[key]();
		emu.ignoredQuery = [query];
		const r = await run(key, filters, { returnAll: false, limit: 120 });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(120);
		const wanted = new Set(ids(matches, id));
		expect(r.items.every((item) => wanted.has(String(item[id])))).toBe(true);
	});

	it('a Zoho that honours the filter gives the same output', async () => {
		const key = 'invoice.getAll customer_id';
		const { filters, matches, id } = ROWS[key]();
		const r = await run(key, filters, { returnAll: true });
		expect(ids(r.items, id)).toEqual(ids(matches, id));
	});

	it('a record that does not say what the filter checks stops the run, naming the filter', async () => {
		emu.seed('products', [{ status: 'active' }, { status: 'inactive' }]);
		const [bare] = emu.seed('products', 1);
		emu.state.products.update(bare.product_id, { status: undefined });
		delete emu.state.products.get(bare.product_id).status;
		emu.ignoredQuery = ['filter_by'];
		const r = await run('product.getAll filter_by', { filter_by: 'ProductStatus.ACTIVE' }, { returnAll: true });
		expect(r.error.message).toMatch(/^Status: Zoho's answer does not say this of product_id \d+, so the filter cannot be applied/);
		expect(r.items).toEqual([]);
	});

	it('a filter left at All filters nothing and reads the list as Zoho gives it', async () => {
		emu.seed('products', many((i) => ({ status: pick(i, 'inactive', 'active') })));
		const r = await run('product.getAll filter_by', { filter_by: 'ProductStatus.All' }, { returnAll: false, limit: 30 });
		expect(r.items).toHaveLength(30);
		expect(emu.requests.map((q) => q.query.per_page)).toEqual(['30']);
	});
});
