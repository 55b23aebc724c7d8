'use strict';
// The Zoho Billing Trigger (version 2) with its secret token in a Zoho Billing Webhook credential,
// in a real n8n (`n8n start`) on both lines (2.40.7 and 1.123.69), called over HTTP:
//  - a signed delivery is answered 200 and starts exactly one execution;
//  - the same delivery again (same body, same valid signature) is answered 200 and starts none;
//  - an unsigned or wrongly signed delivery is answered 401 and starts none;
//  - the secret is nowhere in the workflow as n8n exports it, nor in n8n's database files in plain
//    text (the credential is stored encrypted).
// Executions are counted through n8n's REST API (GET /rest/executions, as the owner).

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { ensureN8n, createInstance, freePort } = require('../n8n');

jest.setTimeout(20 * 60_000);

const ROOT = path.resolve(__dirname, '../../..');
const SECRET = 'e2eWebhookCredentialSecret42';
const WEBHOOK_ID = '7d1c2e9a-5b64-4f0e-8a13-2c9f4b6d8e02';
const HOOK = `${WEBHOOK_ID}/webhook`;
const WORKFLOW = 'wfZohoHookCred01';
const CREDENTIAL = { id: 'credZohoHook0001', name: 'Zoho Billing webhook secret' };

const sign = (text, secret = SECRET) => crypto.createHmac('sha256', secret).update(text).digest('hex');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The workflow's executions (id, status), oldest first. */
async function executionsOf(server) {
	const list = await server.rest('GET', `/rest/executions?limit=100&filter=${encodeURIComponent(JSON.stringify({ workflowId: WORKFLOW }))}`);
	if (list.status !== 200) throw new Error(`GET /rest/executions: HTTP ${list.status} ${list.text.slice(0, 300)}`);
	return [...list.body.data.results].sort((a, b) => Number(a.id) - Number(b.id)).map((e) => ({ id: e.id, status: e.status }));
}

/** Waits until `count` executions have finished, then a little longer to see that no more come. */
async function settledExecutions(server, count, { timeoutMs = 60_000, settleMs = 3000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const current = await executionsOf(server);
		if (current.filter((e) => !['running', 'new', 'waiting'].includes(e.status)).length >= count || Date.now() > deadline) break;
		await sleep(500);
	}
	await sleep(settleMs);
	return await executionsOf(server);
}

describe.each([
	{ line: '2', version: '2.40.7' },
	{ line: '1', version: '1.123.69' },
])('Zoho Billing Trigger with the secret in a credential, n8n $version', ({ line }) => {
	let n8n;
	let server;

	beforeAll(async () => {
		ensureN8n({ line });
		n8n = await createInstance({ packageDir: ROOT, line });
		await n8n.importCredentials([{ ...CREDENTIAL, type: 'zohoBillingWebhookApi', data: { secretToken: SECRET } }]);
		await n8n.importWorkflows([
			{
				id: WORKFLOW,
				name: 'Zoho Billing webhook (credential)',
				nodes: [
					{
						name: 'Zoho Billing Trigger',
						type: 'n8n-nodes-subscription-billing.zohoBillingTrigger',
						typeVersion: 2,
						webhookId: WEBHOOK_ID,
						parameters: { events: [] },
						credentials: { zohoBillingWebhookApi: CREDENTIAL },
					},
				],
				connections: {},
			},
		]);
		await n8n.publishWorkflows([WORKFLOW]);
		server = await n8n.start({ port: await freePort() });
		await server.setupOwner();
	});

	afterAll(async () => {
		if (server) await server.stop();
		if (n8n) await n8n.cleanup();
	});

	it('a signed delivery starts one execution; its replay none; an unsigned or wrongly signed one none', async () => {
		const post = (body, headers = {}) => server.webhook(HOOK, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
		const body = JSON.stringify({
			event_id: '2000000066601',
			event_type: 'payment_declined',
			event_time: '2026-01-02T10:00:00-0800',
			payload: JSON.stringify({ event_id: '2000000066601', data: { payment: { payment_id: '90355' } } }),
		});

		const signed = await post(body, { 'x-zoho-webhook-signature': sign(body) });
		expect(signed.status).toBe(200);
		let executions = await settledExecutions(server, 1);
		expect(executions.map((e) => e.status)).toEqual(['success']);

		// the same delivery again: Zoho's retry, or someone who captured it
		const replay = await post(body, { 'x-zoho-webhook-signature': sign(body) });
		expect(replay.status).toBe(200);
		expect(replay.body).toEqual({ received: true, ignored: expect.stringMatching(/^event 2000000066601 was already received at /) });

		const unsigned = await post(JSON.stringify({ event_id: '2000000066602', event_type: 'payment_declined' }));
		expect([unsigned.status, unsigned.body]).toEqual([401, { message: 'Missing X-Zoho-Webhook-Signature' }]);
		const other = JSON.stringify({ event_id: '2000000066603', event_type: 'payment_declined' });
		const wrong = await post(other, { 'x-zoho-webhook-signature': sign(other, 'notTheSecret000001') });
		expect([wrong.status, wrong.body]).toEqual([401, { message: 'Invalid X-Zoho-Webhook-Signature' }]);

		executions = await settledExecutions(server, 1);
		expect(executions).toHaveLength(1);
	});

	it('the secret is not in the exported workflow, nor in plain text in n8n\'s database', async () => {
		await server.stop();
		server = undefined;
		const file = path.join(n8n.dir, `export-${process.pid}.json`);
		await n8n.cli(['export:workflow', `--id=${WORKFLOW}`, `--output=${file}`]);
		const exported = fs.readFileSync(file, 'utf8');
		fs.rmSync(file, { force: true });
		expect(exported).toContain('zohoBillingWebhookApi');
		expect(exported).not.toContain(SECRET);
		const dbFiles = fs.readdirSync(path.join(n8n.dir, '.n8n')).filter((f) => f.startsWith('database.sqlite'));
		expect(dbFiles.length).toBeGreaterThan(0);
		for (const f of dbFiles) expect(fs.readFileSync(path.join(n8n.dir, '.n8n', f)).includes(Buffer.from(SECRET))).toBe(false);
	});
});
