'use strict';
/**
 * Every list of the three nodes, read with Return All, outputs every record the provider holds:
 * none missing, none twice, whatever the number of pages. One row per list operation (a test
 * fails when a list operation has no row), each seeding the emulator with more records than one
 * page holds (Zoho 200, JFramework 200, Hyperaze 100 a page) through its seed(). Then the same lists
 * from servers that serve fewer per page than asked for, and JFramework's prices (a plain array
 * that takes pageNumber and pageSize) in every shape its answer may take.
 */
const path = require('path');
const { runNode } = require('../harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId } = require('../helpers');

let zoho;
let jfw;
let hz;
const credentials = {};

beforeAll(async () => {
	[zoho, jfw, hz] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator()]);
	// budgets no run of this file reaches: pacing is not what is tested here
	credentials.zohoBilling = zohoCredentials(zoho, { requestsPerMinute: 1_000_000 });
	credentials.jFramework = jframeworkCredentials(jfw);
	credentials.hyperaze = hyperazeCredentials(hz);
});
afterAll(async () => {
	await Promise.all([zoho.close(), jfw.close(), hz.close()]);
});
beforeEach(() => {
	zoho.reset();
	jfw.reset();
	hz.reset();
});

const N = 450; // more than two pages of 200 (and four of 100)

/** The list operations of a built node (those with Return All): "resource.operation". */
function listOperations(file) {
	const Node = Object.values(require(path.resolve(__dirname, '../../dist/nodes', file)))[0];
	const properties = new Node().description.properties;
	const returnAll = properties.filter((p) => p.name === 'returnAll');
	return properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) =>
			p.displayOptions.show.resource.flatMap((resource) =>
				p.options
					.filter((o) => returnAll.some((r) => r.displayOptions.show.resource.includes(resource) && r.displayOptions.show.operation.includes(o.value)))
					.map((o) => `${resource}.${o.value}`),
			),
		);
}

const many = (n, make) => Array.from({ length: n }, (_, i) => make(i));
const ids = (records, field) => records.map((r) => String(r[field])).sort();

/**
 * Per list operation: `setup(emu)` seeds the emulator and returns `{ parameters, expected, id }`:
 * the node's parameters (besides resource, operation and Return All), the IDs the list must
 * output, and the field that holds an output record's ID.
 */
const ZOHO = {
	'addon.getAll': (emu) => ({ expected: emu.seed('addons', N), id: 'addon_code' }),
	'card.getAll': (emu) => {
		const [customer] = emu.seed('customers', 1);
		return { parameters: { customerId: byId(customer.customer_id) }, expected: emu.seed('cards', many(N, () => ({ customer_id: customer.customer_id, status: 'active' }))), id: 'card_id' };
	},
	'contactPerson.getAll': (emu) => {
		const [customer] = emu.seed('customers', 1);
		return { parameters: { customerId: byId(customer.customer_id) }, expected: emu.seed('contactpersons', many(N, () => ({ customer_id: customer.customer_id }))), id: 'contactperson_id' };
	},
	'coupon.getAll': (emu) => ({ expected: emu.seed('coupons', N), id: 'coupon_code' }),
	'customer.getAll': (emu) => ({ expected: emu.seed('customers', N), id: 'customer_id' }),
	'customer.listTransactions': (emu) => ({ expected: emu.seed('transactions', N), id: 'transaction_id' }),
	'event.getAll': (emu) => ({ expected: emu.seed('events', N), id: 'event_id' }),
	'expense.getAll': (emu) => ({ expected: emu.seed('expenses', N), id: 'expense_id' }),
	'hostedPage.getAll': (emu) => ({ expected: emu.seed('hosted_pages', N), id: 'hostedpage_id' }),
	'invoice.getAll': (emu) => ({ expected: emu.seed('invoices', N), id: 'invoice_id' }),
	'item.getAll': (emu) => ({ expected: emu.seed('items', N), id: 'item_id' }),
	'organization.getAll': (emu) => {
		emu.seed('organizations', N - 1);
		return { expected: emu.state.organizations.all(), id: 'organization_id' };
	},
	'plan.getAll': (emu) => ({ expected: emu.seed('plans', N), id: 'plan_code' }),
	'priceList.getAll': (emu) => ({ expected: emu.seed('pricebooks', N), id: 'pricebook_id' }),
	'product.getAll': (emu) => ({ expected: emu.seed('products', N), id: 'product_id' }),
	'project.getAll': (emu) => ({ expected: emu.seed('projects', N), id: 'project_id' }),
	'project.listComments': (emu) => {
		const [project] = emu.seed('projects', 1);
		return { parameters: { projectId: byId(project.project_id) }, expected: emu.seed('projectcomments', many(N, () => ({ project_id: project.project_id }))), id: 'comment_id' };
	},
	'project.listInvoices': (emu) => {
		const [project] = emu.seed('projects', 1);
		return { parameters: { projectId: byId(project.project_id) }, expected: emu.seed('projectinvoices', many(N, () => ({ project_id: project.project_id }))), id: 'invoice_id' };
	},
	'project.listUsers': (emu) => {
		const [project] = emu.seed('projects', 1);
		const users = many(N, (i) => ({ user_id: String(903000000700000 + i), user_name: `User ${i}`, email: `user${i}@example.com`, user_role: 'staff' }));
		emu.state.projects.update(project.project_id, { users });
		return { parameters: { projectId: byId(project.project_id) }, expected: users, id: 'user_id' };
	},
	'quote.getAll': (emu) => ({ expected: emu.seed('estimates', N), id: 'estimate_id' }),
	'recurringExpense.getAll': (emu) => ({ expected: emu.seed('recurringexpenses', N), id: 'recurring_expense_id' }),
	'recurringExpense.listChildExpenses': (emu) => {
		const [parent] = emu.seed('recurringexpenses', 1);
		const expected = emu.seed('expenses', many(N, () => ({ recurring_expense_id: parent.recurring_expense_id })));
		return { parameters: { recurringExpenseId: byId(parent.recurring_expense_id) }, expected, id: 'expense_id' };
	},
	'recurringExpense.listHistory': (emu) => {
		const [parent] = emu.seed('recurringexpenses', 1);
		emu.seed('recurringexpensecomments', many(N, () => ({ recurring_expense_id: parent.recurring_expense_id })));
		const expected = emu.state.recurringexpensecomments.filter((c) => c.recurring_expense_id === parent.recurring_expense_id);
		return { parameters: { recurringExpenseId: byId(parent.recurring_expense_id) }, expected, id: 'comment_id' };
	},
	'setting.getTaxAuthorities': (emu) => ({ expected: emu.seed('settingtaxauthorities', N), id: 'tax_authority_id' }),
	'setting.getTaxExemptions': (emu) => ({ expected: emu.seed('settingtaxexemptions', N), id: 'tax_exemption_id' }),
	'setting.getTaxes': (emu) => ({ expected: emu.seed('settingtaxes', N), id: 'tax_id' }),
	'subscription.getAll': (emu) => ({ expected: emu.seed('subscriptions', N), id: 'subscription_id' }),
	'task.getAll': (emu) => {
		const [project] = emu.seed('projects', 1);
		return { parameters: { projectId: byId(project.project_id) }, expected: emu.seed('tasks', many(N, () => ({ project_id: project.project_id }))), id: 'task_id' };
	},
	'timeEntry.getAll': (emu) => ({ expected: emu.seed('timeentries', N), id: 'time_entry_id' }),
};

const JFRAMEWORK = {
	'coupon.getAll': (emu) => ({ expected: [...emu.state.coupons.all(), ...emu.seed('coupons', N)], id: 'id' }),
	'feature.getAll': (emu) => ({ expected: [...emu.state.features.all(), ...emu.seed('features', N)], id: 'id' }),
	'feature.getPackages': (emu) => {
		const [feature] = emu.seed('features', 1);
		const packages = emu.seed('packages', N);
		emu.seed('packageFeatures', packages.map((p) => ({ packageId: p.id, featureId: feature.id, type: 'Function' })));
		return { parameters: { featureId: byId(feature.id) }, expected: packages, id: 'id' };
	},
	'invoice.getAll': (emu) => {
		emu.seed('invoices', many(N, () => ({ userId: JFW_IDS.userOwner })));
		return { expected: emu.state.invoices.filter((i) => i.userId === JFW_IDS.userOwner), id: 'id' };
	},
	'license.getAll': (emu) => ({ expected: [...emu.state.licenses.all(), ...emu.seed('licenses', N)], id: 'id' }),
	'package.getAll': (emu) => ({ expected: [...emu.state.packages.all(), ...emu.seed('packages', N)], id: 'id' }),
	'package.getFeatures': (emu) => {
		const [pkg] = emu.seed('packages', 1);
		const features = emu.seed('features', N);
		emu.seed('packageFeatures', features.map((f) => ({ packageId: pkg.id, featureId: f.id, type: 'Function' })));
		return { parameters: { packageId: byId(pkg.id) }, expected: features, id: 'id' };
	},
	'package.getPrices': (emu) => {
		const [pkg] = emu.seed('packages', 1);
		return { parameters: { packageId: byId(pkg.id) }, expected: emu.seed('prices', many(N, () => ({ packageId: pkg.id }))), id: 'id' };
	},
	'payment.getAll': (emu) => ({ expected: [...emu.state.payments.all(), ...emu.seed('payments', N)], id: 'id' }),
	'price.getAll': (emu) => ({ expected: [...emu.state.prices.all(), ...emu.seed('prices', N)], id: 'id' }),
	'subscriptionType.getAll': (emu) => ({ expected: [...emu.state.subscriptionTypes.all(), ...emu.seed('subscriptionTypes', N)], id: 'id' }),
	'subscriptionType.getPrices': (emu) => {
		const [type] = emu.seed('subscriptionTypes', 1);
		return { parameters: { subscriptionTypeId: byId(type.id) }, expected: emu.seed('prices', many(N, () => ({ subscriptionTypeId: type.id }))), id: 'id' };
	},
	'wallet.getAll': (emu) => {
		emu.seed('wallets', many(N, () => ({ userId: JFW_IDS.userOwner })));
		return { expected: emu.state.wallets.filter((w) => w.userId === JFW_IDS.userOwner), id: 'id' };
	},
	'wallet.getHistories': (emu) => {
		emu.seed('walletHistories', many(N, () => ({ walletId: JFW_IDS.walletUsd })));
		return { parameters: { walletId: byId(JFW_IDS.walletUsd) }, expected: emu.state.walletHistories.filter((h) => h.walletId === JFW_IDS.walletUsd), id: 'id' };
	},
};

const HYPERAZE = {
	'checkout.getAll': (emu) => ({ expected: [...emu.state.checkouts.all(), ...emu.seed('checkouts', N)], id: 'id' }),
	'membership.getAll': (emu) => ({ expected: [...emu.state.memberships.all(), ...emu.seed('memberships', N)], id: 'id' }),
	'payment.getAll': (emu) => ({ expected: [...emu.state.payments.all(), ...emu.seed('payments', N)], id: 'id' }),
	'plan.getAll': (emu) => ({ expected: [...emu.state.plans.all(), ...emu.seed('plans', N)], id: 'id' }),
	'product.getAll': (emu) => ({ expected: [...emu.state.products.all(), ...emu.seed('products', N)], id: 'id' }),
};

const NODES = [
	{ type: 'zohoBilling', file: 'ZohoBilling/ZohoBilling.node.js', table: ZOHO, emu: () => zoho },
	{ type: 'jFramework', file: 'JFramework/JFramework.node.js', table: JFRAMEWORK, emu: () => jfw },
	{ type: 'hyperaze', file: 'Hyperaze/Hyperaze.node.js', table: HYPERAZE, emu: () => hz },
];

async function readAll(node, key, extra = {}) {
	const [resource, operation] = key.split('.');
	const setup = node.table[key](node.emu());
	node.emu().clearRequests();
	const r = await runNode({ type: node.type, parameters: { resource, operation, returnAll: true, ...(setup.parameters ?? {}), ...extra }, credentials: credentials[node.type] });
	return { r, setup };
}

describe.each(NODES)('$type: Return All reads every record', (node) => {
	it('every list operation has a row here', () => {
		expect(listOperations(node.file).sort()).toEqual(Object.keys(node.table).sort());
	});

	it.each(Object.keys(node.table))('%s', async (key) => {
		const { r, setup } = await readAll(node, key);
		expect(r.error).toBeNull();
		expect(setup.expected.length).toBeGreaterThanOrEqual(N);
		expect(ids(r.items, setup.id)).toEqual(ids(setup.expected, setup.id));
	});
});

describe('servers that serve fewer records per page than asked for', () => {
	it('Zoho lists (invoices): pages of 100 when 200 are asked for', async () => {
		const node = NODES[0];
		zoho.maxPerPage = 100;
		const { r, setup } = await readAll(node, 'invoice.getAll');
		expect(r.error).toBeNull();
		expect(ids(r.items, 'invoice_id')).toEqual(ids(setup.expected, 'invoice_id'));
		expect(zoho.requests.length).toBeGreaterThanOrEqual(5);
	});

	it('JFramework paged lists (licenses): pages of 100 when 200 are asked for', async () => {
		const node = NODES[1];
		jfw.maxPageSize = 100;
		const { r, setup } = await readAll(node, 'license.getAll');
		expect(r.error).toBeNull();
		expect(ids(r.items, 'id')).toEqual(ids(setup.expected, 'id'));
		expect(jfw.requests.map((q) => q.query.pageSize)).toEqual(['200', '100', '100', '100', '100']);
	});

	it('JFramework prices: pages of 100 when 200 are asked for', async () => {
		const node = NODES[1];
		jfw.maxPageSize = 100;
		const { r, setup } = await readAll(node, 'price.getAll');
		expect(r.error).toBeNull();
		expect(ids(r.items, 'id')).toEqual(ids(setup.expected, 'id'));
	});

	it('Hyperaze: pages of 40 when 100 are asked for', async () => {
		const node = NODES[2];
		hz.configure({ maxLimit: 40 });
		try {
			const { r, setup } = await readAll(node, 'membership.getAll');
			expect(r.error).toBeNull();
			expect(ids(r.items, 'id')).toEqual(ids(setup.expected, 'id'));
		} finally {
			hz.configure({ maxLimit: null });
		}
	});
});

describe('JFramework prices: more than 200, in every shape the answer may take', () => {
	const node = NODES[1];
	const run = (parameters) => runNode({ type: 'jFramework', parameters: { resource: 'price', operation: 'getAll', ...parameters }, credentials: credentials.jFramework });

	it('a plain array paged as the docs say: every price, each once, page after page until a short page', async () => {
		const all = [...jfw.state.prices.all(), ...jfw.seed('prices', 500)];
		jfw.clearRequests();
		const r = await run({ returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(all.length);
		expect(ids(r.items, 'id')).toEqual(ids(all, 'id'));
		expect(jfw.requests.map((q) => [q.query.pageNumber, q.query.pageSize])).toEqual([['0', '200'], ['1', '200'], ['2', '200']]);
	});

	it('exactly full pages: the list ends with the empty page after them', async () => {
		jfw.seed('prices', 400 - jfw.state.prices.size);
		jfw.clearRequests();
		const r = await run({ returnAll: true });
		expect(r.items).toHaveLength(400);
		expect(jfw.requests.map((q) => q.query.pageNumber)).toEqual(['0', '1', '2']);
	});

	it('a server that ignores the paging and answers the whole list every time: each price once', async () => {
		const all = [...jfw.state.prices.all(), ...jfw.seed('prices', 196)]; // 200: a full page, then the same page again
		jfw.ignoreArrayPaging = true;
		let r = await run({ returnAll: true });
		expect(ids(r.items, 'id')).toEqual(ids(all, 'id'));
		jfw.seed('prices', 100); // 300: more than a page at once
		jfw.clearRequests();
		r = await run({ returnAll: true });
		expect(r.items).toHaveLength(300);
		expect(jfw.requests).toHaveLength(1);
	});

	it('Limit stops the paging as soon as it is met', async () => {
		jfw.seed('prices', 500);
		jfw.clearRequests();
		const r = await run({ returnAll: false, limit: 250 });
		expect(r.items).toHaveLength(250);
		expect(new Set(ids(r.items, 'id')).size).toBe(250);
		expect(jfw.requests.map((q) => [q.query.pageNumber, q.query.pageSize])).toEqual([['0', '200'], ['1', '200']]);
	});

	it('a page object { items, totalItems } is read to totalItems', async () => {
		const all = [...jfw.state.prices.all(), ...jfw.seed('prices', 450)];
		jfw.arrayListsAsPages = true;
		const r = await run({ returnAll: true });
		expect(r.error).toBeNull();
		expect(ids(r.items, 'id')).toEqual(ids(all, 'id'));
	});
});
