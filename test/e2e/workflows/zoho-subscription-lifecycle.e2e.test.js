'use strict';
// A Zoho Billing subscription lifecycle in a real n8n 2.40.7, one workflow run with `n8n execute`:
// create customer → create subscription → add charge → cancel at term end → list invoices →
// download a PDF (binary data).

const path = require('node:path');
const { ensureN8n, createInstance, nodeOutput, runError, chain } = require('../n8n');
const { startZohoEmulator } = require('../../emulators');

jest.setTimeout(15 * 60_000);

const PKG = 'n8n-nodes-subscription-billing';
const REPO = path.resolve(__dirname, '../../..');
const rl = (value, mode = 'id') => ({ __rl: true, mode, value });

describe('Zoho Billing subscription lifecycle in a real n8n', () => {
	let n8n;
	let zoho;

	beforeAll(async () => {
		ensureN8n();
		zoho = await startZohoEmulator();
		const productId = zoho.seed('products', [{ name: 'GatorHost' }])[0].product_id;
		zoho.seed('plans', [{ plan_code: 'basic-monthly', name: 'Basic', product_id: productId, recurring_price: 50, interval: 1, interval_unit: 'months' }]);
		n8n = await createInstance({ packageDir: REPO });
		await n8n.importCredentials([
			{
				id: 'zohoCredLife001',
				name: 'Zoho Billing (emulator)',
				type: 'zohoBillingOAuth2Api',
				data: {
					dataCenter: 'eu',
					organizationId: '10234695',
					clientId: 'zoho-client-id',
					clientSecret: 'zoho-client-secret',
					accessTokenUrl: `${zoho.url}/oauth/v2/token`,
					authUrl: `${zoho.url}/oauth/v2/auth`,
					oauthTokenData: { access_token: 'zoho-access-token', refresh_token: 'zoho-refresh-token', api_domain: zoho.url, token_type: 'Bearer', expires_in: 3600 },
				},
			},
		]);
		const zohoNode = (name, parameters) => ({
			name,
			type: `${PKG}.zohoBilling`,
			typeVersion: 1,
			parameters,
			credentials: { zohoBillingOAuth2Api: { id: 'zohoCredLife001', name: 'Zoho Billing (emulator)' } },
		});
		await n8n.importWorkflows([
			{
				id: 'wfZohoLifecycle',
				name: 'Zoho Billing: subscription lifecycle',
				nodes: [
					{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
					zohoNode('Create Customer', {
						resource: 'customer',
						operation: 'create',
						displayName: 'Bowman Furniture',
						additionalFields: { email: 'benjamin@bowman.test' },
					}),
					zohoNode('Create Subscription', {
						resource: 'subscription',
						operation: 'create',
						customerType: 'existing',
						customerId: rl('={{ $json.customer_id }}'),
						planCode: rl('basic-monthly', 'list'),
					}),
					zohoNode('Add Charge', {
						resource: 'subscription',
						operation: 'addCharge',
						subscriptionId: rl('={{ $json.subscription_id }}'),
						amount: 25,
						additionalFields: { description: 'Setup' },
					}),
					zohoNode('Cancel at Term End', {
						resource: 'subscription',
						operation: 'cancelAtTermEnd',
						subscriptionId: rl("={{ $('Create Subscription').item.json.subscription_id }}"),
					}),
					zohoNode('List Invoices', {
						resource: 'invoice',
						operation: 'getAll',
						returnAll: true,
						filters: { subscriptionId: "={{ $('Create Subscription').item.json.subscription_id }}" },
					}),
					zohoNode('Download PDF', {
						resource: 'invoice',
						operation: 'downloadPdf',
						invoiceId: rl('={{ $json.invoice_id }}'),
						binaryPropertyName: 'invoicePdf',
					}),
				],
				connections: chain('Start', 'Create Customer', 'Create Subscription', 'Add Charge', 'Cancel at Term End', 'List Invoices', 'Download PDF'),
			},
		]);
	});

	afterAll(async () => {
		if (n8n) await n8n.cleanup();
		if (zoho) await zoho.close();
	});

	it('runs the whole lifecycle and ends with the invoices as PDF files', async () => {
		const { code, run } = await n8n.execute('wfZohoLifecycle');
		expect(runError(run)).toBeNull();
		expect(code).toBe(0);
		const [customer] = nodeOutput(run, 'Create Customer');
		expect(customer).toMatchObject({ display_name: 'Bowman Furniture' });
		const [subscription] = nodeOutput(run, 'Create Subscription');
		expect(subscription).toMatchObject({ customer_id: customer.customer_id });
		expect(subscription.plan).toMatchObject({ plan_code: 'basic-monthly' });
		const [charge] = nodeOutput(run, 'Add Charge');
		expect(charge.invoice_id).toBeTruthy();
		const [cancelled] = nodeOutput(run, 'Cancel at Term End');
		expect(cancelled.status).toBe('non_renewing');
		const invoices = nodeOutput(run, 'List Invoices');
		expect(invoices.map((i) => i.invoice_id)).toContain(charge.invoice_id);
		// the PDF of each invoice, as binary data
		const downloads = run.data.resultData.runData['Download PDF'][0].data.main[0];
		expect(downloads).toHaveLength(invoices.length);
		for (const item of downloads) {
			expect(item.binary.invoicePdf).toMatchObject({ mimeType: 'application/pdf' });
			expect(item.binary.invoicePdf.fileName).toMatch(/\.pdf$/);
		}
		const pdfRequests = zoho.requests.filter((q) => q.method === 'GET' && /^\/billing\/v1\/invoices\/\d+$/.test(q.path));
		expect(pdfRequests).toHaveLength(invoices.length);
		expect(pdfRequests.every((q) => /application\/pdf/.test(q.headers.accept) || q.query.accept === 'pdf')).toBe(true);
	});
});
