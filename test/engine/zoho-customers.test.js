'use strict';
/**
 * Zoho Billing: the "customers and payments" group (customers and their transactions, contact
 * persons, cards, bank accounts, payments, refunds, payment links), run through n8n's engine
 * against the Zoho emulator.
 */
const path = require('path');
const { runNode, loadPackage, listSearchContext, PACKAGE_DIR } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { zohoCredentials, byId, fromList } = require('../helpers');

const API = '/billing/v1';
let emu;
let credentials;
beforeAll(async () => {
	emu = await startZohoEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	emu.clearRequests();
	emu.clearFaults();
	emu.setRateLimit(null);
	credentials = zohoCredentials(emu);
});

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'zohoBilling', parameters: { resource, operation, ...parameters }, credentials, ...extra });
const apiRequests = () => emu.requests.filter((r) => r.path.startsWith(API));
const seedCustomer = (fields = {}) => emu.seed('customers', [{ display_name: 'Bowman Furniture', email: 'ben@bowman.test', ...fields }])[0];

describe('Zoho Billing: Customer', () => {
	it('creates a customer with the display name and typed additional fields in Zoho\'s body', async () => {
		const r = await run('customer', 'create', {
			displayName: 'Bowman Furniture',
			additionalFields: {
				email: 'benjamin@bowman.test',
				first_name: 'Benjamin',
				company_name: 'Bowman Furniture',
				currency_code: 'EUR',
				payment_terms: 15,
				payment_terms_label: 'Net 15',
				is_portal_enabled: true,
				ach_supported: false,
				gst_treatment: 'business_gst',
				billingAddress: { address: { street: 'Harrington Bay Street', city: 'Salt Lake City', zip: '92612', country: 'U.S.A', state: '' } },
				shippingAddress: { address: { attention: 'Dock 4', city: 'Ogden' } },
				customFields: { field: [{ label: 'Region', value: 'EMEA' }, { label: '46000000012345', value: 'gold' }] },
				tags: { tag: [{ tag_id: '460000000054182', tag_option_id: '460000000054280' }] },
				defaultTemplates: { templates: { invoice_template_id: '90300000311340', creditnote_template_id: '' } },
				extraFieldsJson: '{"language_code": "en", "display_name": "ignored"}',
			},
		});
		expect(r.error).toBeNull();
		const [req] = apiRequests();
		expect(req).toMatchObject({ method: 'POST', path: `${API}/customers` });
		expect(req.body).toEqual({
			display_name: 'Bowman Furniture',
			email: 'benjamin@bowman.test',
			first_name: 'Benjamin',
			company_name: 'Bowman Furniture',
			currency_code: 'EUR',
			payment_terms: 15,
			payment_terms_label: 'Net 15',
			is_portal_enabled: true,
			ach_supported: false,
			gst_treatment: 'business_gst',
			billing_address: { street: 'Harrington Bay Street', city: 'Salt Lake City', zip: '92612', country: 'U.S.A' },
			shipping_address: { attention: 'Dock 4', city: 'Ogden' },
			custom_fields: [{ label: 'Region', value: 'EMEA' }, { label: '46000000012345', value: 'gold' }],
			tags: [{ tag_id: 460000000054182, tag_option_id: 460000000054280 }],
			default_templates: { invoice_template_id: '90300000311340' },
			language_code: 'en',
		});
		expect(req.headers['x-com-zoho-subscriptions-organizationid']).toBe('10234695');
		expect(r.items).toHaveLength(1);
		expect(r.items[0]).toMatchObject({ display_name: 'Bowman Furniture', email: 'benjamin@bowman.test', status: 'active', currency_code: 'EUR' });
		expect(r.items[0].customer_id).toMatch(/^\d+$/);
		expect(r.items[0].code).toBeUndefined();
	});

	it('round-trips create → get (list and ID) → update → mark inactive → mark active → delete', async () => {
		const created = (await run('customer', 'create', { displayName: 'Round Trip' })).items[0];
		const id = created.customer_id;
		expect(apiRequests()[0].body).toEqual({ display_name: 'Round Trip' });

		for (const locator of [fromList(id), byId(id)]) {
			const got = await run('customer', 'get', { customerId: locator });
			expect(got.items).toEqual([expect.objectContaining({ customer_id: id, display_name: 'Round Trip' })]);
			expect(apiRequests().pop()).toMatchObject({ method: 'GET', path: `${API}/customers/${id}` });
		}

		const updated = await run('customer', 'update', {
			customerId: byId(id),
			updateFields: { display_name: 'Renamed', email: 'new@x.test', phone: '+1 555 0100' },
		});
		expect(updated.items[0]).toMatchObject({ customer_id: id, display_name: 'Renamed', email: 'new@x.test', phone: '+1 555 0100' });
		expect(apiRequests().pop()).toMatchObject({
			method: 'PUT',
			path: `${API}/customers/${id}`,
			body: { display_name: 'Renamed', email: 'new@x.test', phone: '+1 555 0100' },
		});

		const inactive = await run('customer', 'markAsInactive', { customerId: byId(id) });
		expect(inactive.items).toEqual([{ success: true, message: 'The customer has been marked as inactive.' }]);
		expect(apiRequests().pop()).toMatchObject({ method: 'POST', path: `${API}/customers/${id}/markasinactive` });
		expect((await run('customer', 'get', { customerId: byId(id) })).items[0].status).toBe('inactive');

		const active = await run('customer', 'markAsActive', { customerId: byId(id) });
		expect(active.items).toEqual([{ success: true, message: 'The customer has been marked as active.' }]);
		expect((await run('customer', 'get', { customerId: byId(id) })).items[0].status).toBe('active');

		const deleted = await run('customer', 'delete', { customerId: byId(id) });
		expect(deleted.items).toEqual([{ success: true, message: 'The customer has been deleted.' }]);
		expect(apiRequests().pop()).toMatchObject({ method: 'DELETE', path: `${API}/customers/${id}` });
		const gone = await run('customer', 'get', { customerId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Customer does not exist. (Zoho code 1002)');
	});

	it('Get Many: Return All reads every page of 200; Limit fetches only the pages it needs, with the filter', async () => {
		emu.seed('customers', 450);
		let r = await run('customer', 'getAll', { returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(450);
		expect(r.items[449].display_name).toBe('Customer 0450');
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);
		emu.clearRequests();
		r = await run('customer', 'getAll', { returnAll: false, limit: 250, filters: { filter_by: 'Status.Active' } });
		expect(r.items).toHaveLength(250);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200', filter_by: 'Status.Active' },
			{ page: '2', per_page: '200', filter_by: 'Status.Active' },
		]);
		emu.clearRequests();
		r = await run('customer', 'getAll', { returnAll: false, limit: 3 });
		expect(r.items).toHaveLength(3);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '3' }]);
	});

	it('Get Many filters by status (applied by the node too: Zoho\'s contract lists no filter for customers)', async () => {
		emu.seed('customers', [
			{ display_name: 'Active One' },
			{ display_name: 'Gone', status: 'inactive' },
			{ display_name: 'Synced', zcrm_account_id: '903000800069001', is_linked_with_zohocrm: true },
			{ display_name: 'Portal', is_portal_enabled: true },
		]);
		const names = async (filter_by) =>
			(await run('customer', 'getAll', { returnAll: true, filters: { filter_by } })).items.map((c) => c.display_name);
		expect(await names('Status.All')).toEqual(['Active One', 'Gone', 'Synced', 'Portal']);
		expect(await names('Status.Inactive')).toEqual(['Gone']);
		expect(await names('Status.Active')).toEqual(['Active One', 'Synced', 'Portal']);
		const description = (await loadPackage()).nodeTypes.zohoBilling.type.description;
		const filters = description.properties.find((p) => p.name === 'filters' && p.displayOptions.show.resource[0] === 'customer' && p.displayOptions.show.operation[0] === 'getAll');
		expect(filters.options[0].options.map((o) => o.value).sort()).toEqual(
			['Status.Active', 'Status.All', 'Status.Gapps', 'Status.Inactive'],
		);
	});

	it('Get by CRM Reference sends the reference type and outputs the customer', async () => {
		const account = seedCustomer({ zcrm_account_id: '903000800069001' });
		const contact = seedCustomer({ display_name: 'Contact Sync', zcrm_contact_id: '903000000098214' });
		let r = await run('customer', 'getByReference', { referenceId: '903000800069001', referenceIdType: 'zcrm_account_id' });
		expect(r.items).toEqual([expect.objectContaining({ customer_id: account.customer_id })]);
		expect(apiRequests().pop()).toMatchObject({
			method: 'GET',
			path: `${API}/customers/reference/903000800069001`,
			query: { reference_id_type: 'zcrm_account_id' },
		});
		r = await run('customer', 'getByReference', { referenceId: '903000000098214', referenceIdType: 'zcrm_contact_id' });
		expect(r.items[0].customer_id).toBe(contact.customer_id);
		r = await run('customer', 'getByReference', { referenceId: '903000000098214', referenceIdType: 'zcrm_account_id' });
		expect(r.error.message).toBe('Zoho Billing error 404: Customer does not exist. (Zoho code 1002)');
		emu.clearRequests();
		r = await run('customer', 'getByReference', { referenceId: '={{ "  " }}', referenceIdType: 'zcrm_account_id' });
		expect(r.error.message).toMatch(/^CRM Reference ID: a value is required/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('List Transactions: customer and type filters, Return All across pages and Limit stopping early', async () => {
		const c = seedCustomer();
		const other = seedCustomer({ display_name: 'Other' });
		emu.seed('transactions', [
			...Array.from({ length: 430 }, (_, i) => ({ customer_id: c.customer_id, type: i % 2 ? 'invoice' : 'creditnote', amount: i })),
			{ customer_id: other.customer_id, type: 'invoice', amount: 1 },
		]);
		let r = await run('customer', 'listTransactions', { customerId: fromList(c.customer_id), returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(430);
		expect(r.items[0]).toMatchObject({ customer_id: c.customer_id, type: 'creditnote', amount: 0 });
		expect(apiRequests().map((q) => [q.path, q.query])).toEqual([
			[`${API}/transactions`, { page: '1', per_page: '200', customer_id: c.customer_id }],
			[`${API}/transactions`, { page: '2', per_page: '200', customer_id: c.customer_id }],
			[`${API}/transactions`, { page: '3', per_page: '200', customer_id: c.customer_id }],
		]);
		emu.clearRequests();
		r = await run('customer', 'listTransactions', {
			customerId: byId(c.customer_id),
			returnAll: false,
			limit: 10,
			filters: { filter_by: 'TransactionType.INVOICE' },
		});
		expect(r.items).toHaveLength(10);
		expect(r.items.every((t) => t.type === 'invoice')).toBe(true);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '10', customer_id: c.customer_id, filter_by: 'TransactionType.INVOICE' },
		]);
		emu.clearRequests();
		// no customer: every customer's transactions, and no empty customer_id is sent
		r = await run('customer', 'listTransactions', { customerId: fromList(''), returnAll: true });
		expect(r.items).toHaveLength(431);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);
	});

	it('List Transactions includes the payments and refunds recorded through the node', async () => {
		const c = seedCustomer();
		const payment = (
			await run('payment', 'create', {
				customerId: byId(c.customer_id),
				paymentMode: 'autotransaction',
				amount: 80,
				invoices: { invoice: [{ invoice_id: seedInvoice(c.customer_id, 80).invoice_id, amount_applied: 80 }] },
			})
		).items[0];
		const refund = (await run('refund', 'refundPayment', { paymentId: payment.payment_id, amount: 30 })).items[0];
		const payments = await run('customer', 'listTransactions', {
			customerId: byId(c.customer_id),
			returnAll: true,
			filters: { filter_by: 'TransactionType.PAYMENT' },
		});
		expect(payments.items).toEqual([expect.objectContaining({ transaction_id: payment.payment_id, type: 'payment', amount: 80 })]);
		const refunds = await run('customer', 'listTransactions', {
			customerId: byId(c.customer_id),
			returnAll: true,
			filters: { filter_by: 'TransactionType.REFUND' },
		});
		expect(refunds.items).toEqual([expect.objectContaining({ transaction_id: refund.refund_id, type: 'refund', amount: 30 })]);
	});

	it('bad input is stopped before any request, naming the field', async () => {
		const cases = [
			[{ operation: 'create', displayName: '={{ "" }}' }, /^Display Name: a value is required/],
			[{ operation: 'create', displayName: 'x', additionalFields: { email: 'not-an-email' } }, /^Email: "not-an-email" is not an email address/],
			[{ operation: 'create', displayName: 'x', additionalFields: { email: 'a@x.test, b@x.test' } }, /^Email: .* is not an email address/],
			[{ operation: 'create', displayName: 'x', additionalFields: { currency_code: 'usd' } }, /^Currency Code: "usd" is not an ISO 4217 currency code/],
			[{ operation: 'create', displayName: 'x', additionalFields: { vat_reg_no: 'A' } }, /^VAT Registration Number: must be 2 to 12 characters/],
			[{ operation: 'create', displayName: 'x', additionalFields: { extraFieldsJson: '{oops' } }, /^Extra Fields \(JSON\): is not valid JSON/],
			[{ operation: 'update', customerId: byId('903000000000099'), updateFields: {} }, /^Update Fields: set at least one field to change/],
			[{ operation: 'update', customerId: fromList('  '), updateFields: { notes: 'x' } }, /^Customer: a value is required/],
			[{ operation: 'delete', customerId: fromList('={{ "" }}') }, /^Customer: a value is required/],
		];
		for (const [parameters, message] of cases) {
			const { operation, ...rest } = parameters;
			const r = await run('customer', operation, rest);
			expect(r.error?.message).toMatch(message);
		}
		expect(apiRequests()).toHaveLength(0);
	});

	it('Zoho\'s refusals come back in Zoho\'s words', async () => {
		const c = seedCustomer();
		await run('payment', 'create', {
			customerId: byId(c.customer_id),
			paymentMode: 'cash',
			amount: 10,
			invoices: { invoice: [{ invoice_id: seedInvoice(c.customer_id, 10).invoice_id, amount_applied: 10 }] },
		});
		const r = await run('customer', 'delete', { customerId: byId(c.customer_id) });
		expect(r.error.message).toBe(
			'Zoho Billing error 400: The customer cannot be deleted as there are subscriptions or transactions associated with it. (Zoho code 3003)',
		);
		expect(r.error.description).toMatch(/Check the fields/);

		emu.addFault({ kind: 'zoho-error-200', body: { code: 57, message: 'You are not authorized to perform this operation' } });
		const denied = await run('customer', 'get', { customerId: byId(c.customer_id) });
		expect(denied.error.message).toBe('Zoho Billing error: You are not authorized to perform this operation (Zoho code 57)');
		expect(denied.items).toEqual([]);

		emu.addFault({ kind: 'zoho-error-200', body: { code: 1001, message: 'Internal error' } });
		const list = await run('customer', 'listTransactions', { customerId: byId(c.customer_id), returnAll: true });
		expect(list.error.message).toBe('Zoho Billing error: Internal error (Zoho code 1001)');
	});

	it('marking a customer with a live subscription inactive is refused by Zoho', async () => {
		const c = seedCustomer();
		if (!emu.state.subscriptions) return; // the subscriptions module is not loaded in this emulator build
		emu.state.subscriptions.insert({ subscription_id: '1', customer_id: c.customer_id, status: 'live' });
		const r = await run('customer', 'markAsInactive', { customerId: byId(c.customer_id) });
		expect(r.error.message).toMatch(/^Zoho Billing error 400: The customer cannot be marked as inactive/);
	});

	it('a customer ID that could reach another path is refused before any request; a reference ID is percent-encoded', async () => {
		const c = seedCustomer();
		const paths = {
			get: `${API}/customers/${c.customer_id}`,
			markAsInactive: `${API}/customers/${c.customer_id}/markasinactive`,
			markAsActive: `${API}/customers/${c.customer_id}/markasactive`,
			delete: `${API}/customers/${c.customer_id}`,
		};
		for (const [operation, expected] of Object.entries(paths)) {
			emu.clearRequests();
			for (const bad of ['../x', '1/../2', '1?x=2', '1#x', '..%2Fx']) {
				const r = await run('customer', operation, { customerId: fromList(bad) });
				expect(r.error.message).toBe(`Customer: "${bad}" is not an ID: IDs have no /, \\, ?, # or %`);
				expect(r.error.description).toMatch(/Nothing was sent/);
			}
			let r = await run('customer', operation, { customerId: byId('={{ "12 34" }}') });
			expect(r.error.message).toBe('Customer: "12 34" is not a Zoho ID: Zoho IDs are made of digits only');
			r = await run('customer', operation, { customerId: byId('={{ ".." }}') });
			expect(r.error.message).toBe('Customer: ".." is not an ID');
			expect(apiRequests()).toHaveLength(0);
			r = await run('customer', operation, { customerId: fromList(c.customer_id) });
			expect(r.error).toBeNull();
			expect(apiRequests().map((q) => q.path)).toEqual([expected]);
		}
		emu.clearRequests();
		let r = await run('customer', 'getByReference', { referenceId: 'a/b?c', referenceIdType: 'zcrm_account_id' });
		expect(r.error.message).toBe('CRM Reference ID: "a/b?c" is not an ID: IDs have no /, \\, ?, # or %');
		expect(apiRequests()).toHaveLength(0);
		// a CRM reference is not a Zoho ID: any other character is allowed, and travels percent-encoded
		r = await run('customer', 'getByReference', { referenceId: 'a b+c&d=é:1', referenceIdType: 'zcrm_account_id' });
		expect(r.error.message).toMatch(/^Zoho Billing error 404/);
		expect(apiRequests()[0].path).toBe(`${API}/customers/reference/a%20b%2Bc%26d%3D%C3%A9%3A1`);
	});
});

/** An open invoice of the customer in the invoices module's state. */
function seedInvoice(customerId, total) {
	return emu.seed('invoices', [{ customer_id: customerId, invoice_number: `INV-${Math.floor(Math.random() * 1e6)}`, total, status: 'sent' }])[0];
}

describe('Zoho Billing: Contact Person', () => {
	it('round-trips create → get → update → get many → delete, nested under the customer', async () => {
		const c = seedCustomer();
		const created = await run('contactPerson', 'create', {
			customerId: fromList(c.customer_id),
			email: 'mark@bowman.test',
			additionalFields: { first_name: 'Mark', last_name: 'Cruizer', mobile: '786663728' },
		});
		expect(created.error).toBeNull();
		expect(apiRequests().pop()).toMatchObject({
			method: 'POST',
			path: `${API}/customers/${c.customer_id}/contactpersons`,
			body: { email: 'mark@bowman.test', first_name: 'Mark', last_name: 'Cruizer', mobile: '786663728' },
		});
		const person = created.items[0];
		expect(person).toMatchObject({ email: 'mark@bowman.test', first_name: 'Mark', customer_id: c.customer_id });
		const cp = person.contactperson_id;

		const got = await run('contactPerson', 'get', { customerId: byId(c.customer_id), contactPersonId: fromList(cp) });
		expect(got.items).toEqual([expect.objectContaining({ contactperson_id: cp, last_name: 'Cruizer' })]);
		expect(apiRequests().pop().path).toBe(`${API}/customers/${c.customer_id}/contactpersons/${cp}`);

		const updated = await run('contactPerson', 'update', {
			customerId: byId(c.customer_id),
			contactPersonId: byId(cp),
			updateFields: { email: 'mark.c@bowman.test', phone: '0417254482' },
		});
		expect(updated.items[0]).toMatchObject({ contactperson_id: cp, email: 'mark.c@bowman.test', phone: '0417254482', first_name: 'Mark' });
		expect(apiRequests().pop()).toMatchObject({ method: 'PUT', body: { email: 'mark.c@bowman.test', phone: '0417254482' } });

		const list = await run('contactPerson', 'getAll', { customerId: byId(c.customer_id), returnAll: true });
		expect(list.items.map((p) => p.contactperson_id)).toEqual([cp]);

		const deleted = await run('contactPerson', 'delete', { customerId: byId(c.customer_id), contactPersonId: byId(cp) });
		expect(deleted.items).toEqual([{ success: true, message: 'The contact person has been deleted.' }]);
		expect(apiRequests().pop()).toMatchObject({ method: 'DELETE', path: `${API}/customers/${c.customer_id}/contactpersons/${cp}` });
		const gone = await run('contactPerson', 'get', { customerId: byId(c.customer_id), contactPersonId: byId(cp) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Contact person does not exist. (Zoho code 1002)');
	});

	it('Get Many pages through the customer\'s contact persons and stops at the limit', async () => {
		const c = seedCustomer();
		const other = seedCustomer({ display_name: 'Other' });
		emu.seed('contactpersons', [
			...Array.from({ length: 410 }, (_, i) => ({ customer_id: c.customer_id, email: `p${i}@x.test` })),
			{ customer_id: other.customer_id, email: 'other@x.test' },
		]);
		let r = await run('contactPerson', 'getAll', { customerId: byId(c.customer_id), returnAll: true });
		expect(r.items).toHaveLength(410);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);
		emu.clearRequests();
		r = await run('contactPerson', 'getAll', { customerId: byId(c.customer_id), returnAll: false, limit: 7 });
		expect(r.items.map((p) => p.email)).toEqual(Array.from({ length: 7 }, (_, i) => `p${i}@x.test`));
		expect(apiRequests()).toHaveLength(1);
		expect(apiRequests()[0]).toMatchObject({ path: `${API}/customers/${c.customer_id}/contactpersons`, query: { page: '1', per_page: '7' } });
	});

	it('checks the email and IDs before sending; Zoho refuses a contact person of another customer', async () => {
		const c = seedCustomer();
		const other = seedCustomer({ display_name: 'Other' });
		let r = await run('contactPerson', 'create', { customerId: byId(c.customer_id), email: 'nope' });
		expect(r.error.message).toMatch(/^Email: "nope" is not an email address/);
		r = await run('contactPerson', 'create', { customerId: byId(c.customer_id), email: '={{ "" }}' });
		expect(r.error.message).toMatch(/^Email: a value is required/);
		r = await run('contactPerson', 'update', { customerId: byId(c.customer_id), contactPersonId: byId('1'), updateFields: { email: 'x' } });
		expect(r.error.message).toMatch(/^Email: "x" is not an email address/);
		r = await run('contactPerson', 'get', { customerId: byId(c.customer_id), contactPersonId: fromList('  ') });
		expect(r.error.message).toMatch(/^Contact Person: a value is required/);
		r = await run('contactPerson', 'getAll', { customerId: fromList('={{ "" }}'), returnAll: true });
		expect(r.error.message).toMatch(/^Customer: a value is required/);
		expect(apiRequests()).toHaveLength(0);

		const [theirs] = emu.seed('contactpersons', [{ customer_id: other.customer_id, email: 'o@x.test' }]);
		r = await run('contactPerson', 'get', { customerId: byId(c.customer_id), contactPersonId: byId(theirs.contactperson_id) });
		expect(r.error.message).toBe('Zoho Billing error 404: Contact person does not exist. (Zoho code 1002)');
		r = await run('contactPerson', 'getAll', { customerId: byId('999'), returnAll: true });
		expect(r.error.message).toBe('Zoho Billing error 404: Customer does not exist. (Zoho code 1002)');
	});

	it('checks both IDs before any request, naming the field', async () => {
		let r = await run('contactPerson', 'get', { customerId: fromList('a/b'), contactPersonId: fromList('../c') });
		expect(r.error.message).toBe('Customer: "a/b" is not an ID: IDs have no /, \\, ?, # or %');
		r = await run('contactPerson', 'get', { customerId: fromList('1'), contactPersonId: fromList('../c') });
		expect(r.error.message).toBe('Contact Person: "../c" is not an ID: IDs have no /, \\, ?, # or %');
		expect(r.error.description).toMatch(/Nothing was sent/);
		r = await run('contactPerson', 'delete', { customerId: byId('1'), contactPersonId: byId('={{ "2x" }}') });
		expect(r.error.message).toBe('Contact Person: "2x" is not a Zoho ID: Zoho IDs are made of digits only');
		expect(apiRequests()).toHaveLength(0);
	});
});

describe('Zoho Billing: Card and Bank Account', () => {
	it('lists only the customer\'s active cards, gets one and deletes it', async () => {
		const c = seedCustomer();
		const cards = emu.seed('cards', [
			{ customer_id: c.customer_id, last_four_digits: '4242', street: '12 Harington Bay Street' },
			{ customer_id: c.customer_id, last_four_digits: '0005', status: 'inactive' },
			{ customer_id: c.customer_id, last_four_digits: '1111' },
		]);
		const list = await run('card', 'getAll', { customerId: byId(c.customer_id), returnAll: true });
		expect(list.items.map((k) => k.last_four_digits)).toEqual(['4242', '1111']);
		expect(apiRequests().pop()).toMatchObject({ path: `${API}/customers/${c.customer_id}/cards`, query: { page: '1', per_page: '200' } });

		const limited = await run('card', 'getAll', { customerId: byId(c.customer_id), returnAll: false, limit: 1 });
		expect(limited.items).toHaveLength(1);

		const got = await run('card', 'get', { customerId: byId(c.customer_id), cardId: fromList(cards[0].card_id) });
		expect(got.items).toEqual([expect.objectContaining({ card_id: cards[0].card_id, last_four_digits: '4242', street: '12 Harington Bay Street' })]);
		expect(apiRequests().pop().path).toBe(`${API}/customers/${c.customer_id}/cards/${cards[0].card_id}`);

		const deleted = await run('card', 'delete', { customerId: byId(c.customer_id), cardId: byId(cards[0].card_id) });
		expect(deleted.items).toEqual([{ success: true, message: 'The credit card has been deleted.' }]);
		expect(apiRequests().pop().method).toBe('DELETE');
		const gone = await run('card', 'get', { customerId: byId(c.customer_id), cardId: byId(cards[0].card_id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Card does not exist. (Zoho code 1002)');
		const rest = await run('card', 'getAll', { customerId: byId(c.customer_id), returnAll: true });
		expect(rest.items.map((k) => k.last_four_digits)).toEqual(['1111']);
	});

	it('gets a bank account: the one record of Zoho\'s bank_accounts list', async () => {
		const c = seedCustomer();
		const [account] = emu.seed('bankaccounts', [{ customer_id: c.customer_id, last_four_digits: '6789' }]);
		const r = await run('bankAccount', 'get', { customerId: byId(c.customer_id), accountId: account.account_id });
		expect(r.error).toBeNull();
		expect(r.items).toEqual([expect.objectContaining({ account_id: account.account_id, last_four_digits: '6789', customer_name: 'Bowman Furniture' })]);
		expect(apiRequests()[0]).toMatchObject({ method: 'GET', path: `${API}/customers/${c.customer_id}/bankaccounts/${account.account_id}` });
		const missing = await run('bankAccount', 'get', { customerId: byId(c.customer_id), accountId: '123' });
		expect(missing.error.message).toBe('Zoho Billing error 404: Bank account does not exist. (Zoho code 1002)');
		emu.clearRequests();
		const blank = await run('bankAccount', 'get', { customerId: byId(c.customer_id), accountId: '={{ " " }}' });
		expect(blank.error.message).toMatch(/^Bank Account ID: a value is required/);
		expect(apiRequests()).toHaveLength(0);
		const traversal = await run('bankAccount', 'get', { customerId: byId(c.customer_id), accountId: '../1' });
		expect(traversal.error.message).toBe('Bank Account ID: "../1" is not an ID: IDs have no /, \\, ?, # or %');
		expect(traversal.error.description).toMatch(/Nothing was sent/);
		expect(apiRequests()).toHaveLength(0);
	});
});

describe('Zoho Billing: Payment', () => {
	it('creates a payment applied to invoices with Zoho\'s body, and the invoices\' balances change', async () => {
		const c = seedCustomer();
		const a = seedInvoice(c.customer_id, 100);
		const b = seedInvoice(c.customer_id, 50);
		const r = await run('payment', 'create', {
			customerId: fromList(c.customer_id),
			paymentMode: 'banktransfer',
			amount: 150,
			invoices: { invoice: [{ invoice_id: a.invoice_id, amount_applied: 100 }, { invoice_id: b.invoice_id, amount_applied: 40 }] },
			additionalFields: {
				date: '2026-03-01T00:00:00',
				reference_number: 'TRF-77',
				description: 'March payment',
				bank_charges: 2.5,
				exchange_rate: 1,
				customFields: { field: [{ label: 'Channel', value: 'Wire' }] },
			},
		});
		expect(r.error).toBeNull();
		expect(apiRequests()[0]).toMatchObject({ method: 'POST', path: `${API}/payments` });
		expect(apiRequests()[0].body).toEqual({
			customer_id: c.customer_id,
			payment_mode: 'banktransfer',
			amount: 150,
			invoices: [
				{ invoice_id: a.invoice_id, amount_applied: 100 },
				{ invoice_id: b.invoice_id, amount_applied: 40 },
			],
			date: '2026-03-01',
			reference_number: 'TRF-77',
			description: 'March payment',
			bank_charges: 2.5,
			exchange_rate: 1,
			custom_fields: [{ label: 'Channel', value: 'Wire' }],
		});
		expect(r.items).toHaveLength(1);
		expect(r.items[0]).toMatchObject({
			payment_mode: 'banktransfer',
			amount: 150,
			date: '2026-03-01',
			customer_id: c.customer_id,
			customer_name: 'Bowman Furniture',
			status: 'success',
		});
		expect(r.items[0].payment_id).toMatch(/^\d+$/);
		expect(emu.state.invoices.get(a.invoice_id)).toMatchObject({ balance: 0, status: 'paid' });
		expect(emu.state.invoices.get(b.invoice_id)).toMatchObject({ balance: 10, status: 'partially_paid' });
	});

	it('round-trips create → get → update → delete; deleting gives the invoice its balance back', async () => {
		const c = seedCustomer();
		const inv = seedInvoice(c.customer_id, 100);
		const created = (
			await run('payment', 'create', {
				customerId: byId(c.customer_id),
				paymentMode: 'cash',
				amount: 60,
				invoices: { invoice: [{ invoice_id: inv.invoice_id, amount_applied: 60 }] },
			})
		).items[0];
		const id = created.payment_id;
		expect(emu.state.invoices.get(inv.invoice_id).balance).toBe(40);

		const got = await run('payment', 'get', { paymentId: id });
		expect(got.items).toEqual([expect.objectContaining({ payment_id: id, amount: 60, payment_mode: 'cash' })]);
		expect(apiRequests().pop()).toMatchObject({ method: 'GET', path: `${API}/payments/${id}` });

		const updated = await run('payment', 'update', {
			paymentId: id,
			updateFields: {
				amount: 100,
				payment_mode: 'check',
				reference_number: 'CHK-1',
				invoices: { invoice: [{ invoice_id: inv.invoice_id, amount_applied: 100 }] },
			},
		});
		expect(updated.error).toBeNull();
		expect(apiRequests().pop()).toMatchObject({
			method: 'PUT',
			path: `${API}/payments/${id}`,
			body: { amount: 100, payment_mode: 'check', reference_number: 'CHK-1', invoices: [{ invoice_id: inv.invoice_id, amount_applied: 100 }] },
		});
		expect(updated.items[0]).toMatchObject({ payment_id: id, amount: 100, payment_mode: 'check', reference_number: 'CHK-1' });
		expect(emu.state.invoices.get(inv.invoice_id)).toMatchObject({ balance: 0, status: 'paid' });

		const deleted = await run('payment', 'delete', { paymentId: id });
		expect(deleted.items).toEqual([{ success: true, message: 'The payment has been deleted.' }]);
		expect(apiRequests().pop()).toMatchObject({ method: 'DELETE', path: `${API}/payments/${id}` });
		expect(emu.state.invoices.get(inv.invoice_id)).toMatchObject({ balance: 100, status: 'sent' });
		const gone = await run('payment', 'get', { paymentId: id });
		expect(gone.error.message).toBe('Zoho Billing error 404: Payment does not exist. (Zoho code 1002)');
	});

	it('stops bad amounts, invoices and dates before any request', async () => {
		const base = { customerId: byId('903000000000099'), paymentMode: 'cash', amount: 50, invoices: { invoice: [{ invoice_id: '1', amount_applied: 50 }] } };
		const cases = [
			[{ ...base, amount: 0 }, /^Amount: must be a number greater than 0 \(got 0\)/],
			[{ ...base, amount: -5 }, /^Amount: must be a number greater than 0/],
			[{ ...base, invoices: {} }, /^Invoices: add at least one invoice/],
			[{ ...base, invoices: { invoice: [{ invoice_id: '', amount_applied: 5 }] } }, /^Invoices: invoice 1 needs an Invoice ID/],
			[{ ...base, invoices: { invoice: [{ invoice_id: '1', amount_applied: 0 }] } }, /^Invoices: the Amount Applied of invoice 1 must be greater than 0/],
			[
				{ ...base, invoices: { invoice: [{ invoice_id: '1', amount_applied: 30 }, { invoice_id: '2', amount_applied: 30 }] } },
				/^Invoices: the amounts applied add up to 60, more than the payment's Amount \(50\)/,
			],
			[{ ...base, additionalFields: { date: '31/01/2026' } }, /^Date: "31\/01\/2026" is not a date/],
			[{ ...base, additionalFields: { bank_charges: -1 } }, /^Bank Charges: must be a number of 0 or more/],
			[{ ...base, additionalFields: { exchange_rate: 0 } }, /^Exchange Rate: must be a number greater than 0/],
			[{ ...base, customerId: fromList(' ') }, /^Customer: a value is required/],
		];
		for (const [parameters, message] of cases) {
			const r = await run('payment', 'create', parameters);
			expect(r.error?.message).toMatch(message);
		}
		let r = await run('payment', 'update', { paymentId: '1', updateFields: {} });
		expect(r.error.message).toMatch(/^Update Fields: set at least one field/);
		r = await run('payment', 'update', { paymentId: '1', updateFields: { amount: 0 } });
		expect(r.error.message).toMatch(/^Amount: must be a number greater than 0/);
		r = await run('payment', 'update', { paymentId: '1', updateFields: { amount: 10, invoices: { invoice: [{ invoice_id: '1', amount_applied: 11 }] } } });
		expect(r.error.message).toMatch(/^Invoices: the amounts applied add up to 11/);
		r = await run('payment', 'get', { paymentId: '={{ "" }}' });
		expect(r.error.message).toMatch(/^Payment ID: a value is required/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('Zoho refuses an amount applied beyond the invoice\'s balance, and an unknown customer', async () => {
		const c = seedCustomer();
		const inv = seedInvoice(c.customer_id, 20);
		let r = await run('payment', 'create', {
			customerId: byId(c.customer_id),
			paymentMode: 'cash',
			amount: 50,
			invoices: { invoice: [{ invoice_id: inv.invoice_id, amount_applied: 30 }] },
		});
		expect(r.error.message).toBe('Zoho Billing error 400: The amount applied exceeds the balance due of the invoice. (Zoho code 1017)');
		expect(r.error.description).toMatch(/not repeated|Check the fields/);
		expect(emu.state.payments.size).toBe(0);
		r = await run('payment', 'create', {
			customerId: byId('999'),
			paymentMode: 'cash',
			amount: 5,
			invoices: { invoice: [{ invoice_id: inv.invoice_id, amount_applied: 5 }] },
		});
		expect(r.error.message).toBe('Zoho Billing error 404: Customer does not exist. (Zoho code 1002)');
	});

	it('a failed write is not repeated; a payment ID that could reach another path is refused', async () => {
		const c = seedCustomer();
		emu.addFault({ kind: 'status', status: 500, body: { code: 1000, message: 'Internal Error' } });
		const r = await run('payment', 'create', {
			customerId: byId(c.customer_id),
			paymentMode: 'cash',
			amount: 5,
			invoices: { invoice: [{ invoice_id: seedInvoice(c.customer_id, 5).invoice_id, amount_applied: 5 }] },
		});
		expect(r.error.message).toBe('Zoho Billing error 500: Internal Error (Zoho code 1000)');
		expect(r.error.description).toMatch(/not repeated/);
		expect(apiRequests()).toHaveLength(1);
		emu.clearRequests();
		const bad = await run('payment', 'delete', { paymentId: '1?x=2' });
		expect(bad.error.message).toBe('Payment ID: "1?x=2" is not an ID: IDs have no /, \\, ?, # or %');
		expect(bad.error.description).toMatch(/Nothing was sent/);
		expect(apiRequests()).toHaveLength(0);
	});
});

describe('Zoho Billing: Refund', () => {
	async function gatewayPayment(amount = 100) {
		const c = seedCustomer();
		const inv = seedInvoice(c.customer_id, amount);
		const r = await run('payment', 'create', {
			customerId: byId(c.customer_id),
			paymentMode: 'autotransaction',
			amount,
			invoices: { invoice: [{ invoice_id: inv.invoice_id, amount_applied: amount }] },
		});
		emu.clearRequests();
		return { customer: c, payment: r.items[0] };
	}

	it('refunds part of a gateway payment, then gets the refund by its ID', async () => {
		const { customer, payment } = await gatewayPayment(100);
		const r = await run('refund', 'refundPayment', {
			paymentId: payment.payment_id,
			amount: 40,
			additionalFields: { description: 'Partial refund' },
		});
		expect(r.error).toBeNull();
		expect(apiRequests()[0]).toMatchObject({
			method: 'POST',
			path: `${API}/payments/${payment.payment_id}/refunds`,
			body: { amount: 40, description: 'Partial refund' },
		});
		const refund = r.items[0];
		expect(refund).toMatchObject({ amount: 40, description: 'Partial refund', refund_mode: 'autotransaction', status: 'success', customer_id: customer.customer_id });
		expect(refund.creditnote).toMatchObject({ refund_amount: 40, balance_amount: 0 });
		expect((await run('payment', 'get', { paymentId: payment.payment_id })).items[0].amount_refunded).toBe(40);

		const got = await run('refund', 'get', { refundId: refund.refund_id });
		expect(got.items).toEqual([expect.objectContaining({ refund_id: refund.refund_id, amount: 40 })]);
		expect(apiRequests().pop()).toMatchObject({ method: 'GET', path: `${API}/creditnotes/refunds/${refund.refund_id}` });

		const tooMuch = await run('refund', 'refundPayment', { paymentId: payment.payment_id, amount: 61 });
		expect(tooMuch.error.message).toBe('Zoho Billing error 400: The refund amount exceeds the amount that can be refunded (60). (Zoho code 3020)');
		const deleted = await run('payment', 'delete', { paymentId: payment.payment_id });
		expect(deleted.error.message).toMatch(/cannot be deleted as it has been refunded/);
	});

	it('Zoho refuses to refund a payment that did not go through a gateway', async () => {
		const c = seedCustomer();
		const cash = (
			await run('payment', 'create', {
				customerId: byId(c.customer_id),
				paymentMode: 'cash',
				amount: 10,
				invoices: { invoice: [{ invoice_id: seedInvoice(c.customer_id, 10).invoice_id, amount_applied: 10 }] },
			})
		).items[0];
		const r = await run('refund', 'refundPayment', { paymentId: cash.payment_id, amount: 5 });
		expect(r.error.message).toMatch(/^Zoho Billing error 400: Only payments made through a payment gateway/);
	});

	it('refunds a credit note\'s balance', async () => {
		const c = seedCustomer();
		if (!emu.state.creditnotes) return; // the credit notes module is not loaded in this emulator build
		const [note] = emu.seed('creditnotes', [{ customer_id: c.customer_id, creditnote_number: 'CN-00901', total: 50, balance: 50, status: 'open', date: '2026-02-01' }]);
		const r = await run('refund', 'refundCreditNote', { creditNoteId: note.creditnote_id, amount: 20 });
		expect(r.error).toBeNull();
		expect(apiRequests()[0]).toMatchObject({ method: 'POST', path: `${API}/creditnotes/${note.creditnote_id}/refunds`, body: { amount: 20 } });
		expect(r.items[0]).toMatchObject({ amount: 20, customer_id: c.customer_id, creditnote: { creditnote_id: note.creditnote_id, refund_amount: 20, balance_amount: 30 } });
		expect(emu.state.creditnotes.get(note.creditnote_id).balance).toBe(30);
		const tooMuch = await run('refund', 'refundCreditNote', { creditNoteId: note.creditnote_id, amount: 31 });
		expect(tooMuch.error.message).toMatch(/^Zoho Billing error 400: The refund amount exceeds the balance of the credit note/);
		const unknown = await run('refund', 'refundCreditNote', { creditNoteId: '42', amount: 1 });
		expect(unknown.error.message).toBe('Zoho Billing error 404: Credit note does not exist. (Zoho code 1002)');
	});

	it('stops a zero amount, a missing ID or an ID that could reach another path before any request', async () => {
		let r = await run('refund', 'refundPayment', { paymentId: '1', amount: 0 });
		expect(r.error.message).toMatch(/^Amount: must be a number greater than 0/);
		r = await run('refund', 'refundCreditNote', { creditNoteId: '={{ "" }}', amount: 5 });
		expect(r.error.message).toMatch(/^Credit Note ID: a value is required/);
		r = await run('refund', 'get', { refundId: '={{ "" }}' });
		expect(r.error.message).toMatch(/^Refund ID: a value is required/);
		r = await run('refund', 'refundPayment', { paymentId: '1', amount: 5, additionalFields: { extraFieldsJson: '[1]' } });
		expect(r.error.message).toMatch(/^Extra Fields \(JSON\): must be a JSON object/);
		expect(apiRequests()).toHaveLength(0);
		r = await run('refund', 'get', { refundId: '../1' });
		expect(r.error.message).toBe('Refund ID: "../1" is not an ID: IDs have no /, \\, ?, # or %');
		r = await run('refund', 'refundCreditNote', { creditNoteId: 'a/b', amount: 1 });
		expect(r.error.message).toBe('Credit Note ID: "a/b" is not an ID: IDs have no /, \\, ?, # or %');
		expect(r.error.description).toMatch(/Nothing was sent/);
		expect(apiRequests()).toHaveLength(0);
	});
});

describe('Zoho Billing: Payment Link', () => {
	const inDays = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

	it('creates a payment link and outputs it with its URL', async () => {
		const c = seedCustomer({ company_name: 'Bowman Furniture Inc' });
		const expiry = inDays(10);
		const r = await run('paymentLink', 'create', {
			customerId: fromList(c.customer_id),
			paymentAmount: 250.5,
			additionalFields: {
				expiry_time: `${expiry}T00:00:00`,
				description: 'Advance for the annual plan',
				customFields: { field: [{ label: 'PO', value: '4711' }] },
			},
		});
		expect(r.error).toBeNull();
		expect(apiRequests()[0]).toMatchObject({ method: 'POST', path: `${API}/paymentlinks` });
		expect(apiRequests()[0].body).toEqual({
			customer_id: c.customer_id,
			payment_amount: 250.5,
			expiry_time: expiry,
			description: 'Advance for the annual plan',
			custom_fields: [{ label: 'PO', value: '4711' }],
		});
		expect(r.items).toHaveLength(1);
		expect(r.items[0]).toMatchObject({
			payment_amount: 250.5,
			customer_id: c.customer_id,
			customer_name: 'Bowman Furniture',
			company_name: 'Bowman Furniture Inc',
			expiry_time: expiry,
			status: 'Generated',
			payment_link_number: 'PL-00001',
		});
		expect(r.items[0].url).toMatch(/^https:\/\//);
	});

	it('checks the amount and the date before sending; Zoho refuses a past expiry date', async () => {
		const c = seedCustomer();
		let r = await run('paymentLink', 'create', { customerId: byId(c.customer_id), paymentAmount: 0 });
		expect(r.error.message).toMatch(/^Payment Amount: must be a number greater than 0/);
		r = await run('paymentLink', 'create', { customerId: byId(c.customer_id), paymentAmount: 5, additionalFields: { expiry_time: 'next week' } });
		expect(r.error.message).toMatch(/^Expiry Date: "next week" is not a date/);
		r = await run('paymentLink', 'create', { customerId: fromList('={{ "" }}'), paymentAmount: 5 });
		expect(r.error.message).toMatch(/^Customer: a value is required/);
		expect(apiRequests()).toHaveLength(0);
		r = await run('paymentLink', 'create', { customerId: byId(c.customer_id), paymentAmount: 5, additionalFields: { expiry_time: '2020-01-01' } });
		expect(r.error.message).toBe('Zoho Billing error 400: Invalid value passed for expiry_time (Zoho code 2)');
	});

	it('an answer with code != 0 on HTTP 200 is an error', async () => {
		const c = seedCustomer();
		emu.addFault({ kind: 'zoho-error-200', body: { code: 57, message: 'You are not authorized to perform this operation' } });
		const r = await run('paymentLink', 'create', { customerId: byId(c.customer_id), paymentAmount: 5 });
		expect(r.error.message).toBe('Zoho Billing error: You are not authorized to perform this operation (Zoho code 57)');
	});
});

describe('Zoho Billing: customers and payments in the node description', () => {
	let description;
	beforeAll(async () => {
		description = (await loadPackage()).nodeTypes.zohoBilling.type.description;
	});

	const operationsOf = (resource) =>
		description.properties.find((p) => p.name === 'operation' && p.displayOptions.show.resource[0] === resource).options;

	it('offers every documented operation of the group, with Zoho\'s names, actions and descriptions', () => {
		const names = Object.fromEntries(
			['customer', 'contactPerson', 'card', 'bankAccount', 'payment', 'refund', 'paymentLink'].map((r) => [r, operationsOf(r).map((o) => o.name)]),
		);
		expect(names).toEqual({
			customer: ['Create', 'Delete', 'Get', 'Get by CRM Reference', 'Get Many', 'List Transactions', 'Mark as Active', 'Mark as Inactive', 'Update'],
			contactPerson: ['Create', 'Delete', 'Get', 'Get Many', 'Update'],
			card: ['Delete', 'Get', 'Get Many'],
			bankAccount: ['Get'],
			payment: ['Create', 'Delete', 'Get', 'Update'],
			refund: ['Get', 'Refund a Credit Note', 'Refund a Payment'],
			paymentLink: ['Create'],
		});
		for (const resource of Object.keys(names)) {
			for (const op of operationsOf(resource)) {
				expect(op.action).toMatch(/^[A-Z]/);
				expect(op.description).toMatch(/^[A-Z][^\n]{9,69}$/); // one short line
				expect(op.routing.send.paginate).toBe(true);
			}
		}
	});

	it('every collection\'s fields are sorted by name, and every create and update has the JSON escape hatch', () => {
		const ours = description.properties.filter((p) =>
			['customer', 'contactPerson', 'card', 'bankAccount', 'payment', 'refund', 'paymentLink'].includes(p.displayOptions?.show?.resource?.[0]),
		);
		const collections = ours.filter((p) => p.type === 'collection');
		expect(collections.length).toBeGreaterThan(8);
		for (const c of collections) {
			const labels = c.options.map((o) => o.displayName);
			expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
			for (const o of c.options.filter((x) => x.type === 'options')) {
				const optionNames = o.options.map((x) => x.name);
				expect(optionNames).toEqual([...optionNames].sort((a, b) => a.localeCompare(b)));
				expect(o.options.map((x) => x.value)).toContain(o.default);
			}
			if (['additionalFields', 'updateFields'].includes(c.name)) {
				expect(c.options.map((o) => o.name)).toContain('extraFieldsJson');
			}
		}
		const modes = description.properties.find((p) => p.name === 'paymentMode' && p.displayOptions.show.resource[0] === 'payment');
		expect(modes.options.map((o) => o.value).sort()).toEqual(['autotransaction', 'bankremittance', 'banktransfer', 'cash', 'check', 'creditcard', 'others']);
	});

	it('every record picker of the group uses a list search the node has', () => {
		const { ZohoBilling } = require(path.join(PACKAGE_DIR, 'dist/nodes/ZohoBilling/ZohoBilling.node.js'));
		const searches = new ZohoBilling().methods.listSearch;
		const pickers = description.properties.filter(
			(p) => p.type === 'resourceLocator' && ['customer', 'contactPerson', 'card', 'payment', 'paymentLink', 'bankAccount'].includes(p.displayOptions.show.resource[0]),
		);
		expect(pickers.length).toBeGreaterThan(15);
		for (const p of pickers) {
			const method = p.modes.find((m) => m.name === 'list').typeOptions.searchListMethod;
			expect(typeof searches[method]).toBe('function');
		}
	});
});

describe('Zoho Billing: customer, contact person and card pickers', () => {
	let searches;
	beforeAll(() => {
		const { ZohoBilling } = require(path.join(PACKAGE_DIR, 'dist/nodes/ZohoBilling/ZohoBilling.node.js'));
		searches = new ZohoBilling().methods.listSearch;
	});

	/** n8n-core's real load-options context, with the node's current parameters as the editor stores them. */
	const context = (parameters = {}) => listSearchContext({ type: 'zohoBilling', credentials, parameters });

	it('customers: name, email and status; searchable by name, company, email or ID; pages on', async () => {
		emu.seed('customers', [
			{ display_name: 'Bowman Furniture', email: 'ben@bowman.test' },
			{ display_name: 'Zylker', email: 'ops@zylker.test', company_name: 'Zylker Corp', status: 'inactive' },
		]);
		emu.seed('customers', 250);
		const first = await searches.searchCustomers.call(await context());
		expect(first.results).toHaveLength(200);
		expect(first.results[0]).toEqual({ name: 'Bowman Furniture <ben@bowman.test>', value: expect.stringMatching(/^\d+$/) });
		expect(first.results[1].name).toBe('Zylker <ops@zylker.test> (inactive)');
		expect(first.paginationToken).toBe('2');
		expect(emu.lastRequest).toMatchObject({ path: `${API}/customers`, query: { page: '1', per_page: '200' } });
		const second = await searches.searchCustomers.call(await context(), undefined, first.paginationToken);
		expect(second.results).toHaveLength(52);
		expect(second.paginationToken).toBeUndefined();
		expect((await searches.searchCustomers.call(await context(), 'zylker corp')).results.map((r) => r.name)).toEqual(['Zylker <ops@zylker.test> (inactive)']);
		expect((await searches.searchCustomers.call(await context(), 'BEN@')).results).toHaveLength(1);
	});

	it('contact persons and cards of the customer chosen in the node', async () => {
		const c = seedCustomer();
		emu.seed('contactpersons', [
			{ customer_id: c.customer_id, first_name: 'Mark', last_name: 'Cruizer', email: 'mark@x.test' },
			{ customer_id: c.customer_id, first_name: '', last_name: '', email: 'only@x.test' },
		]);
		emu.seed('cards', [{ customer_id: c.customer_id, last_four_digits: '4242', expiry_month: 12, expiry_year: 2031, payment_gateway: 'stripe' }]);
		const people = await searches.searchContactPersons.call(await context({ resource: 'contactPerson', operation: 'get', customerId: byId(c.customer_id) }));
		expect(people.results.map((r) => r.name)).toEqual(['Mark Cruizer <mark@x.test>', 'only@x.test']);
		expect(emu.lastRequest.path).toBe(`${API}/customers/${c.customer_id}/contactpersons`);
		expect((await searches.searchContactPersons.call(await context({ resource: 'contactPerson', operation: 'get', customerId: fromList(c.customer_id) }), 'mark')).results).toHaveLength(1);
		const cards = await searches.searchCards.call(await context({ resource: 'card', operation: 'get', customerId: c.customer_id }));
		expect(cards.results).toEqual([{ name: '•••• 4242 (expires 12/2031, stripe)', value: expect.stringMatching(/^\d+$/) }]);
		emu.clearRequests();
		expect(await searches.searchCards.call(await context({}))).toEqual({ results: [] });
		// the customer in the node may come from an expression: it is checked before it goes into the path
		await expect(searches.searchContactPersons.call(await context({ resource: 'contactPerson', operation: 'get', customerId: byId('1/../2') }))).rejects.toThrow(
			'Customer: "1/../2" is not an ID: IDs have no /, \\, ?, # or %',
		);
		await expect(searches.searchCards.call(await context({ resource: 'card', operation: 'get', customerId: byId('12a') }))).rejects.toThrow(/^Customer: "12a" is not a Zoho ID: Zoho IDs are made of digits only/);
		expect(apiRequests()).toHaveLength(0);
	});
});
