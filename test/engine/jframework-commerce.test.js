'use strict';
/** JFramework node: payments, invoices (including the file download), coupons and wallets. */
const { runNode } = require('../harness/engine');
const { startJFrameworkEmulator, JFW_IDS } = require('../emulators');
const { jframeworkCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

let emu;
let credentials;
beforeAll(async () => {
	emu = await startJFrameworkEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	credentials = jframeworkCredentials(emu);
});

const run = (resource, operation, parameters = {}, extra = {}) =>
	runNode({ type: 'jFramework', parameters: { resource, operation, ...parameters }, credentials, ...extra });

function sent() {
	expect(emu.requests).toHaveLength(1);
	return emu.requests[0];
}

const EMPTY = '={{ "" }}';

describe('Payment', () => {
	it('Get Many: paged, every filter as a query parameter, date range checked first', async () => {
		let r = await run('payment', 'getAll', {
			returnAll: true,
			filters: {
				createdDateFrom: '2025-01-15T00:00:00Z',
				createdDateTo: '2025-03-01T00:00:00Z',
				status: 'Pending',
				currencyCode: 'USD',
				priceId: fromList(JFW_IDS.priceProMonthly),
				userId: JFW_IDS.userOwner,
				testMode: false,
				keywords: 'PAY',
				paymentType: 'Checkout',
				referralUserCode: '',
				code: 'PAY-0002',
				appIntegrationPaymentGatewayId: '',
			},
			sort: { sortDataField: 'createdDate', sortOrder: 'desc' },
		});
		expect(r.error).toBeNull();
		expect(sent().query).toMatchObject({
			createdDateFrom: '2025-01-15T00:00:00Z',
			createdDateTo: '2025-03-01T00:00:00Z',
			status: 'Pending',
			currencyCode: 'USD',
			priceId: JFW_IDS.priceProMonthly,
			userId: JFW_IDS.userOwner,
			testMode: 'false',
			keywords: 'PAY',
			code: 'PAY-0002',
			sortDataField: 'createdDate',
			sortOrder: 'desc',
			pageNumber: '0',
			pageSize: '200',
		});
		emu.clearRequests();
		r = await run('payment', 'getAll', { returnAll: true, filters: { createdDateFrom: '2025-03-01', createdDateTo: '2025-01-01' } });
		expect(r.error.message).toMatch(/^Created To: must be after Created From/);
		r = await run('payment', 'getAll', { returnAll: true, filters: { currencyCode: 'XXX1' } });
		expect(r.error.message).toMatch(/^Currency: "XXX1" is not an ISO 4217/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Get Many: Return All across pages, Limit stops early', async () => {
		emu.seed('payments', 398);
		let r = await run('payment', 'getAll', { returnAll: true });
		expect(r.items).toHaveLength(400);
		expect(emu.requests.map((q) => q.query.pageNumber)).toEqual(['0', '1']);
		emu.clearRequests();
		r = await run('payment', 'getAll', { returnAll: false, limit: 3 });
		expect(r.items).toHaveLength(3);
		expect(emu.requests).toHaveLength(1);
	});

	it('Get outputs the payment with its user, price and package', async () => {
		const r = await run('payment', 'get', { paymentId: fromList(JFW_IDS.paymentCompleted) });
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.paymentCompleted, status: 'Completed', price: { id: JFW_IDS.priceBasicMonthly }, package: { id: JFW_IDS.pkgBasic } });
		expect(sent()).toMatchObject({ method: 'GET', path: `/api/v1/payments/${JFW_IDS.paymentCompleted}` });
	});

	it('Generate Checkout Link posts with appIntegrationId as an optional query parameter and outputs { checkoutLink }', async () => {
		let r = await run('payment', 'generateCheckoutLink', { paymentId: byId(JFW_IDS.paymentPending), additionalFields: { appIntegrationId: 'app-stripe' } });
		expect(r.items).toEqual([{ checkoutLink: 'https://checkout.example.test/payments/PAY-0002?app=app-stripe' }]);
		expect(sent()).toMatchObject({ method: 'POST', path: `/api/v1/payments/${JFW_IDS.paymentPending}/generate-checkout-link`, query: { appIntegrationId: 'app-stripe' }, body: null });
		emu.clearRequests();
		r = await run('payment', 'generateCheckoutLink', { paymentId: byId(JFW_IDS.paymentCompleted) });
		expect(r.error.message).toMatch(/^JFramework error 400: .* \(JFramework code PaymentAlreadyCompleted\)$/);
		expect(emu.requests[0].query).toEqual({});
	});

	it('Get Sales Dashboard outputs the totals, for test mode when asked', async () => {
		let r = await run('payment', 'getDashboard');
		expect(r.items).toEqual([{ totalSells: 1, totalRevenue: 9.99, dailySells: 0, dailyRevenue: 0 }]);
		expect(sent()).toMatchObject({ method: 'GET', path: '/api/v1/payments/dashboard', query: {} });
		emu.clearRequests();
		r = await run('payment', 'getDashboard', { options: { testMode: true } });
		expect(r.items).toEqual([{ totalSells: 0, totalRevenue: 0, dailySells: 0, dailyRevenue: 0 }]);
		expect(sent().query).toEqual({ testMode: 'true' });
	});
});

describe('Invoice', () => {
	it('Download puts the file, bytes intact, into the named binary property with a file name and MIME type', async () => {
		const r = await run('invoice', 'download', { invoiceId: fromList(JFW_IDS.invoicePaid), binaryPropertyName: 'invoicePdf' });
		expect(r.error).toBeNull();
		const req = sent();
		expect(req).toMatchObject({ method: 'POST', path: `/api/v1/invoices/${JFW_IDS.invoicePaid}/download`, body: null });
		expect(req.headers['auth-key']).toBe('jfw-auth-key');
		const [item] = r.raw;
		expect(item.json).toEqual({ invoiceId: JFW_IDS.invoicePaid, fileName: 'INV-0001.pdf', mimeType: 'application/pdf', fileSize: expect.any(Number), binaryProperty: 'invoicePdf' });
		const binary = item.binary.invoicePdf;
		expect(binary).toMatchObject({ fileName: 'INV-0001.pdf', mimeType: 'application/pdf', fileExtension: 'pdf' });
		const bytes = Buffer.from(binary.data, 'base64');
		expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
		// the binary comment line of a PDF (bytes above 0x7f and a NUL) arrives unchanged
		expect([...bytes.subarray(10, 18)]).toEqual([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0xff, 0x80]);
		expect(item.json.fileSize).toBe(bytes.length);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	it('without Content-Disposition the file is named after the invoice ID', async () => {
		emu.addFault({ kind: 'status', status: 200, headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.7 minimal' });
		let r = await run('invoice', 'download', { invoiceId: byId('Iv 42:é'), binaryPropertyName: 'data' });
		expect(r.raw[0].binary.data).toMatchObject({ fileName: 'invoice-Iv_42_.pdf', mimeType: 'application/pdf' });
		expect(emu.requests[0].path).toBe('/api/v1/invoices/Iv%2042%3A%C3%A9/download');
		emu.clearRequests();
		r = await run('invoice', 'download', { invoiceId: byId('Iv/42'), binaryPropertyName: 'data' });
		expect(r.error.message).toBe('Invoice: "Iv/42" is not an ID: IDs have no /, \\, ?, # or %');
		expect(emu.requests).toHaveLength(0);
	});

	it('an unknown invoice is JFramework\'s 404 (read from the binary answer); success:false on HTTP 200 is an error too', async () => {
		let r = await run('invoice', 'download', { invoiceId: byId('nope'), binaryPropertyName: 'data' });
		expect(r.error.message).toMatch(/^JFramework error 404: The invoice was not found\. \(correlation ID [0-9a-f-]+\)$/);
		expect(r.error.message).not.toMatch(/InvoiceNotFound/);
		expect(r.error.description).toMatch(/^JFramework code InvoiceNotFound\. /);
		emu.addFault({ kind: 'jfw-success-false', body: { errors: [{ code: 'InvoiceNotReady', message: 'The invoice is not ready.', correlationId: 'c-7' }] } });
		r = await run('invoice', 'download', { invoiceId: byId(JFW_IDS.invoicePaid), binaryPropertyName: 'data' });
		expect(r.error.message).toBe('JFramework error 200: The invoice is not ready. (correlation ID c-7) (JFramework code InvoiceNotReady)');
		r = await run('invoice', 'download', { invoiceId: byId(JFW_IDS.invoicePaid), binaryPropertyName: EMPTY });
		expect(r.error.message).toMatch(/^Put Output File in Field: a value is required/);
	});

	it('Get Many defaults to the current user\'s invoices; filters and paging', async () => {
		emu.seed('invoices', [{ userId: JFW_IDS.userBuyer, code: 'INV-B1' }]);
		let r = await run('invoice', 'getAll', { returnAll: true });
		expect(r.items.map((i) => i.code)).toEqual(['INV-0001', 'INV-0002']);
		expect(sent().query).toEqual({ pageNumber: '0', pageSize: '200' });
		emu.clearRequests();
		r = await run('invoice', 'getAll', {
			returnAll: true,
			filters: { status: 'Unpaid', userId: JFW_IDS.userOwner, packageId: fromList(JFW_IDS.pkgPro), invoiceDate: '2025-02-01', type: 'Post' },
		});
		expect(sent().query).toEqual({
			status: 'Unpaid',
			userId: JFW_IDS.userOwner,
			packageId: JFW_IDS.pkgPro,
			invoiceDate: '2025-02-01',
			type: 'Post',
			pageNumber: '0',
			pageSize: '200',
		});
		emu.clearRequests();
		r = await run('invoice', 'getAll', { returnAll: true, filters: { overdueDate: 'tomorrow' } });
		expect(r.error.message).toMatch(/^Overdue Date: "tomorrow" is not a date/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Get and Delete', async () => {
		let r = await run('invoice', 'get', { invoiceId: fromList(JFW_IDS.invoiceUnpaid) });
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.invoiceUnpaid, status: 'Unpaid', payment: { id: JFW_IDS.paymentPending } });
		emu.clearRequests();
		r = await run('invoice', 'delete', { invoiceId: fromList(JFW_IDS.invoiceUnpaid) });
		expect(r.items).toEqual([{ invoiceId: JFW_IDS.invoiceUnpaid, deleted: true }]);
		expect(sent()).toMatchObject({ method: 'DELETE', path: `/api/v1/invoices/${JFW_IDS.invoiceUnpaid}` });
	});
});

describe('Coupon', () => {
	const couponParams = (overrides = {}) => ({ name: 'Summer', code: 'SUMMER15', startDate: '2026-06-01', endDate: '2026-09-01', ...overrides });

	it('Create posts the required fields and the optional ones set', async () => {
		const r = await run('coupon', 'create', couponParams({ additionalFields: { percentage: 15, quantity: 50, autoApplyToPrice: true } }));
		expect(r.items[0]).toMatchObject({ code: 'SUMMER15', percentage: 15, quantity: 50, autoApplyToPrice: true, status: 'Active' });
		expect(sent()).toMatchObject({
			method: 'POST',
			path: '/api/v1/coupons',
			body: { name: 'Summer', code: 'SUMMER15', startDate: '2026-06-01', endDate: '2026-09-01', percentage: 15, quantity: 50, autoApplyToPrice: true },
		});
	});

	it('Create stops bad dates, percentages and quantities before any request', async () => {
		for (const [overrides, message] of [
			[{ endDate: '2026-05-01' }, /^End Date: must be after Start Date/],
			[{ startDate: '06/01/2026' }, /^Start Date: "06\/01\/2026" is not a date/],
			[{ additionalFields: { percentage: 0 } }, /^Percentage: must be a number more than 0 and at most 100/],
			[{ additionalFields: { percentage: 120 } }, /^Percentage: must be a number more than 0 and at most 100/],
			[{ additionalFields: { quantity: -2 } }, /^Quantity: must be a whole number of 0 or more/],
		]) {
			const r = await run('coupon', 'create', couponParams(overrides));
			expect(r.error.message).toMatch(message);
		}
		expect(emu.requests).toHaveLength(0);
	});

	it('Update is a replacement: unset optional fields are cleared; a duplicate code is a 409', async () => {
		let r = await run('coupon', 'update', { couponId: fromList(JFW_IDS.couponSpring), ...couponParams({ code: 'SPRING20', additionalFields: undefined, updateFields: { percentage: 25 } }) });
		expect(r.items[0]).toMatchObject({ id: JFW_IDS.couponSpring, percentage: 25, quantity: null });
		expect(sent()).toMatchObject({ method: 'PUT', path: `/api/v1/coupons/${JFW_IDS.couponSpring}` });
		expect(Object.keys(emu.requests[0].body).sort()).toEqual(['code', 'endDate', 'name', 'percentage', 'startDate']);
		emu.clearRequests();
		r = await run('coupon', 'update', { couponId: fromList(JFW_IDS.couponSpring), ...couponParams({ code: 'OLD10' }) });
		expect(r.error.message).toMatch(/^JFramework error 409: .* \(JFramework code CouponCodeAlreadyExists\)$/);
	});

	it('Get, Delete and Get Many (paged, filters)', async () => {
		let r = await run('coupon', 'get', { couponId: fromList(JFW_IDS.couponExpired) });
		expect(r.items[0]).toMatchObject({ code: 'OLD10', status: 'Expired' });
		emu.clearRequests();
		r = await run('coupon', 'getAll', { returnAll: true, filters: { status: 'Active', keywords: 'spring', autoApplyToPrice: false } });
		expect(r.items.map((c) => c.id)).toEqual([JFW_IDS.couponSpring]);
		expect(sent().query).toEqual({ status: 'Active', keywords: 'spring', autoApplyToPrice: 'false', pageNumber: '0', pageSize: '200' });
		emu.seed('coupons', 250);
		emu.clearRequests();
		r = await run('coupon', 'getAll', { returnAll: true });
		expect(r.items).toHaveLength(252);
		expect(emu.requests).toHaveLength(2);
		emu.clearRequests();
		r = await run('coupon', 'delete', { couponId: byId(JFW_IDS.couponExpired) });
		expect(r.items).toEqual([{ couponId: JFW_IDS.couponExpired, deleted: true }]);
		expect(sent()).toMatchObject({ method: 'DELETE', path: `/api/v1/coupons/${JFW_IDS.couponExpired}` });
	});
});

describe('Wallet', () => {
	it('Get Many lists the current user\'s wallets (plain array; filters; Limit applied by the node)', async () => {
		let r = await run('wallet', 'getAll', { returnAll: true });
		expect(r.items.map((w) => [w.id, w.currencyCode, w.amount])).toEqual([
			[JFW_IDS.walletUsd, 'USD', 100],
			[JFW_IDS.walletEur, 'EUR', 50],
		]);
		expect(sent()).toMatchObject({ method: 'GET', path: '/api/v1/wallets', query: {} });
		emu.clearRequests();
		r = await run('wallet', 'getAll', { returnAll: false, limit: 1, filters: { currencyCode: 'EUR', testMode: false } });
		expect(r.items.map((w) => w.id)).toEqual([JFW_IDS.walletEur]);
		expect(sent().query).toEqual({ currencyCode: 'EUR', testMode: 'false' });
		emu.clearRequests();
		r = await run('wallet', 'getAll', { returnAll: false, limit: 1 });
		expect(r.items).toHaveLength(1);
		expect(sent().query).toEqual({});
	});

	it('Create posts to /wallets/{currencyCode} with testMode as a query parameter', async () => {
		let r = await run('wallet', 'create', { currencyCode: 'GBP', additionalFields: { testMode: true } });
		expect(r.items[0]).toMatchObject({ currencyCode: 'GBP', amount: 0, testMode: true, status: 'Open' });
		expect(sent()).toMatchObject({ method: 'POST', path: '/api/v1/wallets/GBP', query: { testMode: 'true' }, body: null });
		emu.clearRequests();
		r = await run('wallet', 'create', { currencyCode: 'USD' });
		expect(r.error.message).toMatch(/^JFramework error 409: .* \(JFramework code WalletAlreadyExists\)$/);
		emu.clearRequests();
		r = await run('wallet', 'create', { currencyCode: 'Euro' });
		expect(r.error.message).toMatch(/^Currency: "Euro" is not an ISO 4217/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Close PUTs /wallets/{id}/close and outputs { walletId, closed }', async () => {
		let r = await run('wallet', 'close', { walletId: fromList(JFW_IDS.walletEur) });
		expect(r.items).toEqual([{ walletId: JFW_IDS.walletEur, closed: true }]);
		expect(sent()).toMatchObject({ method: 'PUT', path: `/api/v1/wallets/${JFW_IDS.walletEur}/close`, body: null });
		emu.clearRequests();
		r = await run('wallet', 'close', { walletId: fromList(JFW_IDS.walletEur) });
		expect(r.error.message).toMatch(/^JFramework error 400: .* \(JFramework code WalletClosed\)$/);
	});

	it('Create Add Money Checkout Link sends everything as query parameters, no body', async () => {
		let r = await run('wallet', 'createAddMoneyCheckoutLink', {
			currencyCode: 'USD',
			amount: 25.5,
			returnLink: 'https://shop.test/ok',
			cancelLink: 'https://shop.test/no',
			additionalFields: { testMode: true },
		});
		expect(r.items).toEqual([{ currencyCode: 'USD', amount: 25.5, checkoutLink: expect.stringMatching(/^https:\/\/checkout\.example\.test\/wallets\/add-money\?/) }]);
		expect(sent()).toMatchObject({
			method: 'POST',
			path: '/api/v1/wallets/add-money/checkout-link',
			query: { currencyCode: 'USD', amount: '25.5', returnLink: 'https://shop.test/ok', cancelLink: 'https://shop.test/no', testMode: 'true' },
			body: null,
		});
		emu.clearRequests();
		for (const [overrides, message] of [
			[{ amount: 0 }, /^Amount: must be a number greater than 0/],
			[{ currencyCode: 'us dollar' }, /^Currency: "us dollar" is not an ISO 4217/],
			[{ returnLink: 'shop.test/ok' }, /^Return Link: "shop\.test\/ok" is not a link/],
			[{ cancelLink: EMPTY }, /^Cancel Link: a value is required/],
		]) {
			r = await run('wallet', 'createAddMoneyCheckoutLink', { currencyCode: 'USD', amount: 5, returnLink: 'https://a.test', cancelLink: 'https://b.test', ...overrides });
			expect(r.error.message).toMatch(message);
		}
		expect(emu.requests).toHaveLength(0);
	});

	it('Convert posts the two wallets, amount and fee; the balances move', async () => {
		let r = await run('wallet', 'convert', {
			originalWalletId: fromList(JFW_IDS.walletUsd),
			targetWalletId: byId(JFW_IDS.walletEur),
			totalAmount: 11,
			additionalFields: { fee: 1 },
		});
		expect(r.items).toEqual([{ originalWalletId: JFW_IDS.walletUsd, targetWalletId: JFW_IDS.walletEur, totalAmount: 11, converted: true }]);
		expect(sent()).toMatchObject({
			method: 'POST',
			path: '/api/v1/wallets/convert',
			body: { originalWalletId: JFW_IDS.walletUsd, targetWalletId: JFW_IDS.walletEur, totalAmount: 11, fee: 1 },
		});
		expect(emu.state.wallets.get(JFW_IDS.walletUsd).amount).toBe(88);
		expect(emu.state.wallets.get(JFW_IDS.walletEur).amount).toBe(60);
		emu.clearRequests();
		r = await run('wallet', 'convert', { originalWalletId: fromList(JFW_IDS.walletUsd), targetWalletId: byId(JFW_IDS.walletEur), totalAmount: -5 });
		expect(r.error.message).toMatch(/^Amount: must be a number greater than 0/);
		r = await run('wallet', 'convert', { originalWalletId: fromList(JFW_IDS.walletUsd), targetWalletId: byId(JFW_IDS.walletEur), totalAmount: 5, additionalFields: { fee: -1 } });
		expect(r.error.message).toMatch(/^Fee: must be a number of 0 or more/);
		expect(emu.requests).toHaveLength(0);
	});

	it('Apply Redeem Code posts to /wallets/{walletId}/apply-redeem/{redeemCode} (both checked and percent-encoded)', async () => {
		let r = await run('wallet', 'applyRedeemCode', { walletId: fromList(JFW_IDS.walletUsd), redeemCode: 'GIFT-1234' });
		expect(r.items).toEqual([{ walletId: JFW_IDS.walletUsd, redeemCode: 'GIFT-1234', redeemed: true }]);
		expect(sent()).toMatchObject({ method: 'POST', path: `/api/v1/wallets/${JFW_IDS.walletUsd}/apply-redeem/GIFT-1234`, body: null });
		expect(emu.state.wallets.get(JFW_IDS.walletUsd).amount).toBe(125);
		emu.clearRequests();
		r = await run('wallet', 'applyRedeemCode', { walletId: fromList(JFW_IDS.walletUsd), redeemCode: 'USED-0000' });
		expect(r.error.message).toMatch(/^JFramework error 400: .* \(JFramework code RedeemCodeAlreadyUsed\)$/);
		emu.clearRequests();
		r = await run('wallet', 'applyRedeemCode', { walletId: fromList(JFW_IDS.walletUsd), redeemCode: 'a/b c' });
		expect(r.error.message).toBe('Redeem Code: "a/b c" is not an ID: IDs have no /, \\, ?, # or %');
		expect(r.error.description).toMatch(/Nothing was sent/);
		r = await run('wallet', 'applyRedeemCode', { walletId: fromList('../wallets'), redeemCode: 'GIFT-1234' });
		expect(r.error.message).toBe('Wallet: "../wallets" is not an ID: IDs have no /, \\, ?, # or %');
		expect(emu.requests).toHaveLength(0);
		r = await run('wallet', 'applyRedeemCode', { walletId: fromList(JFW_IDS.walletUsd), redeemCode: 'a b+c&d=é:1' });
		expect(r.error.message).toMatch(/^JFramework error 404: [^()]+ \(correlation ID [0-9a-f-]+\)$/);
		expect(r.error.message).not.toMatch(/RedeemCodeNotFound/);
		expect(r.error.description).toMatch(/^JFramework code RedeemCodeNotFound\. /);
		expect(r.error.description).toMatch(/Nothing was changed\.$/);
		expect(emu.requests.map((q) => q.path)).toEqual([`/api/v1/wallets/${JFW_IDS.walletUsd}/apply-redeem/a%20b%2Bc%26d%3D%C3%A9%3A1`]);
	});

	it('Get Histories lists a wallet\'s transactions (paged; filters)', async () => {
		await run('wallet', 'applyRedeemCode', { walletId: fromList(JFW_IDS.walletUsd), redeemCode: 'GIFT-1234' });
		emu.clearRequests();
		let r = await run('wallet', 'getHistories', { walletId: fromList(JFW_IDS.walletUsd), returnAll: true });
		expect(r.items.map((h) => [h.type, h.amount])).toEqual([
			['WalletAddMoney', 100],
			['WalletRedeem', 25],
		]);
		expect(sent()).toMatchObject({ method: 'GET', path: `/api/v1/wallets/${JFW_IDS.walletUsd}/histories`, query: { pageNumber: '0', pageSize: '200' } });
		emu.clearRequests();
		r = await run('wallet', 'getHistories', { walletId: fromList(JFW_IDS.walletUsd), returnAll: false, limit: 10, filters: { type: 'WalletRedeem', status: 'Completed' } });
		expect(r.items).toHaveLength(1);
		expect(sent().query).toEqual({ type: 'WalletRedeem', status: 'Completed', pageNumber: '0', pageSize: '10' });
		emu.seed('walletHistories', 260);
		emu.clearRequests();
		r = await run('wallet', 'getHistories', { walletId: fromList(JFW_IDS.walletUsd), returnAll: true });
		expect(r.items).toHaveLength(262);
		expect(emu.requests.map((q) => q.query.pageNumber)).toEqual(['0', '1']);
	});

	it('another user\'s wallet does not exist for the current user', async () => {
		emu.seed('wallets', [{ id: 'Wlbuyer', userId: JFW_IDS.userBuyer, currencyCode: 'USD', amount: 5 }]);
		const r = await run('wallet', 'close', { walletId: byId('Wlbuyer') });
		// "WalletNotFound" holds no code n8n rewrites: it stays in the headline
		expect(r.error.message).toMatch(/^JFramework error 404: The wallet was not found\. \(correlation ID [0-9a-f-]+\) \(JFramework code WalletNotFound\)$/);
		expect(r.error.description).toMatch(/Nothing was changed\.$/);
		assertNoSecrets(r.error);
	});
});
