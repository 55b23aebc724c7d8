'use strict';
/**
 * Zoho Billing documents: invoices, credit notes and quotes (Zoho's "estimates"), run through
 * n8n's engine against the Zoho emulator. Two test-only helpers:
 *  - a recording proxy between the node and the emulator (the credential's api_domain points at
 *    it) that keeps every exchange's raw bytes, so uploads and PDF downloads are compared byte
 *    for byte with what went over the wire;
 *  - input items with binary data: the harness turns `items` into `{ json }` with `items.map`,
 *    so an item list whose `map` also adds each item's `binary` gives the node binary input.
 */
const http = require('http');
const crypto = require('crypto');
const { runNode, loadPackage, listSearchContext, nodeTypeOf } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { zohoCredentials, byId, fromList, assertNoSecrets } = require('../helpers');
const { documents } = require('../emulators/zoho/invoices');

let emu;
let proxy;
let credentials;

/** An HTTP proxy to the emulator that records raw request and response bytes. */
function startRecordingProxy(target) {
	const exchanges = [];
	const sockets = new Set();
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const body = Buffer.concat(chunks);
			const upstream = http.request(
				{ host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers: req.headers },
				(up) => {
					const out = [];
					up.on('data', (c) => out.push(c));
					up.on('end', () => {
						const responseBody = Buffer.concat(out);
						exchanges.push({ method: req.method, url: req.url, headers: req.headers, body, status: up.statusCode, responseHeaders: up.headers, responseBody });
						res.writeHead(up.statusCode, up.headers);
						res.end(responseBody);
					});
				},
			);
			upstream.on('error', () => {
				res.writeHead(502);
				res.end();
			});
			upstream.end(body);
		});
	});
	server.on('connection', (s) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			resolve({
				url: `http://127.0.0.1:${server.address().port}`,
				exchanges,
				close: () =>
					new Promise((done) => {
						for (const s of sockets) s.destroy();
						server.close(() => done());
					}),
			});
		});
	});
}

/** Input items with binary data (see the header). */
function withBinary(entries) {
	class ItemsWithBinary extends Array {
		static get [Symbol.species]() {
			return Array;
		}
		map(fn) {
			return Array.from(this, (entry, i) => ({ ...fn(entry.json, i), ...(entry.binary ? { binary: entry.binary } : {}) }));
		}
	}
	return ItemsWithBinary.from(entries);
}

const binaryFile = (data, fileName, mimeType) => ({
	data: Buffer.from(data).toString('base64'),
	mimeType,
	fileName,
	fileExtension: fileName.split('.').pop(),
	fileSize: String(Buffer.from(data).length),
});

beforeAll(async () => {
	emu = await startZohoEmulator();
	proxy = await startRecordingProxy(emu);
});
afterAll(async () => {
	await proxy.close();
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	emu.clearRequests();
	emu.clearFaults();
	emu.setRateLimit(null);
	proxy.exchanges.length = 0;
	credentials = zohoCredentials(emu);
	credentials.zohoBillingOAuth2Api.oauthTokenData.api_domain = proxy.url;
});

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'zohoBilling', parameters: { resource, operation, ...parameters }, credentials, ...extra });
const api = () => emu.requests.filter((r) => r.path.startsWith('/billing/v1'));
const last = () => api()[api().length - 1];
const CUSTOMER = '903000000000099';
const PRODUCT = '903000000045027';

async function newInvoice(extra = {}) {
	const r = await run('invoice', 'create', {
		customerId: byId(CUSTOMER),
		date: '2025-02-01',
		lineItems: { item: [{ product_id: PRODUCT, price: 50, quantity: 2 }] },
		additionalFields: { send: true },
		...extra,
	});
	expect(r.error).toBeNull();
	return r.items[0];
}

async function newCreditNote(price = 30) {
	const r = await run('creditNote', 'create', {
		customerId: byId(CUSTOMER),
		date: '2025-02-03',
		lineItems: { item: [{ code: 'basic-monthly', price, quantity: 1 }] },
	});
	expect(r.error).toBeNull();
	return r.items[0];
}

async function newQuote(extra = {}) {
	const r = await run('quote', 'create', {
		customerId: byId(CUSTOMER),
		lineItems: { item: [{ item_id: '982000000030049', rate: 120, quantity: 1 }] },
		...extra,
	});
	expect(r.error).toBeNull();
	return r.items[0];
}

/* ================================================================================================
 * Invoices
 * ============================================================================================== */

describe('Zoho Billing: Invoice', () => {
	it('Create sends Zoho\'s invoice body (invoice_items, custom fields, contact persons) and outputs the invoice', async () => {
		const r = await run('invoice', 'create', {
			customerId: fromList(CUSTOMER),
			date: '2025-02-01T10:30:00',
			lineItems: {
				item: [
					{ product_id: PRODUCT, price: 49.5, quantity: 2, description: 'Seats', unit: '', tax_id: '' },
					{ product_id: '903000000045099', name: 'Setup', price: 10, quantity: 1, discount: 0 },
				],
			},
			additionalFields: {
				due_date: '2025-02-15',
				payment_terms: 15,
				payment_terms_label: 'Net 15',
				discount: '10%',
				discount_type: 'entity_level',
				is_inclusive_tax: false,
				notes: 'Thanks',
				reference_number: 'PO-7',
				contact_persons: '982000000567003, 982000000567019',
				customFields: { field: [{ label: 'Region', value: 'EU' }, { label: '46000000012845', value: 'x' }] },
				send: true,
				extraFieldsJson: '{"gst_no":"22AAAAA0000A1Z5","notes":"ignored: the node\'s own field wins"}',
			},
		});
		expect(r.error).toBeNull();
		const req = last();
		expect(req).toMatchObject({ method: 'POST', path: '/billing/v1/invoices', query: { send: 'true' } });
		expect(req.body).toEqual({
			customer_id: CUSTOMER,
			date: '2025-02-01',
			invoice_items: [
				{ product_id: PRODUCT, price: '49.5', quantity: 2, description: 'Seats', discount: 0 },
				{ product_id: '903000000045099', name: 'Setup', price: '10', quantity: 1, discount: 0 },
			],
			due_date: '2025-02-15',
			payment_terms: 15,
			payment_terms_label: 'Net 15',
			discount: '10%',
			discount_type: 'entity_level',
			is_inclusive_tax: false,
			notes: 'Thanks',
			reference_number: 'PO-7',
			contact_persons: [{ contactperson_id: '982000000567003' }, { contactperson_id: '982000000567019' }],
			custom_fields: [{ label: 'Region', value: 'EU' }, { label: '46000000012845', value: 'x' }],
			gst_no: '22AAAAA0000A1Z5',
		});
		expect(r.items).toHaveLength(1);
		expect(r.items[0]).toMatchObject({ invoice_number: 'INV-000001', status: 'sent', customer_id: CUSTOMER, total: 109, balance: 109 });
		expect(r.items[0].invoice_id).toMatch(/^\d+$/);
	});

	it('an Invoice Number of your own also sends ignore_auto_number_generation=true', async () => {
		const r = await run('invoice', 'create', {
			customerId: byId(CUSTOMER),
			date: '2025-02-01',
			lineItems: { item: [{ product_id: PRODUCT, price: 5, quantity: 1 }] },
			additionalFields: { invoice_number: 'INV-X-1' },
		});
		expect(r.error).toBeNull();
		expect(last().query).toEqual({ ignore_auto_number_generation: 'true' });
		expect(last().body.invoice_number).toBe('INV-X-1');
		expect(r.items[0]).toMatchObject({ invoice_number: 'INV-X-1', status: 'draft' });
		// Zoho's refusal names the problem
		const again = await run('invoice', 'create', {
			customerId: byId(CUSTOMER),
			date: '2025-02-01',
			lineItems: { item: [{ product_id: PRODUCT, price: 5, quantity: 1 }] },
			additionalFields: { invoice_number: 'INV-X-1' },
		});
		expect(again.error.message).toBe('Zoho Billing error 400: Invoice "INV-X-1" already exists. (Zoho code 1001)');
	});

	it('round-trips create → get → update → delete', async () => {
		const created = await newInvoice();
		const id = created.invoice_id;

		const got = await run('invoice', 'get', { invoiceId: fromList(id) });
		expect(got.items).toEqual([expect.objectContaining({ invoice_id: id, invoice_number: created.invoice_number, total: 100 })]);
		expect(last()).toMatchObject({ method: 'GET', path: `/billing/v1/invoices/${id}`, body: null });

		const updated = await run('invoice', 'update', {
			invoiceId: byId(id),
			updateFields: {
				notes: 'Updated',
				date: '2025-03-01',
				lineItems: { item: [{ product_id: PRODUCT, price: 70, quantity: 3 }] },
				customerId: byId('903000000000100'),
			},
		});
		expect(updated.error).toBeNull();
		expect(last()).toMatchObject({ method: 'PUT', path: `/billing/v1/invoices/${id}` });
		expect(last().body).toEqual({
			notes: 'Updated',
			date: '2025-03-01',
			invoice_items: [{ product_id: PRODUCT, price: '70', quantity: 3, discount: 0 }],
			customer_id: '903000000000100',
		});
		expect(updated.items[0]).toMatchObject({ invoice_id: id, notes: 'Updated', date: '2025-03-01', total: 210, customer_id: '903000000000100' });
		expect(updated.items[0].invoice_items).toHaveLength(1);

		const deleted = await run('invoice', 'delete', { invoiceId: byId(id) });
		expect(deleted.items).toEqual([{ success: true, message: 'The invoice has been deleted.' }]);
		expect(last()).toMatchObject({ method: 'DELETE', path: `/billing/v1/invoices/${id}` });
		const gone = await run('invoice', 'get', { invoiceId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Invoice does not exist. (Zoho code 1002)');
		expect(gone.error.description).toMatch(/check the ID/);
	});

	it('Get Many: Return All reads every page of 200, Limit stops as soon as it has enough', async () => {
		emu.seed('invoices', Array.from({ length: 450 }, (_, i) => ({ invoice_number: `INV-B${i}` })));
		let r = await run('invoice', 'getAll', { returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(450);
		expect(r.items.map((i) => i.invoice_number)).toEqual(Array.from({ length: 450 }, (_, i) => `INV-B${i}`));
		expect(api().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);

		emu.clearRequests();
		r = await run('invoice', 'getAll', { returnAll: false, limit: 250 });
		expect(r.items).toHaveLength(250);
		expect(api()).toHaveLength(2);

		emu.clearRequests();
		r = await run('invoice', 'getAll', { returnAll: false, limit: 3 });
		expect(r.items.map((i) => i.invoice_number)).toEqual(['INV-B0', 'INV-B1', 'INV-B2']);
		expect(api().map((q) => q.query)).toEqual([{ page: '1', per_page: '3' }]);
	});

	it('Get Many sends the status filter and customer as Zoho names them (the customer also checked by the node)', async () => {
		emu.seed('invoices', [
			{ invoice_number: 'INV-1', status: 'paid', total: 10, balance: 0, customer_id: '1', subscription_id: '77' },
			{ invoice_number: 'INV-2', status: 'overdue', total: 30, balance: 30, customer_id: '1', subscription_id: '77' },
			{ invoice_number: 'INV-3', status: 'overdue', total: 20, balance: 20, customer_id: '2' },
			{ invoice_number: 'INV-4', status: 'void', total: 5, balance: 0, customer_id: '1', subscription_id: '77' },
		]);
		const r = await run('invoice', 'getAll', {
			returnAll: true,
			filters: { filter_by: 'Status.OverDue', customerId: fromList('1') },
		});
		expect(r.error).toBeNull();
		expect(last().query).toEqual({
			filter_by: 'Status.OverDue',
			customer_id: '1',
			page: '1',
			per_page: '200',
		});
		expect(r.items.map((i) => i.invoice_number)).toEqual(['INV-2']);

		// every status the node offers is one Zoho accepts
		const description = (await loadPackage()).nodeTypes.zohoBilling.type.description;
		const filters = description.properties.find((p) => p.name === 'filters' && p.displayOptions.show.resource[0] === 'invoice');
		const statuses = filters.options.find((o) => o.name === 'filter_by').options.map((o) => o.value);
		expect(statuses).toEqual(expect.arrayContaining(['Status.All', 'Status.Sent', 'Status.Draft', 'Status.OverDue', 'Status.Paid', 'Status.PartiallyPaid', 'Status.Void', 'Status.Unpaid']));
		for (const value of statuses) {
			const answer = await run('invoice', 'getAll', { returnAll: false, limit: 1, filters: { filter_by: value } });
			expect([value, answer.error]).toEqual([value, null]);
		}
		const unpaid = await run('invoice', 'getAll', { returnAll: true, filters: { filter_by: 'Status.Unpaid' } });
		expect(unpaid.items.map((i) => i.invoice_number)).toEqual(['INV-2', 'INV-3']);
	});

	it('bad input is stopped before any request, naming the field', async () => {
		const base = { customerId: byId(CUSTOMER), date: '2025-02-01', lineItems: { item: [{ product_id: PRODUCT, price: 5, quantity: 1 }] } };
		const cases = [
			[{ ...base, customerId: byId('={{ "" }}') }, /^Customer: a value is required/],
			[{ ...base, date: '={{ "" }}' }, /^Date: a value is required/],
			[{ ...base, date: '01/02/2025' }, /^Date: "01\/02\/2025" is not a date/],
			[{ ...base, lineItems: {} }, /^Line Items: add at least one entry/],
			[{ ...base, lineItems: { item: [{ product_id: '', price: 5, quantity: 1 }] } }, /^Line Items \(entry 1\) → Product ID: a value is required/],
			[{ ...base, lineItems: { item: [{ product_id: PRODUCT, price: 5, quantity: 1 }, { product_id: PRODUCT, price: 5, quantity: 0 }] } }, /^Line Items \(entry 2\) → Quantity: must be a number greater than 0/],
			[{ ...base, lineItems: { item: [{ product_id: 'abc', price: 5, quantity: 1 }] } }, /^Line Items \(entry 1\) → Product ID: "abc" is not a Zoho ID/],
			[{ ...base, additionalFields: { due_date: 'tomorrow' } }, /^Due Date: "tomorrow" is not a date/],
			[{ ...base, additionalFields: { discount: 'lots' } }, /^Discount: "lots" is not an amount/],
			[{ ...base, additionalFields: { contact_persons: 'ann@x.test' } }, /^Contact Person IDs: "ann@x.test" is not a Zoho ID/],
			[{ ...base, additionalFields: { extraFieldsJson: '{nope' } }, /^Extra Fields \(JSON\): is not valid JSON/],
		];
		for (const [parameters, message] of cases) {
			const r = await run('invoice', 'create', parameters);
			expect([JSON.stringify(parameters), r.error && r.error.message]).toEqual([JSON.stringify(parameters), expect.stringMatching(message)]);
		}
		let r = await run('invoice', 'update', { invoiceId: fromList('  '), updateFields: { notes: 'x' } });
		expect(r.error.message).toMatch(/^Invoice: a value is required/);
		r = await run('invoice', 'update', { invoiceId: byId('1'), updateFields: { lineItems: { item: [{ product_id: PRODUCT, price: -1, quantity: 1 }] } } });
		expect(r.error.message).toMatch(/^Line Items \(entry 1\) → Price: must be a number of 0 or more/);
		expect(api()).toHaveLength(0);
	});

	it('an invoice ID that could reach another endpoint is refused before any request, whatever the operation', async () => {
		const customFields = { customFieldValues: { field: [{ customfield_id: '1', value: 'v' }] } };
		for (const [operation, extra] of [
			['get', {}],
			['void', {}],
			['downloadPdf', { binaryPropertyName: 'data' }],
			['deleteLineItem', { lineItemId: '123' }],
			['updateCustomFieldsById', customFields],
		]) {
			emu.clearRequests();
			for (const id of ['../x', 'a/b?c#d', '..%2Fx', '1\\2']) {
				const r = await run('invoice', operation, { invoiceId: fromList(id), ...extra });
				expect([operation, r.error && r.error.message]).toEqual([operation, `Invoice: "${id}" is not an ID: IDs have no /, \\, ?, # or %`]);
				expect(r.error.description).toMatch(/Nothing was sent/);
			}
			// picked, typed or computed: an invoice ID is digits
			const r = await run('invoice', operation, { invoiceId: byId('={{ "INV-1" }}'), ...extra });
			expect([operation, r.error && r.error.message]).toEqual([operation, 'Invoice: "INV-1" is not a Zoho ID: Zoho IDs are made of digits only']);
			expect(api()).toHaveLength(0);
		}
		const r = await run('invoice', 'updateCustomFieldsById', { invoiceId: fromList('123'), ...customFields });
		expect(r.error.message).toMatch(/404/);
		expect(api().map((q) => q.path)).toEqual(['/billing/v1/invoice/123/customfields']);
	});

	it('a body with code != 0 on HTTP 200 is an error with Zoho\'s words, for records, lists and actions', async () => {
		const invoice = await newInvoice();
		for (const [operation, parameters] of [
			['getAll', { returnAll: true }],
			['get', { invoiceId: byId(invoice.invoice_id) }],
			['void', { invoiceId: byId(invoice.invoice_id) }],
		]) {
			emu.addFault({ kind: 'zoho-error-200', body: { code: 1037, message: 'This invoice is locked.' } });
			const r = await run('invoice', operation, parameters);
			expect([operation, r.error && r.error.message]).toEqual([operation, 'Zoho Billing error: This invoice is locked. (Zoho code 1037)']);
			expect(r.items).toEqual([]);
		}
	});

	it('Void, Convert to Open, Write Off and Cancel Write Off change the invoice as Zoho does', async () => {
		const { invoice_id: id } = await newInvoice();
		const action = async (operation, parameters = {}) => {
			const r = await run('invoice', operation, { invoiceId: byId(id), ...parameters });
			expect([operation, r.error]).toEqual([operation, null]);
			return r.items;
		};
		const state = () => emu.state.invoices.get(id);

		expect(await action('writeOff', { reason: 'Customer went bust' })).toEqual([{ success: true, message: 'Invoice has been written off.' }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/writeoff`, body: { reason: 'Customer went bust' } });
		expect(state()).toMatchObject({ write_off_amount: 100, balance: 0, status: 'paid' });

		expect(await action('cancelWriteOff')).toEqual([{ success: true, message: expect.stringMatching(/cancelled/) }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/cancelwriteoff` });
		expect(state()).toMatchObject({ write_off_amount: 0, balance: 100, status: 'sent' });

		await action('writeOff');
		expect(last().body).toEqual({});
		await action('cancelWriteOff');

		expect(await action('void')).toEqual([{ success: true, message: 'Invoice status has been changed to Void.' }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/void` });
		expect(state().status).toBe('void');
		const again = await run('invoice', 'void', { invoiceId: byId(id) });
		expect(again.error.message).toBe('Zoho Billing error 400: The invoice has already been voided. (Zoho code 1008)');

		expect(await action('convertToOpen')).toEqual([{ success: true, message: expect.any(String) }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/converttoopen` });
		expect(state()).toMatchObject({ status: 'sent', balance: 100 });
	});

	it('Email sends the recipients as arrays, with subject and body; bad addresses stop it', async () => {
		const { invoice_id: id } = await newInvoice({ additionalFields: {} });
		const r = await run('invoice', 'email', {
			invoiceId: byId(id),
			toMailIds: 'ben@bowman.test, paul@bowman.test',
			subject: 'Your invoice',
			body: 'Please find it attached.',
			emailFields: { cc_mail_ids: 'accounts@bowman.test' },
		});
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ success: true, message: 'Your invoice has been sent.' }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/email` });
		expect(last().body).toEqual({
			to_mail_ids: ['ben@bowman.test', 'paul@bowman.test'],
			subject: 'Your invoice',
			body: 'Please find it attached.',
			cc_mail_ids: ['accounts@bowman.test'],
		});
		expect(emu.state.invoices.get(id)).toMatchObject({ status: 'sent', is_emailed: true });

		emu.clearRequests();
		const bad = [
			[{ toMailIds: 'ben@bowman.test; paul' }, /^To: "ben@bowman.test; paul" is not an email address/],
			[{ toMailIds: '={{ "" }}' }, /^To: a value is required/],
			[{ subject: '={{ " " }}' }, /^Subject: a value is required/],
			[{ emailFields: { cc_mail_ids: 'nobody' } }, /^CC: "nobody" is not an email address/],
		];
		for (const [change, message] of bad) {
			const res = await run('invoice', 'email', { invoiceId: byId(id), toMailIds: 'a@b.test', subject: 's', body: 'b', ...change });
			expect(res.error.message).toMatch(message);
		}
		expect(api()).toHaveLength(0);
	});

	it('Collect Charge sends card_id or account_id and outputs the payment', async () => {
		const { invoice_id: id } = await newInvoice();
		let r = await run('invoice', 'collectCharge', { invoiceId: byId(id), chargeTo: 'card', paymentSourceId: '90300000079226' });
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/collect`, body: { card_id: '90300000079226' } });
		expect(r.items[0]).toMatchObject({ payment_mode: 'autotransaction', amount: 100, card_id: '90300000079226', invoices: [{ invoice_id: id, amount_applied: 100 }] });
		expect(emu.state.invoices.get(id)).toMatchObject({ status: 'paid', balance: 0 });

		r = await run('invoice', 'collectCharge', { invoiceId: byId(id), chargeTo: 'card', paymentSourceId: '90300000079226' });
		expect(r.error.message).toBe('Zoho Billing error 400: The invoice has already been paid. (Zoho code 1011)');

		const second = await newInvoice();
		r = await run('invoice', 'collectCharge', { invoiceId: byId(second.invoice_id), chargeTo: 'bankAccount', paymentSourceId: '9030000000000361' });
		expect(r.error).toBeNull();
		expect(last().body).toEqual({ account_id: '9030000000000361' });
		expect(r.items[0].account_id).toBe('9030000000000361');

		emu.clearRequests();
		r = await run('invoice', 'collectCharge', { invoiceId: byId(second.invoice_id), chargeTo: 'card', paymentSourceId: ' ' });
		expect(r.error.message).toMatch(/^Card or Bank Account ID: a value is required/);
		expect(api()).toHaveLength(0);
	});

	it('Update Address sends only the address sections set and outputs the invoice\'s addresses', async () => {
		const { invoice_id: id } = await newInvoice();
		let r = await run('invoice', 'updateAddress', {
			invoiceId: byId(id),
			billingAddress: { address: { street: 'Harrington Bay Street', city: 'Salt Lake City', state: 'CA', zip: '92612', country: 'U.S.A', attention: '', fax: '' } },
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'PUT', path: `/billing/v1/invoices/${id}/address` });
		expect(last().body).toEqual({ billing_address: { street: 'Harrington Bay Street', city: 'Salt Lake City', state: 'CA', zip: '92612', country: 'U.S.A' } });
		expect(r.items[0]).toMatchObject({ invoice_id: id, billing_address: { city: 'Salt Lake City' }, shipping_address: {} });

		r = await run('invoice', 'updateAddress', { invoiceId: byId(id), shippingAddress: { address: { city: 'Provo' } } });
		expect(last().body).toEqual({ shipping_address: { city: 'Provo' } });
		expect(r.items[0]).toMatchObject({ billing_address: { city: 'Salt Lake City' }, shipping_address: { city: 'Provo' } });

		emu.clearRequests();
		r = await run('invoice', 'updateAddress', { invoiceId: byId(id) });
		expect(r.error.message).toMatch(/^Billing Address or Shipping Address: set at least one of them/);
		expect(api()).toHaveLength(0);
	});

	it('Update Custom Fields (by label) and Update Custom Fields by ID use both of Zoho\'s paths and shapes', async () => {
		const { invoice_id: id } = await newInvoice();
		let r = await run('invoice', 'updateCustomFields', {
			invoiceId: byId(id),
			customFields: { field: [{ label: 'Region', value: 'EU' }] },
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/customfields` });
		expect(last().body).toEqual({ custom_fields: [{ label: 'Region', value: 'EU' }] });
		expect(r.items).toEqual([
			{
				success: true,
				message: 'Custom fields have been updated.',
				custom_fields: [{ label: 'Region', value: 'EU' }],
			},
		]);

		r = await run('invoice', 'updateCustomFieldsById', {
			invoiceId: byId(id),
			customFieldValues: { field: [{ customfield_id: '46000000012845', value: 'Urgent' }, { customfield_id: ' 46000000012846 ', value: '' }] },
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'PUT', path: `/billing/v1/invoice/${id}/customfields` });
		expect(last().body).toEqual([
			{ customfield_id: '46000000012845', value: 'Urgent' },
			{ customfield_id: '46000000012846', value: '' },
		]);
		expect(r.items).toEqual([{ success: true, message: 'Custom Fields Updated Successfully' }]);
		expect(emu.state.invoices.get(id).custom_fields).toEqual([
			{ label: 'Region', value: 'EU' },
			{ customfield_id: '46000000012845', value: 'Urgent' },
			{ customfield_id: '46000000012846', value: '' },
		]);

		emu.clearRequests();
		r = await run('invoice', 'updateCustomFieldsById', { invoiceId: byId(id), customFieldValues: { field: [{ customfield_id: 'Region', value: 'x' }] } });
		expect(r.error.message).toMatch(/^Custom Fields \(entry 1\) → Custom Field ID: "Region" is not a Zoho ID/);
		r = await run('invoice', 'updateCustomFields', { invoiceId: byId(id), customFields: {} });
		expect(r.error.message).toMatch(/^Custom Fields: add at least one entry/);
		expect(api()).toHaveLength(0);
	});

	it('Apply Credits pays the invoice with credit notes; both balances change', async () => {
		const { invoice_id: id } = await newInvoice();
		const cn1 = await newCreditNote(30);
		const cn2 = await newCreditNote(50);
		const r = await run('invoice', 'applyCredits', {
			invoiceId: byId(id),
			creditNotes: { credit: [{ creditnote_id: cn1.creditnote_id, amount_applied: 30 }, { creditnote_id: cn2.creditnote_id, amount_applied: 20.5 }] },
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/credits` });
		expect(last().body).toEqual({
			apply_creditnotes: [
				{ creditnote_id: cn1.creditnote_id, amount_applied: 30 },
				{ creditnote_id: cn2.creditnote_id, amount_applied: 20.5 },
			],
		});
		expect(r.items[0]).toEqual({
			success: true,
			message: 'Credits have been applied to the invoice(s).',
			apply_creditnotes: [
				{ creditnote_id: cn1.creditnote_id, amount_applied: 30 },
				{ creditnote_id: cn2.creditnote_id, amount_applied: 20.5 },
			],
		});
		expect(emu.state.invoices.get(id)).toMatchObject({ credits_applied: 50.5, balance: 49.5, status: 'partially_paid' });
		const note = await run('creditNote', 'get', { creditNoteId: byId(cn1.creditnote_id) });
		expect(note.items[0]).toMatchObject({ status: 'closed', balance: 0 });

		const tooMuch = await run('invoice', 'applyCredits', { invoiceId: byId(id), creditNotes: { credit: [{ creditnote_id: cn2.creditnote_id, amount_applied: 40 }] } });
		expect(tooMuch.error.message).toMatch(/^Zoho Billing error 400: The amount applied exceeds the available credits/);

		emu.clearRequests();
		const bad = await run('invoice', 'applyCredits', { invoiceId: byId(id), creditNotes: { credit: [{ creditnote_id: cn2.creditnote_id, amount_applied: 0 }] } });
		expect(bad.error.message).toMatch(/^Credit Notes \(entry 1\) → Amount: must be a number greater than 0/);
		expect(api()).toHaveLength(0);
	});

	it('Add Line Items and Delete Line Item edit a pending invoice', async () => {
		const { invoice_id: id } = await newInvoice({ additionalFields: {} }); // a draft
		let r = await run('invoice', 'addLineItems', {
			invoiceId: byId(id),
			items: { item: [{ code: 'UsageAddon', product_id: PRODUCT, name: 'usage charge', description: 'Usage for May', price: 10, quantity: 3, tax_id: '', tax_exemption_id: '' }] },
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/invoices/${id}/lineitems` });
		expect(last().body).toEqual({
			invoice_items: [{ code: 'UsageAddon', product_id: PRODUCT, name: 'usage charge', description: 'Usage for May', price: 10, quantity: 3 }],
		});
		expect(r.items[0]).toMatchObject({ invoice_id: id, total: 130 });
		const added = r.items[0].invoice_items.find((i) => i.code === 'UsageAddon');

		r = await run('invoice', 'deleteLineItem', { invoiceId: byId(id), lineItemId: added.line_item_id });
		expect(r.items).toEqual([{ success: true, message: 'The item has been deleted.' }]);
		expect(last()).toMatchObject({ method: 'DELETE', path: `/billing/v1/invoices/${id}/lineitems/${added.line_item_id}` });
		expect(emu.state.invoices.get(id)).toMatchObject({ total: 100 });

		r = await run('invoice', 'deleteLineItem', { invoiceId: byId(id), lineItemId: added.line_item_id });
		expect(r.error.message).toBe('Zoho Billing error 404: Line item does not exist. (Zoho code 1002)');

		emu.clearRequests();
		r = await run('invoice', 'addLineItems', { invoiceId: byId(id), items: { item: [{ name: 'x', price: 1, quantity: 1 }] } });
		expect(r.error.message).toMatch(/^Line Items \(entry 1\): set Add-On Code or Product ID/);
		r = await run('invoice', 'deleteLineItem', { invoiceId: byId(id), lineItemId: '../1' });
		expect(r.error.message).toBe('Line Item ID: "../1" is not an ID: IDs have no /, \\, ?, # or %');
		r = await run('invoice', 'deleteLineItem', { invoiceId: byId(id), lineItemId: 'abc' });
		expect(r.error.message).toMatch(/^Line Item ID: "abc" is not a Zoho ID/);
		expect(api()).toHaveLength(0);
	});
});

/* ------------------------------------------------------------------------------------------------
 * Invoice files: attachment upload (multipart) and PDF download (binary)
 * ---------------------------------------------------------------------------------------------- */

describe('Zoho Billing: Invoice files', () => {
	const pdfBytes = documents.minimalPdf('Uploaded receipt');

	it('Add Attachment sends the input binary as multipart/form-data: attachment + can_send_in_mail, bytes intact', async () => {
		const { invoice_id: id } = await newInvoice();
		const r = await run(
			'invoice',
			'addAttachment',
			{ invoiceId: byId(id), binaryPropertyName: 'receipt', canSendInMail: true },
			{ items: withBinary([{ json: { n: 1 }, binary: { receipt: binaryFile(pdfBytes, 'receipt.pdf', 'application/pdf') } }]) },
		);
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ success: true, message: 'Your file has been successfully attached to the invoice.' }]);

		// on the wire: one multipart body whose file part is exactly the input bytes (binary comment line included)
		const [exchange] = proxy.exchanges.filter((x) => x.url.endsWith('/attachment'));
		expect(exchange.method).toBe('POST');
		const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(exchange.headers['content-type'])[1];
		const wire = exchange.body;
		expect(Number(exchange.headers['content-length'])).toBe(wire.length);
		const expected = Buffer.concat([
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="can_send_in_mail"\r\n\r\ntrue\r\n`),
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="attachment"; filename="receipt.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
			pdfBytes,
			Buffer.from(`\r\n--${boundary}--\r\n`),
		]);
		expect(wire.equals(expected)).toBe(true);
		expect(exchange.headers.authorization).toBe('Bearer zoho-access-token');
		expect(exchange.headers['x-com-zoho-subscriptions-organizationid']).toBe('10234695');

		// the emulator parsed it (its core keeps bodies as UTF-8 text, so it checks names and flags here)
		const stored = emu.state.invoices.get(id);
		expect(stored).toMatchObject({ has_attachment: true, attachment_name: 'receipt.pdf', can_send_in_mail: true });
		expect(stored.documents[0]).toMatchObject({ file_name: 'receipt.pdf', file_type: 'pdf', content_type: 'application/pdf' });
	});

	it('a UTF-8 file arrives byte for byte in the emulator too (its sha256 matches), with Send in Email off', async () => {
		const { invoice_id: id } = await newInvoice();
		const content = Buffer.from('GIF89a – Überweisung €42 ✓\r\n--not-a-boundary\r\n', 'utf8');
		const r = await run(
			'invoice',
			'addAttachment',
			{ invoiceId: byId(id), binaryPropertyName: 'data', canSendInMail: false },
			{ items: withBinary([{ json: {}, binary: { data: binaryFile(content, 'scan.gif', 'image/gif') } }]) },
		);
		expect(r.error).toBeNull();
		const doc = emu.state.invoices.get(id).documents[0];
		expect(doc).toMatchObject({ file_name: 'scan.gif', content_type: 'image/gif', file_size: content.length });
		expect(doc.sha256).toBe(crypto.createHash('sha256').update(content).digest('hex'));
		expect(emu.state.invoices.get(id).can_send_in_mail).toBe(false);
	});

	it('a file type Zoho refuses, or a missing binary field, is stopped before any request', async () => {
		const { invoice_id: id } = await newInvoice();
		emu.clearRequests();
		let r = await run(
			'invoice',
			'addAttachment',
			{ invoiceId: byId(id), binaryPropertyName: 'data' },
			{ items: withBinary([{ json: {}, binary: { data: binaryFile('a,b', 'export.csv', 'text/csv') } }]) },
		);
		expect(r.error.message).toBe('Input Binary Field: Zoho accepts only gif, png, jpeg, jpg, bmp, pdf files (got "export.csv")');
		r = await run(
			'invoice',
			'addAttachment',
			{ invoiceId: byId(id), binaryPropertyName: 'file' },
			{ items: withBinary([{ json: {}, binary: { data: binaryFile(pdfBytes, 'a.pdf', 'application/pdf') } }]) },
		);
		expect(r.error.message).toBe('Input Binary Field: the input item has no binary field "file" (it has: data)');
		r = await run('invoice', 'addAttachment', { invoiceId: byId(id), binaryPropertyName: 'data' });
		expect(r.error.message).toBe('Input Binary Field: the input item has no binary field "data" (it has no binary data)');
		expect(api()).toHaveLength(0);
	});

	it('after a 401 the upload is sent again with the refreshed token, with the same bytes', async () => {
		const { invoice_id: id } = await newInvoice();
		emu.expireTokens();
		proxy.exchanges.length = 0;
		const r = await run(
			'invoice',
			'addAttachment',
			{ invoiceId: byId(id), binaryPropertyName: 'data' },
			{ items: withBinary([{ json: {}, binary: { data: binaryFile(pdfBytes, 'r.pdf', 'application/pdf') } }]) },
		);
		expect(r.error).toBeNull();
		const uploads = proxy.exchanges.filter((x) => x.url.endsWith('/attachment'));
		expect(uploads.map((x) => x.status)).toEqual([401, 200]);
		expect(uploads[1].body.equals(uploads[0].body)).toBe(true);
		expect(uploads[1].headers.authorization).not.toBe('Bearer zoho-access-token');
		expect(emu.tokenRequests).toHaveLength(1);
		assertNoSecrets(r.items);
	});

	it('Download PDF puts the bytes Zoho served, unchanged, in the named binary field as <invoice number>.pdf', async () => {
		const { invoice_id: id, invoice_number: number } = await newInvoice();
		const r = await run('invoice', 'downloadPdf', { invoiceId: fromList(id), binaryPropertyName: 'invoicePdf' });
		expect(r.error).toBeNull();
		const req = last();
		expect(req).toMatchObject({ method: 'GET', path: `/billing/v1/invoices/${id}`, query: { accept: 'pdf' }, body: null });
		expect(req.headers.accept).toBe('application/pdf');
		const [item] = r.raw;
		expect(item.json).toEqual({ invoice_id: id, fileName: `${number}.pdf`, mimeType: 'application/pdf', fileSize: expect.any(Number), binaryProperty: 'invoicePdf' });
		expect(item.binary.invoicePdf).toMatchObject({ fileName: `${number}.pdf`, mimeType: 'application/pdf', fileExtension: 'pdf' });
		const bytes = Buffer.from(item.binary.invoicePdf.data, 'base64');
		const served = proxy.exchanges.filter((x) => x.url.startsWith(`/billing/v1/invoices/${id}?`)).pop().responseBody;
		expect(bytes.equals(served)).toBe(true);
		expect(bytes.equals(documents.minimalPdf(`Invoice ${number}`))).toBe(true);
		expect([...bytes.subarray(9, 15)]).toEqual([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]); // the binary comment line
		expect(item.json.fileSize).toBe(bytes.length);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('each input item gets its own PDF; without Content-Disposition the file is named after the ID', async () => {
		const a = await newInvoice();
		const b = await newInvoice();
		const r = await run('invoice', 'downloadPdf', { invoiceId: fromList('={{ $json.id }}'), binaryPropertyName: 'data' }, { items: [{ id: a.invoice_id }, { id: b.invoice_id }] });
		expect(r.raw.map((i) => i.binary.data.fileName)).toEqual([`${a.invoice_number}.pdf`, `${b.invoice_number}.pdf`]);
		expect(r.raw.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);

		const raw = Buffer.from('%PDF-1.7\n%\xff\x00\x80 tiny\n%%EOF\n', 'latin1');
		emu.addFault({ kind: 'status', status: 200, headers: { 'content-type': 'application/pdf' }, body: raw });
		const plain = await run('invoice', 'downloadPdf', { invoiceId: byId(a.invoice_id), binaryPropertyName: 'data' });
		expect(plain.raw[0].binary.data).toMatchObject({ fileName: `invoice-${a.invoice_id}.pdf`, mimeType: 'application/pdf' });
		expect(Buffer.from(plain.raw[0].binary.data.data, 'base64').equals(raw)).toBe(true);
	});

	it('Zoho\'s JSON errors on a PDF download are errors: 404, code != 0 on HTTP 200, and JSON that is not a PDF', async () => {
		let r = await run('invoice', 'downloadPdf', { invoiceId: byId('999'), binaryPropertyName: 'data' });
		expect(r.error.message).toBe('Zoho Billing error 404: Invoice does not exist. (Zoho code 1002)');

		const { invoice_id: id } = await newInvoice();
		emu.addFault({ kind: 'zoho-error-200', body: { code: 1025, message: 'The PDF could not be generated.' } });
		r = await run('invoice', 'downloadPdf', { invoiceId: byId(id), binaryPropertyName: 'data' });
		expect(r.error.message).toBe('Zoho Billing error: The PDF could not be generated. (Zoho code 1025)');

		emu.addFault({ kind: 'status', status: 200, body: { code: 0, message: 'success', invoice: {} } });
		r = await run('invoice', 'downloadPdf', { invoiceId: byId(id), binaryPropertyName: 'data' });
		expect(r.error.message).toBe('Zoho Billing answered with application/json instead of a PDF');
		expect(r.items).toEqual([]);

		emu.clearRequests();
		r = await run('invoice', 'downloadPdf', { invoiceId: byId(id), binaryPropertyName: ' ' });
		expect(r.error.message).toMatch(/^Put Output File in Field: a value is required/);
		expect(api()).toHaveLength(0);
	});
});

/* ================================================================================================
 * Credit notes
 * ============================================================================================== */

describe('Zoho Billing: Credit Note', () => {
	it('Create sends creditnote_items; a number of your own also sends ignore_auto_number_generation in the body', async () => {
		const r = await run('creditNote', 'create', {
			customerId: fromList(CUSTOMER),
			date: '2025-02-03',
			lineItems: {
				item: [
					{ code: 'basic-monthly', description: 'prorated', price: 100, quantity: 1, account_id: '', tax_id: '' },
					{ code: 'extra-seat', price: 5.5, quantity: 2 },
				],
			},
			additionalFields: {
				creditnote_number: 'CN-OWN-1',
				reference_number: 'INV-000384',
				notes: 'Referral',
				contact_persons: '903000006532',
				exchange_rate: 1,
				customFields: { field: [{ label: 'Reason', value: 'Downgrade' }] },
			},
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: '/billing/v1/creditnotes', query: {} });
		expect(last().body).toEqual({
			customer_id: CUSTOMER,
			date: '2025-02-03',
			creditnote_items: [
				{ code: 'basic-monthly', description: 'prorated', price: 100, quantity: 1 },
				{ code: 'extra-seat', price: 5.5, quantity: 2 },
			],
			creditnote_number: 'CN-OWN-1',
			ignore_auto_number_generation: true,
			reference_number: 'INV-000384',
			notes: 'Referral',
			contact_persons: ['903000006532'],
			exchange_rate: '1',
			custom_fields: [{ label: 'Reason', value: 'Downgrade' }],
		});
		expect(r.items[0]).toMatchObject({ creditnote_number: 'CN-OWN-1', status: 'open', total: 111, balance: 111 });
	});

	it('round-trips create → get → email → void → convert to open → delete', async () => {
		const created = await newCreditNote(40);
		const id = created.creditnote_id;
		expect(created).toMatchObject({ creditnote_number: 'CN-00001', status: 'open' });

		let r = await run('creditNote', 'get', { creditNoteId: byId(id) });
		expect(r.items[0]).toMatchObject({ creditnote_id: id, total: 40 });
		expect(last()).toMatchObject({ method: 'GET', path: `/billing/v1/creditnotes/${id}` });

		r = await run('creditNote', 'email', { creditNoteId: byId(id), toMailIds: 'ben@bowman.test', subject: 'Your credit', body: 'Attached.' });
		expect(r.items).toEqual([{ success: true, message: 'Your credit note has been sent.' }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/creditnotes/${id}/email`, body: { to_mail_ids: ['ben@bowman.test'], subject: 'Your credit', body: 'Attached.' } });

		r = await run('creditNote', 'void', { creditNoteId: byId(id) });
		expect(r.items).toEqual([{ success: true, message: 'The credit note has been voided.' }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/creditnotes/${id}/void` });
		expect(emu.state.creditnotes.get(id).status).toBe('void');

		r = await run('creditNote', 'convertToOpen', { creditNoteId: byId(id) });
		expect(r.items).toEqual([{ success: true, message: 'The credit note has been converted to open.' }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/creditnotes/${id}/converttoopen` });
		expect(emu.state.creditnotes.get(id)).toMatchObject({ status: 'open', balance: 40 });
		r = await run('creditNote', 'convertToOpen', { creditNoteId: byId(id) });
		expect(r.error.message).toBe('Zoho Billing error 400: Only a voided credit note can be converted to open. (Zoho code 1007)');

		r = await run('creditNote', 'delete', { creditNoteId: byId(id) });
		expect(r.items).toEqual([{ success: true, message: 'The credit note has been deleted.' }]);
		expect(last()).toMatchObject({ method: 'DELETE', path: `/billing/v1/creditnotes/${id}` });
		r = await run('creditNote', 'get', { creditNoteId: byId(id) });
		expect(r.error.message).toBe('Zoho Billing error 404: Credit note does not exist. (Zoho code 1002)');
	});

	it('Apply to Invoices spends the credit on invoices; both sides change', async () => {
		const a = await newInvoice();
		const b = await newInvoice();
		const note = await newCreditNote(150);
		const r = await run('creditNote', 'applyToInvoices', {
			creditNoteId: byId(note.creditnote_id),
			invoices: { invoice: [{ invoice_id: a.invoice_id, amount_applied: 100 }, { invoice_id: b.invoice_id, amount_applied: 50 }] },
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/creditnotes/${note.creditnote_id}/invoices` });
		expect(last().body).toEqual({
			invoices: [
				{ invoice_id: a.invoice_id, amount_applied: 100 },
				{ invoice_id: b.invoice_id, amount_applied: 50 },
			],
		});
		expect(r.items).toEqual([
			{
				success: true,
				message: 'Credits have been applied to the invoice(s).',
				invoices: [
					{ invoice_id: a.invoice_id, amount_applied: 100 },
					{ invoice_id: b.invoice_id, amount_applied: 50 },
				],
			},
		]);
		expect(emu.state.invoices.get(a.invoice_id)).toMatchObject({ status: 'paid', balance: 0 });
		expect(emu.state.invoices.get(b.invoice_id)).toMatchObject({ status: 'partially_paid', balance: 50 });
		expect(emu.state.creditnotes.get(note.creditnote_id)).toMatchObject({ status: 'closed', balance: 0 });
		// an applied note cannot be deleted: Zoho's words
		const del = await run('creditNote', 'delete', { creditNoteId: byId(note.creditnote_id) });
		expect(del.error.message).toBe('Zoho Billing error 400: Credit notes that have been applied to invoices cannot be deleted. (Zoho code 1040)');
	});

	it('bad input, an ID that is not digits included, is stopped before any request', async () => {
		const base = { customerId: byId(CUSTOMER), date: '2025-02-03', lineItems: { item: [{ code: 'a', price: 1, quantity: 1 }] } };
		for (const [parameters, message] of [
			[{ ...base, lineItems: {} }, /^Line Items: add at least one entry/],
			[{ ...base, lineItems: { item: [{ code: '', price: 1, quantity: 1 }] } }, /^Line Items \(entry 1\) → Code: a value is required/],
			[{ ...base, lineItems: { item: [{ code: 'a', price: 1, quantity: 0 }] } }, /^Line Items \(entry 1\) → Quantity: must be a number greater than 0/],
			[{ ...base, date: '2025-13-45' }, /^Date: "2025-13-45" is not a date/],
			[{ ...base, additionalFields: { contact_persons: 'x' } }, /^Contact Person IDs: "x" is not a Zoho ID/],
		]) {
			const r = await run('creditNote', 'create', parameters);
			expect(r.error.message).toMatch(message);
		}
		let r = await run('creditNote', 'applyToInvoices', { creditNoteId: byId('1'), invoices: { invoice: [{ invoice_id: 'INV-1', amount_applied: 5 }] } });
		expect(r.error.message).toMatch(/^Invoices \(entry 1\) → Invoice ID: "INV-1" is not a Zoho ID/);
		r = await run('creditNote', 'email', { creditNoteId: byId('1'), toMailIds: 'x', subject: 's', body: 'b' });
		expect(r.error.message).toMatch(/^To: "x" is not an email address/);
		expect(api()).toHaveLength(0);
		r = await run('creditNote', 'get', { creditNoteId: byId('../x') });
		expect(r.error).not.toBeNull();
		expect(api()).toHaveLength(0);
	});

	it('offers no Get Many (Zoho documents no credit-note list), and the emulator has none either', async () => {
		const description = (await loadPackage()).nodeTypes.zohoBilling.type.description;
		const operations = description.properties.find((p) => p.name === 'operation' && p.displayOptions.show.resource[0] === 'creditNote');
		expect(operations.options.map((o) => o.value).sort()).toEqual(['applyToInvoices', 'convertToOpen', 'create', 'delete', 'email', 'get', 'void']);
		const res = await fetch(`${emu.apiBaseUrl}/creditnotes`, { headers: emu.authHeaders() });
		expect(res.status).toBe(404);
		expect(await res.json()).toEqual({ code: 5, message: 'Invalid URL Passed' });
	});

	it('a body with code != 0 on HTTP 200 is an error', async () => {
		const note = await newCreditNote();
		emu.addFault({ kind: 'zoho-error-200', body: { code: 3002, message: 'Credit note is locked.' } });
		const r = await run('creditNote', 'void', { creditNoteId: byId(note.creditnote_id) });
		expect(r.error.message).toBe('Zoho Billing error: Credit note is locked. (Zoho code 3002)');
	});
});

/* ================================================================================================
 * Quotes
 * ============================================================================================== */

describe('Zoho Billing: Quote', () => {
	it('Create sends Zoho\'s estimate body and query; outputs the estimate', async () => {
		const r = await run('quote', 'create', {
			customerId: byId(CUSTOMER),
			lineItems: {
				item: [
					{ item_id: '982000000030049', name: 'Hard Drive', description: '500GB', rate: 120, quantity: 2, unit: 'Nos', discount: 0, tax_id: '' },
					{ name: 'Installation', rate: 30, quantity: 1 },
				],
			},
			additionalFields: {
				date: '2025-03-01',
				expiry_date: '2025-03-31',
				estimate_number: 'EST-OWN-7',
				reference_number: 'QRT-12346',
				contact_persons: '982000000567003',
				discount: '5%',
				is_discount_before_tax: true,
				customFields: { field: [{ label: 'Delivery Date', value: '15 Dec 2025' }] },
				send: true,
				notes: 'Looking forward to your business.',
				terms: 'Terms apply',
				shipping_charge: 7,
			},
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: '/billing/v1/estimates', query: { send: 'true', ignore_auto_number_generation: 'true' } });
		expect(last().body).toEqual({
			customer_id: CUSTOMER,
			line_items: [
				{ item_id: '982000000030049', name: 'Hard Drive', description: '500GB', rate: 120, quantity: 2, unit: 'Nos', discount: 0 },
				{ name: 'Installation', rate: 30, quantity: 1, discount: 0 },
			],
			date: '2025-03-01',
			expiry_date: '2025-03-31',
			estimate_number: 'EST-OWN-7',
			reference_number: 'QRT-12346',
			contact_persons: ['982000000567003'],
			discount: '5%',
			is_discount_before_tax: true,
			custom_fields: [{ label: 'Delivery Date', value: '15 Dec 2025' }],
			notes: 'Looking forward to your business.',
			terms: 'Terms apply',
			shipping_charge: '7',
		});
		expect(r.items[0]).toMatchObject({ estimate_number: 'EST-OWN-7', status: 'sent', total: 277 });
	});

	it('round-trips create → get → update → mark sent → accepted → delete, and declines a sent quote', async () => {
		const created = await newQuote();
		const id = created.estimate_id;
		expect(created).toMatchObject({ estimate_number: 'EST-00001', status: 'draft' });

		let r = await run('quote', 'get', { quoteId: fromList(id) });
		expect(r.items[0]).toMatchObject({ estimate_id: id, total: 120 });
		expect(last()).toMatchObject({ method: 'GET', path: `/billing/v1/estimates/${id}` });

		r = await run('quote', 'update', {
			quoteId: byId(id),
			updateFields: { expiry_date: '2025-04-30', lineItems: { item: [{ name: 'Support', rate: 80, quantity: 2 }] }, customerId: fromList('903000000000100') },
		});
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'PUT', path: `/billing/v1/estimates/${id}` });
		expect(last().body).toEqual({ expiry_date: '2025-04-30', line_items: [{ name: 'Support', rate: 80, quantity: 2, discount: 0 }], customer_id: '903000000000100' });
		expect(r.items[0]).toMatchObject({ expiry_date: '2025-04-30', total: 160, customer_id: '903000000000100' });

		for (const [operation, path, status] of [
			['markAsSent', 'sent', 'sent'],
			['markAsAccepted', 'accepted', 'accepted'],
		]) {
			r = await run('quote', operation, { quoteId: byId(id) });
			expect(r.items).toEqual([{ success: true, message: expect.stringMatching(new RegExp(status, 'i')) }]);
			expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/estimates/${id}/status/${path}` });
			expect(emu.state.estimates.get(id).status).toBe(status);
		}
		r = await run('quote', 'markAsSent', { quoteId: byId(id) });
		expect(r.error.message).toBe('Zoho Billing error 400: Only a draft quote can be marked as sent. (Zoho code 1007)');

		r = await run('quote', 'delete', { quoteId: byId(id) });
		expect(r.items).toEqual([{ success: true, message: 'The quote has been deleted.' }]);
		expect(last()).toMatchObject({ method: 'DELETE', path: `/billing/v1/estimates/${id}` });
		r = await run('quote', 'get', { quoteId: byId(id) });
		expect(r.error.message).toBe('Zoho Billing error 404: Quote does not exist. (Zoho code 1002)');

		const other = await newQuote({ additionalFields: { send: true } });
		r = await run('quote', 'markAsDeclined', { quoteId: byId(other.estimate_id) });
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/estimates/${other.estimate_id}/status/declined` });
		expect(emu.state.estimates.get(other.estimate_id)).toMatchObject({ status: 'declined', declined_date: expect.any(String) });
	});

	it('Get Many: Return All across pages, Limit stops early, filters as Zoho names them', async () => {
		emu.seed('estimates', Array.from({ length: 410 }, (_, i) => ({ estimate_number: `EST-B${i}`, status: i % 2 ? 'sent' : 'draft', customer_id: i < 5 ? '1' : '2' })));
		let r = await run('quote', 'getAll', { returnAll: true });
		expect(r.items).toHaveLength(410);
		expect(api().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);
		emu.clearRequests();
		r = await run('quote', 'getAll', { returnAll: false, limit: 201 });
		expect(r.items).toHaveLength(201);
		expect(api()).toHaveLength(2);

		emu.clearRequests();
		r = await run('quote', 'getAll', {
			returnAll: true,
			filters: { filter_by: 'Status.Sent', customerId: byId('1'), zcrm_potential_id: '' },
		});
		expect(last().query).toEqual({
			filter_by: 'Status.Sent',
			customer_id: '1',
			zcrm_potential_id: '',
			page: '1',
			per_page: '200',
		});
		expect(r.items.map((q) => q.estimate_number).sort()).toEqual(['EST-B1', 'EST-B3']);

		const description = (await loadPackage()).nodeTypes.zohoBilling.type.description;
		const filters = description.properties.find((p) => p.name === 'filters' && p.displayOptions.show.resource[0] === 'quote');
		for (const { value } of filters.options.find((o) => o.name === 'filter_by').options) {
			const answer = await run('quote', 'getAll', { returnAll: false, limit: 1, filters: { filter_by: value } });
			expect([value, answer.error]).toEqual([value, null]);
		}
	});

	it('Email sends only the options set (none: Zoho\'s default email); Get Email Content outputs the content', async () => {
		const { estimate_id: id } = await newQuote();
		let r = await run('quote', 'email', { quoteId: byId(id) });
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/estimates/${id}/email`, body: null });
		expect(emu.state.estimates.get(id).status).toBe('sent');

		r = await run('quote', 'email', {
			quoteId: byId(id),
			emailOptions: { to_mail_ids: 'a@x.test, b@x.test', cc_mail_ids: 'c@x.test', subject: 'Your quote', body: 'Hi', send_from_org_email_id: true },
		});
		expect(r.items).toEqual([{ success: true, message: 'Your quote has been sent.' }]);
		expect(last().body).toEqual({ to_mail_ids: ['a@x.test', 'b@x.test'], cc_mail_ids: ['c@x.test'], subject: 'Your quote', body: 'Hi', send_from_org_email_id: true });

		r = await run('quote', 'getEmailContent', { quoteId: byId(id), emailTemplateId: '903000000000150' });
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'GET', path: `/billing/v1/estimates/${id}/email`, query: { email_template_id: '903000000000150' } });
		expect(r.items).toHaveLength(1);
		expect(r.items[0]).toMatchObject({ subject: expect.stringContaining('EST-00001'), file_name: 'EST-00001.pdf', to_contacts: expect.any(Array), emailtemplates: expect.any(Array) });
		expect(r.items[0]).not.toHaveProperty('code');
		expect(r.items[0]).not.toHaveProperty('message');
		r = await run('quote', 'getEmailContent', { quoteId: byId(id) });
		expect(last().query).toEqual({});

		emu.clearRequests();
		r = await run('quote', 'email', { quoteId: byId(id), emailOptions: { to_mail_ids: 'not-an-email' } });
		expect(r.error.message).toMatch(/^To: "not-an-email" is not an email address/);
		r = await run('quote', 'getEmailContent', { quoteId: byId(id), emailTemplateId: 'default' });
		expect(r.error.message).toMatch(/^Email Template ID: "default" is not a Zoho ID/);
		expect(api()).toHaveLength(0);
	});

	it('Email Multiple sends estimate_ids (at most 10) and marks the quotes sent', async () => {
		const quotes = [await newQuote(), await newQuote()];
		let r = await run('quote', 'emailMultiple', { quoteIds: ` ${quotes[0].estimate_id} ,${quotes[1].estimate_id}, ` });
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ success: true, message: expect.any(String) }]);
		expect(last()).toMatchObject({ method: 'POST', path: '/billing/v1/estimates/email', query: { estimate_ids: `${quotes[0].estimate_id},${quotes[1].estimate_id}` } });
		expect(quotes.map((q) => emu.state.estimates.get(q.estimate_id).status)).toEqual(['sent', 'sent']);

		emu.clearRequests();
		r = await run('quote', 'emailMultiple', { quoteIds: Array.from({ length: 11 }, (_, i) => String(100 + i)).join(',') });
		expect(r.error.message).toMatch(/^Quote IDs: at most 10 IDs at once \(got 11\)/);
		r = await run('quote', 'emailMultiple', { quoteIds: '12, EST-1' });
		expect(r.error.message).toMatch(/^Quote IDs: "EST-1" is not a Zoho ID/);
		expect(api()).toHaveLength(0);
	});

	it('Bulk Export and Bulk Print put the PDF Zoho served, unchanged, into binary data', async () => {
		const quotes = [await newQuote(), await newQuote()];
		const ids = quotes.map((q) => q.estimate_id);
		for (const [operation, path, fileName] of [
			['bulkExport', '/billing/v1/estimates/pdf', 'Quotes.pdf'],
			['bulkPrint', '/billing/v1/estimates/print', 'Quotes-print.pdf'],
		]) {
			proxy.exchanges.length = 0;
			const r = await run('quote', operation, { quoteIds: ids.join(', '), binaryPropertyName: 'quotes' });
			expect([operation, r.error]).toEqual([operation, null]);
			expect(last()).toMatchObject({ method: 'GET', path, query: { estimate_ids: ids.join(',') } });
			expect(last().headers.accept).toBe('application/pdf');
			const [item] = r.raw;
			expect(item.json).toEqual({ estimate_ids: ids, fileName, mimeType: 'application/pdf', fileSize: expect.any(Number), binaryProperty: 'quotes' });
			const bytes = Buffer.from(item.binary.quotes.data, 'base64');
			expect(bytes.equals(proxy.exchanges[0].responseBody)).toBe(true);
			expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
		}
		emu.clearRequests();
		const r = await run('quote', 'bulkExport', { quoteIds: Array.from({ length: 26 }, (_, i) => String(100 + i)).join(','), binaryPropertyName: 'data' });
		expect(r.error.message).toMatch(/^Quote IDs: at most 25 IDs at once \(got 26\)/);
		expect(api()).toHaveLength(0);
		const unknown = await run('quote', 'bulkPrint', { quoteIds: '999', binaryPropertyName: 'data' });
		expect(unknown.error.message).toBe('Zoho Billing error 404: Quote does not exist. (Zoho code 1002)');
	});

	it('List Templates outputs one item per template; Update Template sets one on a quote', async () => {
		let r = await run('quote', 'listTemplates');
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'GET', path: '/billing/v1/estimates/templates' });
		expect(r.items).toEqual([
			{ template_id: '903000000000143', template_name: 'Standard', template_type: 'standard' },
			{ template_id: '903000000000144', template_name: 'Spreadsheet', template_type: 'spreadsheet' },
		]);
		const { estimate_id: id } = await newQuote();
		r = await run('quote', 'updateTemplate', { quoteId: byId(id), templateId: fromList('903000000000144') });
		expect(r.items).toEqual([{ success: true, message: expect.any(String) }]);
		expect(last()).toMatchObject({ method: 'PUT', path: `/billing/v1/estimates/${id}/templates/903000000000144` });
		expect(emu.state.estimates.get(id)).toMatchObject({ template_id: '903000000000144', template_name: 'Spreadsheet' });

		emu.clearRequests();
		r = await run('quote', 'updateTemplate', { quoteId: byId(id), templateId: fromList('../1') });
		expect(r.error.message).toBe('Template: "../1" is not an ID: IDs have no /, \\, ?, # or %');
		expect(r.error.description).toMatch(/Nothing was sent/);
		r = await run('quote', 'updateTemplate', { quoteId: byId(id), templateId: fromList('spreadsheet') });
		expect(r.error.message).toBe('Template: "spreadsheet" is not a Zoho ID: Zoho IDs are made of digits only');
		expect(api()).toHaveLength(0);
		r = await run('quote', 'updateTemplate', { quoteId: byId(id), templateId: fromList('903000000000999') });
		expect(r.error.message).toMatch(/404/);
	});

	it('comments: add → list → update → delete', async () => {
		const { estimate_id: id } = await newQuote();
		let r = await run('quote', 'addComment', { quoteId: byId(id), description: 'Call the customer on Monday', show_comment_to_clients: true });
		expect(r.error).toBeNull();
		expect(r.items).toEqual([{ success: true, message: 'Comments added.' }]);
		expect(last()).toMatchObject({ method: 'POST', path: `/billing/v1/estimates/${id}/comments`, body: { description: 'Call the customer on Monday', show_comment_to_clients: true } });

		r = await run('quote', 'listComments', { quoteId: byId(id) });
		expect(last()).toMatchObject({ method: 'GET', path: `/billing/v1/estimates/${id}/comments` });
		expect(r.items.map((c) => c.description)).toEqual(['Quote created', 'Call the customer on Monday']);
		const comment = r.items[1];

		r = await run('quote', 'updateComment', { quoteId: byId(id), commentId: fromList(comment.comment_id), updateFields: { description: 'Call on Tuesday', show_comment_to_clients: false } });
		expect(r.error).toBeNull();
		expect(last()).toMatchObject({ method: 'PUT', path: `/billing/v1/estimates/${id}/comments/${comment.comment_id}`, body: { description: 'Call on Tuesday', show_comment_to_clients: false } });
		expect(r.items[0]).toMatchObject({ comment_id: comment.comment_id, description: 'Call on Tuesday', show_comment_to_clients: false });

		r = await run('quote', 'updateComment', { quoteId: byId(id), commentId: byId(r.items[0].comment_id) });
		expect(r.error.message).toMatch(/^Update Fields: set at least one of them/);

		r = await run('quote', 'deleteComment', { quoteId: byId(id), commentId: byId(comment.comment_id) });
		expect(r.items).toEqual([{ success: true, message: 'The comment has been deleted.' }]);
		expect(last()).toMatchObject({ method: 'DELETE', path: `/billing/v1/estimates/${id}/comments/${comment.comment_id}` });
		r = await run('quote', 'deleteComment', { quoteId: byId(id), commentId: byId(comment.comment_id) });
		expect(r.error.message).toBe('Zoho Billing error 404: Comment does not exist. (Zoho code 1002)');

		emu.clearRequests();
		r = await run('quote', 'addComment', { quoteId: byId(id), description: '={{ "" }}' });
		expect(r.error.message).toMatch(/^Comment: a value is required/);
		expect(api()).toHaveLength(0);
	});

	it('bad input is stopped before any request; code != 0 on HTTP 200 is an error', async () => {
		const base = { customerId: byId(CUSTOMER), lineItems: { item: [{ item_id: '1', rate: 1, quantity: 1 }] } };
		for (const [parameters, message] of [
			[{ ...base, customerId: byId('={{ "" }}') }, /^Customer: a value is required/],
			[{ ...base, lineItems: {} }, /^Line Items: add at least one entry/],
			[{ ...base, lineItems: { item: [{ item_id: '', name: '', rate: 1, quantity: 1 }] } }, /^Line Items \(entry 1\): set Item ID or Name/],
			[{ ...base, additionalFields: { expiry_date: '31.03.2025' } }, /^Expiry Date: "31.03.2025" is not a date/],
		]) {
			const r = await run('quote', 'create', parameters);
			expect(r.error.message).toMatch(message);
		}
		expect(api()).toHaveLength(0);

		const { estimate_id: id } = await newQuote();
		emu.addFault({ kind: 'zoho-error-200', body: { code: 8009, message: 'Standalone items cannot be combined with subscription items.' } });
		const r = await run('quote', 'update', { quoteId: byId(id), updateFields: { notes: 'x' } });
		expect(r.error.message).toBe('Zoho Billing error: Standalone items cannot be combined with subscription items. (Zoho code 8009)');
	});
});

/* ================================================================================================
 * Descriptions
 * ============================================================================================== */

describe('Zoho Billing: document operations as n8n loads them', () => {
	it('every OpenAPI operation of the three modules (plus the invoice PDF), with Zoho\'s names, sorted, each sent through the one sending place', async () => {
		const description = (await loadPackage()).nodeTypes.zohoBilling.type.description;
		const operationsOf = (resource) => description.properties.find((p) => p.name === 'operation' && p.displayOptions.show.resource[0] === resource).options;
		const names = (resource) => operationsOf(resource).map((o) => o.name);
		expect(names('invoice')).toEqual([
			'Add Attachment', 'Add Line Items', 'Apply Credits', 'Cancel Write Off', 'Collect Charge', 'Convert to Open', 'Create', 'Delete',
			'Delete Line Item', 'Download PDF', 'Email', 'Get', 'Get Many', 'Update', 'Update Address', 'Update Custom Fields',
			'Update Custom Fields by ID', 'Void', 'Write Off',
		]);
		expect(names('creditNote')).toEqual(['Apply to Invoices', 'Convert to Open', 'Create', 'Delete', 'Email', 'Get', 'Void']);
		expect(names('quote')).toEqual([
			'Add Comment', 'Bulk Export', 'Bulk Print', 'Create', 'Delete', 'Delete Comment', 'Email', 'Email Multiple', 'Get', 'Get Email Content',
			'Get Many', 'List Comments', 'List Templates', 'Mark as Accepted', 'Mark as Declined', 'Mark as Sent', 'Update', 'Update Comment', 'Update Template',
		]);
		for (const resource of ['invoice', 'creditNote', 'quote']) {
			for (const op of operationsOf(resource)) {
				expect([resource, op.value, op.routing.send.paginate]).toEqual([resource, op.value, true]);
				expect(op.action).toMatch(/^[A-Z]/);
				expect(op.description).toMatch(/^[A-Z][^\n]{9,69}$/); // one short line
			}
		}
		expect(description.properties.find((p) => p.name === 'resource').options.map((o) => o.value)).toEqual(
			expect.arrayContaining(['invoice', 'creditNote', 'quote']),
		);
		const searches = Object.keys((await loadPackage()).nodeTypes.zohoBilling.type.methods.listSearch);
		expect(searches).toEqual(expect.arrayContaining(['searchInvoices', 'searchQuotes', 'searchQuoteComments', 'searchQuoteTemplates', 'searchCustomers', 'searchSubscriptions']));
	});
});

/* ================================================================================================
 * Pickers (list searches)
 * ============================================================================================== */

describe('Zoho Billing: document pickers', () => {
	/** Calls a list search with n8n-core's real load-options context; `parameters` are the node's as the editor stores them. */
	const search = async (method, filter, token, parameters = {}) =>
		(await nodeTypeOf('zohoBilling')).methods.listSearch[method].call(await listSearchContext({ type: 'zohoBilling', credentials, parameters }), filter, token);

	it('searchInvoices pages through Zoho\'s list and filters by number, customer or status', async () => {
		emu.seed('invoices', Array.from({ length: 230 }, (_, i) => ({ invoice_number: `INV-${i}`, customer_name: i === 7 ? 'Zylker' : 'Bowman', status: 'sent' })));
		let page = await search('searchInvoices');
		expect(page.results).toHaveLength(200);
		expect(page.results[0]).toEqual({ name: 'INV-0 – Bowman (sent)', value: expect.stringMatching(/^\d+$/) });
		expect(page.paginationToken).toBe('2');
		page = await search('searchInvoices', undefined, page.paginationToken);
		expect(page.results).toHaveLength(30);
		expect(page.paginationToken).toBeUndefined();
		page = await search('searchInvoices', 'zyl');
		expect(page.results.map((r) => r.name)).toEqual(['INV-7 – Zylker (sent)']);
		expect(api().map((q) => q.query)).toContainEqual({ page: '1', per_page: '200' });
	});

	it('searchQuotes, searchQuoteTemplates and searchQuoteComments (for the quote chosen in the node)', async () => {
		const quote = await newQuote();
		await run('quote', 'addComment', { quoteId: byId(quote.estimate_id), description: 'Needs a discount' });
		let page = await search('searchQuotes', 'est-0');
		expect(page.results).toEqual([{ name: `EST-00001 – Customer ${CUSTOMER} (draft)`, value: quote.estimate_id }]);
		page = await search('searchQuoteTemplates', 'spread');
		expect(page.results).toEqual([{ name: 'Spreadsheet (spreadsheet)', value: '903000000000144' }]);
		page = await search('searchQuoteComments', 'discount', undefined, { resource: 'quote', operation: 'updateComment', quoteId: fromList(quote.estimate_id) });
		expect(page.results).toEqual([{ name: expect.stringMatching(/^Needs a discount – Piper Owner \(\d{4}-\d{2}-\d{2}\)$/), value: expect.stringMatching(/^\d+$/) }]);
		await expect(search('searchQuoteComments', '', undefined, { resource: 'quote', operation: 'updateComment' })).rejects.toThrow(/Choose the quote first/);
		// a quote ID from an expression is checked before it goes into the path
		emu.clearRequests();
		await expect(search('searchQuoteComments', '', undefined, { resource: 'quote', operation: 'updateComment', quoteId: byId('../1') })).rejects.toThrow(
			'Quote: "../1" is not an ID: IDs have no /, \\, ?, # or %',
		);
		expect(api()).toHaveLength(0);
	});
});
