'use strict';
// The Zoho Billing triggers in a real n8n 2.40.7 (`n8n start`):
//  - the webhook trigger with a secret token, published and called over HTTP: a signed event is
//    answered 200 and starts exactly one execution, an unsigned or wrongly signed one is answered
//    401 and starts none, an event of a type not selected is answered 200 and starts none;
//  - the polling trigger across restarts: the activation poll sets the baseline, events that land
//    while n8n is stopped come out in one execution at the next start, and nothing comes twice.
// Executions are read through n8n's REST API (GET /rest/executions, as the owner), and their data
// (stored "flatted") with the flatted package of n8n's own install.

const crypto = require('node:crypto');
const path = require('node:path');
const { ensureN8n, createInstance, freePort } = require('../n8n');
const { startZohoEmulator } = require('../../emulators');
const { addEvents } = require('../../emulators/zoho/events');

jest.setTimeout(15 * 60_000);

const ROOT = path.resolve(__dirname, '../../..');
const SECRET = 'e2eZohoSecret2024';
const WEBHOOK_ID = '0c6f4f8e-7a35-4d7e-9a51-6b2d1f1e2a01';
const HOOK = `${WEBHOOK_ID}/webhook`;
const WEBHOOK_WORKFLOW = 'wfZohoWebhook01';
const POLL_WORKFLOW = 'wfZohoPolling01';
const CREDENTIAL = { id: 'credZohoBill0001', name: 'Zoho Billing (emulator)' };

const sign = (text, secret = SECRET) => crypto.createHmac('sha256', secret).update(text).digest('hex');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function zohoCredential(emu) {
	return {
		...CREDENTIAL,
		type: 'zohoBillingOAuth2Api',
		data: {
			grantType: 'authorizationCode',
			dataCenter: 'com',
			organizationId: '10234695',
			clientId: 'zoho-client-id',
			clientSecret: 'zoho-client-secret',
			accessTokenUrl: `${emu.url}/oauth/v2/token`,
			authUrl: `${emu.url}/oauth/v2/auth`,
			scope: 'ZohoSubscriptions.fullaccess.all',
			authQueryParameters: 'access_type=offline&prompt=consent',
			authentication: 'body',
			oauthTokenData: { access_token: 'zoho-access-token', refresh_token: 'zoho-refresh-token', api_domain: emu.url, token_type: 'Bearer', expires_in: 3600 },
		},
	};
}

/** Executions of a workflow through the REST API, oldest first, each with its trigger's output items. */
async function executionsOf(n8n, server, workflowId) {
	const flatted = require(require.resolve('flatted', { paths: [n8n.n8nDir, path.join(n8n.n8nDir, 'node_modules', 'n8n')] }));
	const list = await server.rest('GET', `/rest/executions?limit=100&filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	if (list.status !== 200) throw new Error(`GET /rest/executions: HTTP ${list.status} ${list.text.slice(0, 300)}`);
	const results = [...list.body.data.results].sort((a, b) => Number(a.id) - Number(b.id));
	const out = [];
	for (const e of results) {
		const one = await server.rest('GET', `/rest/executions/${e.id}`);
		const data = typeof one.body.data.data === 'string' ? flatted.parse(one.body.data.data) : one.body.data.data;
		const runData = data.resultData.runData;
		const first = Object.values(runData)[0];
		out.push({ id: e.id, status: e.status, mode: e.mode, items: (first?.[0]?.data?.main?.[0] ?? []).map((i) => i.json) });
	}
	return out;
}

/** Waits until the workflow has `count` finished executions, then a little longer to see that no more come. */
async function waitForExecutions(n8n, server, workflowId, count, { timeoutMs = 60_000, settleMs = 3000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	let current = [];
	for (;;) {
		current = await executionsOf(n8n, server, workflowId);
		const finished = current.filter((e) => !['running', 'new', 'waiting'].includes(e.status));
		if (finished.length >= count) break;
		if (Date.now() > deadline) return current;
		await sleep(500);
	}
	await sleep(settleMs);
	return await executionsOf(n8n, server, workflowId);
}

describe('Zoho Billing triggers in a real n8n', () => {
	let n8n;
	let emu;
	let server;

	beforeAll(async () => {
		ensureN8n();
		emu = await startZohoEmulator();
		n8n = await createInstance({ packageDir: ROOT });
		await n8n.importCredentials([zohoCredential(emu)]);
		await n8n.importWorkflows([
			{
				id: WEBHOOK_WORKFLOW,
				name: 'Zoho Billing webhook',
				nodes: [
					{
						name: 'Zoho Billing Trigger',
						type: 'n8n-nodes-subscription-billing.zohoBillingTrigger',
						webhookId: WEBHOOK_ID,
						parameters: { events: ['subscription_created', 'invoice_created'], secretToken: SECRET },
					},
				],
				connections: {},
			},
			{
				id: POLL_WORKFLOW,
				name: 'Zoho Billing events (polling)',
				nodes: [
					{
						name: 'Zoho Billing Events Trigger',
						type: 'n8n-nodes-subscription-billing.zohoBillingEventsTrigger',
						parameters: { pollTimes: { item: [{ mode: 'everyHour' }] }, events: [], options: {} },
						credentials: { zohoBillingOAuth2Api: CREDENTIAL },
					},
				],
				connections: {},
			},
		]);
		await n8n.publishWorkflows([WEBHOOK_WORKFLOW, POLL_WORKFLOW]);
	});

	afterAll(async () => {
		if (server) await server.stop();
		if (n8n) await n8n.cleanup();
		if (emu) await emu.close();
	});

	it('webhook: a signed event → 200 and one execution; unsigned or wrongly signed → 401 and none; an unselected type → 200 and none', async () => {
		server = await n8n.start({ port: await freePort() });
		await server.setupOwner();
		const post = (body, headers = {}, hookPath = HOOK) =>
			server.webhook(hookPath, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

		const body = JSON.stringify({
			event_id: '2000000055501',
			event_type: 'subscription_created',
			event_time: '2026-01-02T10:00:00-0800',
			payload: JSON.stringify({ event_id: '2000000055501', data: { subscription: { subscription_id: '90343' } } }),
		});
		const unsigned = await post(body);
		expect(unsigned.status).toBe(401);
		expect(unsigned.body).toEqual({ message: 'Missing X-Zoho-Webhook-Signature' });
		expect((await post(body, { 'x-zoho-webhook-signature': sign(body, 'not-the-secret-1') })).status).toBe(401);
		expect((await post(body.replace('90343', '90344'), { 'x-zoho-webhook-signature': sign(body) })).status).toBe(401);

		const signed = await post(body, { 'x-zoho-webhook-signature': sign(body) });
		expect(signed.status).toBe(200);

		// query parameters of the URL are part of what Zoho signs (sorted key+value, then the body);
		// another event: a delivery of an event already accepted starts nothing
		const queried = body.replaceAll('2000000055501', '2000000055503');
		const withQuery = await post(queried, { 'x-zoho-webhook-signature': sign(`namebasicsource90343${queried}`).toUpperCase() }, `${HOOK}?source=90343&name=basic`);
		expect(withQuery.status).toBe(200);

		const other = JSON.stringify({ event_id: '2000000055502', event_type: 'card_expired' });
		const ignored = await post(other, { 'x-zoho-webhook-signature': crypto.createHmac('sha256', SECRET).update(other).digest('base64') });
		expect([ignored.status, ignored.body]).toEqual([200, { received: true, ignored: 'event type card_expired is not selected' }]);

		const executions = await waitForExecutions(n8n, server, WEBHOOK_WORKFLOW, 2);
		expect(executions.map((e) => [e.mode, e.status])).toEqual([
			['webhook', 'success'],
			['webhook', 'success'],
		]);
		expect(executions[0].items).toEqual([
			{
				event_id: '2000000055501',
				event_type: 'subscription_created',
				event_time: '2026-01-02T10:00:00-0800',
				payload: { event_id: '2000000055501', data: { subscription: { subscription_id: '90343' } } },
			},
		]);
	});

	it('polling: the activation poll emits no history; events that land while n8n is stopped come once at the next start', async () => {
		// the first start above activated the polling workflow: its activation poll set the baseline
		addEvents(emu, 2, { event_time: '2020-01-01T00:00:00-0700' }); // older than the baseline: never emitted
		expect(await executionsOf(n8n, server, POLL_WORKFLOW)).toEqual([]);
		await server.stop();

		const landed = addEvents(emu, 3, { event_type: 'invoice_created' });
		server = await n8n.start({ port: await freePort() });
		await server.login();
		let executions = await waitForExecutions(n8n, server, POLL_WORKFLOW, 1);
		expect(executions).toHaveLength(1);
		expect(executions[0].status).toBe('success');
		expect(executions[0].items.map((i) => i.event_id)).toEqual(landed.map((e) => e.event_id));
		expect(executions[0].items[0].payload).toMatchObject({ event_type: 'invoice_created' });

		// restarted again with nothing new: the cursor stored with the emission holds, no execution
		await server.stop();
		server = await n8n.start({ port: await freePort() });
		await server.login();
		await sleep(5000);
		executions = await executionsOf(n8n, server, POLL_WORKFLOW);
		expect(executions).toHaveLength(1);
	});
});
