'use strict';
const { runNode } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { zohoCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

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

const product = (operation, parameters = {}, extra = {}) =>
	runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation, ...parameters }, credentials, ...extra });
const apiRequests = () => emu.requests.filter((r) => r.path.startsWith('/billing/v1'));

describe('Zoho Billing: Product', () => {
	it('creates a product with the name and additional fields in Zoho\'s body, sending the organization header and the bearer token', async () => {
		const r = await product('create', {
			name: 'PiperHost',
			additionalFields: { description: 'Dedicated hosting', email_ids: 'a@x.test', redirect_url: 'https://x.test/welcome' },
		});
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(1);
		expect(r.items[0]).toMatchObject({ name: 'PiperHost', description: 'Dedicated hosting', status: 'active' });
		expect(r.items[0].product_id).toMatch(/^\d+$/);
		const [req] = apiRequests();
		expect(req).toMatchObject({ method: 'POST', path: '/billing/v1/products' });
		expect(req.body).toEqual({ name: 'PiperHost', description: 'Dedicated hosting', email_ids: 'a@x.test', redirect_url: 'https://x.test/welcome' });
		expect(req.headers['x-com-zoho-subscriptions-organizationid']).toBe('10234695');
		expect(req.headers.authorization).toBe('Bearer zoho-access-token');
	});

	it('round-trips create → get → update → mark inactive → mark active → delete', async () => {
		const created = (await product('create', { name: 'Round Trip' })).items[0];
		const id = created.product_id;

		const got = await product('get', { productId: fromList(id) });
		expect(got.items).toEqual([expect.objectContaining({ product_id: id, name: 'Round Trip' })]);

		const updated = await product('update', { productId: byId(id), name: 'Renamed', updateFields: { description: 'New text' } });
		expect(updated.items[0]).toMatchObject({ product_id: id, name: 'Renamed', description: 'New text' });
		expect(apiRequests().pop()).toMatchObject({ method: 'PUT', path: `/billing/v1/products/${id}`, body: { name: 'Renamed', description: 'New text' } });

		const inactive = await product('markAsInactive', { productId: byId(id) });
		expect(inactive.items).toEqual([{ success: true, message: expect.stringMatching(/inactive/i) }]);
		expect((await product('get', { productId: byId(id) })).items[0].status).toBe('inactive');

		const active = await product('markAsActive', { productId: byId(id) });
		expect(active.items).toEqual([{ success: true, message: expect.stringMatching(/active/i) }]);
		expect((await product('get', { productId: byId(id) })).items[0].status).toBe('active');

		const deleted = await product('delete', { productId: byId(id) });
		expect(deleted.items).toEqual([{ success: true, message: expect.any(String) }]);
		const gone = await product('get', { productId: byId(id) });
		expect(gone.error.message).toBe('Zoho Billing error 404: Product does not exist. (Zoho code 1002)');
		expect(gone.error.description).toMatch(/check the ID/);
	});

	it('Return All reads every page of 200 and stops when has_more_page is false', async () => {
		emu.seed('products', Array.from({ length: 450 }, (_, i) => ({ name: `Bulk ${i}` })));
		const r = await product('getAll', { returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(450);
		expect(r.items.map((p) => p.name)).toEqual(Array.from({ length: 450 }, (_, i) => `Bulk ${i}`));
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200' },
			{ page: '2', per_page: '200' },
			{ page: '3', per_page: '200' },
		]);
	});

	it('Limit fetches only the pages it needs, with the filter', async () => {
		emu.seed('products', Array.from({ length: 450 }, (_, i) => ({ name: `Bulk ${i}` })));
		let r = await product('getAll', { returnAll: false, limit: 250, filters: { filter_by: 'ProductStatus.ACTIVE' } });
		expect(r.items).toHaveLength(250);
		expect(apiRequests().map((q) => q.query)).toEqual([
			{ page: '1', per_page: '200', filter_by: 'ProductStatus.ACTIVE' },
			{ page: '2', per_page: '200', filter_by: 'ProductStatus.ACTIVE' },
		]);
		emu.clearRequests();
		r = await product('getAll', { returnAll: false, limit: 5 });
		expect(r.items).toHaveLength(5);
		expect(apiRequests().map((q) => q.query)).toEqual([{ page: '1', per_page: '5' }]);
	});

	it('pairs every output item with its input item', async () => {
		emu.seed('products', [{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
		const r = await product('getAll', { returnAll: false, limit: 2 }, { items: [{ a: 1 }, { a: 2 }] });
		expect(r.raw.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
	});

	it('an ID that is not one Zoho ID is refused before any request, naming the field, so it can never reach another path', async () => {
		const cases = [
			...['../x', 'a/b', 'a?b', 'a#b', '..%2Fx', '1\\2'].map((id) => [fromList(id), `"${id}" is not an ID: IDs have no /, \\, ?, # or %`]),
			[fromList('.'), '"." is not an ID'],
			[fromList('..'), '".." is not an ID'],
			[fromList('12a'), '"12a" is not a Zoho ID: Zoho IDs are made of digits only'],
			[fromList('1'.repeat(256)), 'is 256 characters long; an ID has at most 255'],
			[byId('={{ "1\\n2" }}'), 'contains a line break or another control character, which no ID has'],
			[byId('={{ ["1", "2"] }}'), 'must be one ID (text or a whole number), got a list'],
			[byId('={{ { id: 1 } }}'), 'must be one ID (text or a whole number), got an object'],
			[byId('={{ true }}'), 'must be one ID (text or a whole number), got true (true/false)'],
			[byId('={{ 1.5 }}'), '1.5 is not an ID: IDs are whole numbers or text'],
		];
		for (const [locator, problem] of cases) {
			const r = await product('get', { productId: locator });
			expect([locator.value, r.error && r.error.message]).toEqual([locator.value, `Product: ${problem}`]);
			expect(r.error.description).toMatch(/Nothing was sent/);
		}
		expect(apiRequests()).toHaveLength(0);
		// a whole number from an expression is an ID
		const [existing] = emu.seed('products', [{ name: 'A' }]);
		const r = await product('get', { productId: byId(`={{ ${existing.product_id} }}`) });
		expect(r.error).toBeNull();
		expect(apiRequests().map((q) => q.path)).toEqual([`/billing/v1/products/${existing.product_id}`]);
	});

	it('a body with code != 0 on HTTP 200 is an error with Zoho\'s words', async () => {
		emu.addFault({ kind: 'zoho-error-200', body: { code: 113022, message: 'The coupon is not associated with the plan.' } });
		const r = await product('getAll', { returnAll: true });
		expect(r.error.message).toBe('Zoho Billing error: The coupon is not associated with the plan. (Zoho code 113022)');
		expect(r.items).toEqual([]);
	});

	it('Zoho\'s validation error names the field; our checks stop bad input before any request', async () => {
		let r = await product('create', { name: 'x', additionalFields: { redirect_url: 'not a url' } });
		expect(r.error.message).toMatch(/^Redirect URL: "not a url" is not a link/);
		expect(apiRequests()).toHaveLength(0);

		r = await product('update', { productId: fromList('   '), name: 'x' });
		expect(r.error.message).toMatch(/^Product: a value is required/);
		r = await product('create', { name: '={{ "" }}' });
		expect(r.error.message).toMatch(/Name/);
		expect(apiRequests()).toHaveLength(0);
	});

	it('continue on fail gives one error item per failed input item, paired to it', async () => {
		const existing = (await product('create', { name: 'Keep' })).items[0].product_id;
		emu.clearRequests();
		const r = await product(
			'get',
			{ productId: fromList('={{ $json.id }}') },
			{ items: [{ id: existing }, { id: '999' }, { id: '' }], continueOnFail: true },
		);
		expect(r.error).toBeNull();
		expect(r.raw).toHaveLength(3);
		expect(r.raw[0].json.product_id).toBe(existing);
		expect(r.raw[1].json.error).toMatch(/404: Product does not exist/);
		expect(r.raw[2].json.error).toMatch(/Product: a value is required/);
		expect(r.raw.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(apiRequests()).toHaveLength(2);
	});

	it('refreshes an expired access token through n8n (once) and stores the new one', async () => {
		emu.seed('products', [{ name: 'A' }]);
		emu.expireTokens();
		const r = await product('getAll', { returnAll: false, limit: 1 });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(1);
		expect(emu.tokenRequests).toHaveLength(1);
		expect(emu.tokenRequests[0]).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'zoho-refresh-token' });
		expect(r.credentialsAfter.zohoBillingOAuth2Api.oauthTokenData.access_token).not.toBe('zoho-access-token');
		assertNoSecrets(r.items);
	});

	it('a refused token gives a message that says to reconnect, and no secret anywhere', async () => {
		credentials = zohoCredentials(emu, { clientSecret: 'wrong-key-123' });
		emu.expireTokens();
		const r = await product('get', { productId: byId('903000000045027') });
		expect(r.error).not.toBeNull();
		expect(`${r.error.message} ${r.error.description}`).toMatch(/Reconnect|credential/i);
		assertNoSecrets(r.error);
		assertNoSecrets(r.run);
	});

	it('an HTML error page becomes a readable error, and a failed write says the outcome is unknown', async () => {
		emu.addFault({ kind: 'html', status: 502 });
		const r = await product('create', { name: 'Maybe' });
		expect(r.error.message).toBe('Zoho Billing answered HTTP 502 with an HTML page titled "502 Bad Gateway"');
		expect(r.error.description).toMatch(/not repeated/);
		expect(apiRequests()).toHaveLength(1);
	});

	it('the organization header comes from the credential and a wrong one is explained', async () => {
		credentials = zohoCredentials(emu, { organizationId: '555' });
		const r = await product('getAll', { returnAll: true });
		expect(r.error.message).toMatch(/^Zoho Billing error 400: .*organization/i);
	});

	it('without api_domain the data centre sets the API base', async () => {
		const { loadPackage } = require('../harness/engine');
		const loader = await loadPackage();
		const node = loader.nodeTypes.zohoBilling.type;
		expect(node.description.requestDefaults.baseURL).toContain('"https://www.zohoapis." + $credentials.dataCenter');
		const cred = loader.credentialTypes.zohoBillingOAuth2Api.type;
		const byName = Object.fromEntries(cred.properties.map((p) => [p.name, p]));
		expect(byName.dataCenter.options.map((o) => o.value).sort()).toEqual(['ca', 'com', 'com.au', 'com.cn', 'eu', 'in', 'jp', 'sa']);
		expect(byName.authQueryParameters.default).toBe('access_type=offline&prompt=consent');
		expect(byName.authentication.default).toBe('body');
		expect(byName.scope.default).toBe('ZohoSubscriptions.fullaccess.all');
	});
});
