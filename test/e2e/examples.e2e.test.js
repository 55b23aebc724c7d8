'use strict';
// Every workflow in examples/ in a real n8n 2.40.7, against the provider emulators.
//
// 1. The files are imported as shipped, all at once, with the command docs/examples.md gives
//    (`n8n import:workflow --separate --input=examples/`), and checked: fixed ids, credentials by
//    placeholder id, a sticky note, only n8n's built-in nodes and ours, every type known to n8n.
// 2. The test then does what a user does after importing: credentials with the examples'
//    placeholder ids (pointing at the emulators), and the few fields the sticky notes say to change
//    (the CSV file path, the chat webhook URL, the Hyperaze product). Nothing else is touched: every
//    trigger stays as shipped.
// (test/e2e/sandbox.e2e.test.js runs the same examples against the sandbox of `npm run dev`.)
// 3. Each workflow runs the way it runs for a user:
//    - started from its own trigger by n8n's manual run (POST /rest/workflows/:id/run with
//      triggerToStartFrom), which is what the editor's "Execute workflow" button does: the Schedule
//      Trigger emits one item, the Zoho Billing Events Trigger fetches its test event (the newest
//      matching event), the Manual Trigger starts. `n8n execute` (the CLI) cannot be used for these:
//      it starts only from a Manual or Execute Workflow trigger, and it does not load n8n's modules,
//      so the Data table node answers "the module is disabled" there;
//    - the webhook examples published and called over HTTP.
// Executions are read back through the REST API; their data is stored "flatted", parsed with the
// flatted package of n8n's own install.

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { ensureN8n, createInstance, freePort, nodeOutput, runError } = require('./n8n');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, HYPERAZE_IDS } = require('../emulators');
const { zohoTime } = require('../emulators/zoho');
const { addEvent } = require('../emulators/zoho/events');
const { JFW_IDS } = require('../emulators/jframework');
const { HYPERAZE_LICENSE_KEYS } = require('../emulators/hyperaze');

jest.setTimeout(15 * 60_000);

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLES_DIR = path.join(ROOT, 'examples');
const PKG = 'n8n-nodes-subscription-billing';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The placeholder credential references the examples ship with. */
const PLACEHOLDERS = {
	zohoBillingOAuth2Api: { id: 'exampleZohoBilling', name: 'Zoho Billing account' },
	jFrameworkApi: { id: 'exampleJFramework', name: 'JFramework account' },
};
const HYPERAZE_CREDENTIAL = { id: 'exampleHyperaze', name: 'Hyperaze account' };

const EXAMPLES = {
	hyperaze: { file: 'hyperaze-validate-license-webhook.json', id: 'hzLicenseWebhook' },
	zohoSync: { file: 'zoho-sync-new-subscriptions-hourly.json', id: 'zohoSubsSyncHourly' },
	alertWebhook: { file: 'zoho-failed-payment-alert-webhook.json', id: 'zohoPayDeclinedHook' },
	alertPolling: { file: 'zoho-failed-payment-alert-polling.json', id: 'zohoPayDeclinedPoll' },
	licenseReport: { file: 'jframework-nightly-license-report.json', id: 'jfwLicenseReportDay' },
	priceUpdate: { file: 'jframework-bulk-price-update-csv.json', id: 'jfwBulkPriceUpdate' },
};

const load = (file) => JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
const nodeNamed = (wf, name) => {
	const node = wf.nodes.find((n) => n.name === name);
	if (!node) throw new Error(`${wf.id} has no node "${name}"`);
	return node;
};

/** A stand-in for a chat's incoming webhook (Slack, Mattermost …): records what it is sent. */
async function startChatHook() {
	const messages = [];
	const srv = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			let body = text;
			try { body = JSON.parse(text); } catch { /* kept as text */ }
			messages.push({ method: req.method, url: req.url, headers: req.headers, body });
			res.writeHead(200, { 'content-type': 'text/plain' });
			res.end('ok');
		});
	});
	await new Promise((r) => srv.listen(0, '127.0.0.1', r));
	return {
		url: `http://127.0.0.1:${srv.address().port}/services/T000/B000/chat-hook`,
		messages,
		async waitFor(count, timeoutMs = 30_000) {
			const deadline = Date.now() + timeoutMs;
			while (messages.length < count && Date.now() < deadline) await sleep(100);
			return messages;
		},
		close: () => new Promise((r) => srv.close(r)),
	};
}

/** Parses execution data as the REST API returns it (a flatted string in 2.x). */
function parseExecutionData(n8n, data) {
	if (typeof data !== 'string') return data;
	const flatted = require(require.resolve('flatted', { paths: [n8n.n8nDir, path.join(n8n.n8nDir, 'node_modules', 'n8n')] }));
	return flatted.parse(data);
}

/** One execution by id, once it has finished: { id, mode, status, run } (run as nodeOutput/runError take it). */
async function finishedExecution(n8n, server, id, { timeoutMs = 90_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const r = await server.rest('GET', `/rest/executions/${id}`);
		const e = r.body && r.body.data;
		if (r.status === 200 && e && !['new', 'running', 'waiting'].includes(e.status) && e.data) {
			return { id, mode: e.mode, status: e.status, run: { data: parseExecutionData(n8n, e.data) } };
		}
		if (Date.now() > deadline) throw new Error(`execution ${id} did not finish within ${timeoutMs} ms (last: HTTP ${r.status} ${r.text.slice(0, 300)})`);
		await sleep(250);
	}
}

/** What the editor's "Execute workflow" does: a manual run from the given trigger; resolves the finished execution. */
async function runFromTrigger(n8n, server, workflowId, triggerName) {
	const r = await server.rest('POST', `/rest/workflows/${workflowId}/run`, { triggerToStartFrom: { name: triggerName } });
	const executionId = r.body && r.body.data && r.body.data.executionId;
	if (r.status !== 200 || !executionId) throw new Error(`manual run of ${workflowId}: HTTP ${r.status} ${r.text.slice(0, 500)}`);
	return await finishedExecution(n8n, server, executionId);
}

/** Executions of a workflow (finished or not), oldest first. */
async function executionIdsOf(server, workflowId) {
	const r = await server.rest('GET', `/rest/executions?limit=100&filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
	if (r.status !== 200) throw new Error(`GET /rest/executions: HTTP ${r.status} ${r.text.slice(0, 300)}`);
	return r.body.data.results.map((e) => e.id).sort((a, b) => Number(a) - Number(b));
}

function zohoCredential(emu) {
	return {
		...PLACEHOLDERS.zohoBillingOAuth2Api,
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

/** A declined card payment as Zoho describes it (payment object with its invoices and autotransaction). */
function declinedPayment(n, overrides = {}) {
	return {
		payment_id: `90300000007${n}`,
		payment_mode: 'autotransaction',
		status: 'failure',
		amount: 49 + n,
		date: '2026-01-02',
		customer_id: `90300000001${n}`,
		customer_name: `Customer ${n}`,
		email: `customer${n}@example.test`,
		currency_code: 'USD',
		currency_symbol: '$',
		description: '',
		invoices: [{ invoice_id: `90300000005${n}`, invoice_number: `INV-00004${n}`, amount_applied: 0, balance_amount: 49 + n }],
		autotransaction: { autotransaction_id: `90300000009${n}`, payment_gateway: 'stripe', gateway_error_message: 'Your card was declined.', last_four_digits: '4242' },
		...overrides,
	};
}

describe('examples/ in a real n8n 2.40.7', () => {
	let n8n;
	let zoho;
	let jfw;
	let hyperaze;
	let chat;
	let server;
	let importedAsShipped;
	const shipped = Object.fromEntries(Object.entries(EXAMPLES).map(([k, e]) => [k, load(e.file)]));
	const filesDir = () => path.join(n8n.dir, '.n8n-files'); // n8n 2.x default N8N_RESTRICT_FILE_ACCESS_TO (~/.n8n-files; HOME is the user folder)
	const recent = [];

	beforeAll(async () => {
		ensureN8n();
		[zoho, jfw, hyperaze, chat] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator(), startChatHook()]);

		// Zoho: two old subscriptions, three created an hour ago
		const hourAgo = zohoTime(new Date(Date.now() - 3600_000));
		zoho.seed('subscriptions', [
			{ name: 'Old 1', customer_name: 'Old Customer 1', created_time: '2025-01-01T10:00:00-0700' },
			{ name: 'Old 2', customer_name: 'Old Customer 2', created_time: '2025-03-01T10:00:00-0700' },
		]);
		recent.push(
			...zoho.seed('subscriptions', [
				{ name: 'New 1', customer_name: 'Bowman Furniture', email: 'benjamin@bowman.test', amount: 50, plan_code: 'basic-monthly', created_time: hourAgo },
				{ name: 'New 2', customer_name: 'Ruiz Bakery', email: 'ana@ruiz.test', amount: 120, plan_code: 'pro-monthly', currency_code: 'EUR', created_time: hourAgo },
				{ name: 'New 3', customer_name: 'Kim Labs', email: 'ops@kim.test', amount: 10, status: 'trial', created_time: hourAgo },
			]),
		);

		// JFramework: two live licenses more and a test-mode one (left out of the report)
		jfw.seed('licenses', [
			{ packageId: JFW_IDS.pkgBasic, subscriptionTypeId: JFW_IDS.stMonthly, code: 'BASIC-1111-2222-3333', status: 'Active', amount: 9.99, testMode: false },
			{ packageId: JFW_IDS.pkgPro, subscriptionTypeId: JFW_IDS.stYearly, code: 'PRO-4444-5555-6666', status: 'Active', amount: 290, testMode: false },
			{ packageId: JFW_IDS.pkgPro, subscriptionTypeId: JFW_IDS.stYearly, code: 'PRO-TEST-0000-0000', status: 'Active', amount: 290, testMode: true },
		]);
		// prices with optional fields set, to see that the bulk update keeps them
		jfw.seed('prices', [
			{ id: 'PrTeamMonthly01', packageId: JFW_IDS.pkgPro, subscriptionTypeId: JFW_IDS.stMonthly, code: 'team-monthly', name: 'Team Monthly', amount: 49, currency: 'USD', description: 'For teams', tags: 'team', zOrder: 5, checkoutLink: 'https://shop.example.test/team-monthly' },
			{ id: 'PrTeamYearly001', packageId: JFW_IDS.pkgPro, subscriptionTypeId: JFW_IDS.stYearly, code: 'team-yearly', name: 'Team Yearly', amount: 490, currency: 'USD', description: 'For teams, yearly', tags: 'team', zOrder: 6 },
		]);

		n8n = await createInstance({ packageDir: ROOT });
		fs.mkdirSync(filesDir(), { recursive: true });
		fs.writeFileSync(
			path.join(filesDir(), 'price-updates.csv'),
			[
				'price_id,new_amount,currency',
				`${JFW_IDS.priceBasicMonthly},10.99,`,
				`${JFW_IDS.priceBasicYearly},109,`,
				`${JFW_IDS.priceProMonthly},31.5,`,
				`${JFW_IDS.priceProYearly},315,`,
				'PrTeamMonthly01,55,EUR',
				'PrTeamYearly001,550,',
				'',
			].join('\n'),
		);

		await n8n.importCredentials([
			zohoCredential(zoho),
			{ ...PLACEHOLDERS.jFrameworkApi, type: 'jFrameworkApi', data: { environment: 'custom', baseUrl: `${jfw.url}/api`, brandUrl: 'brand.example.com', authentication: 'authKey', authKey: 'jfw-auth-key' } },
			{ ...HYPERAZE_CREDENTIAL, type: 'hyperazeApi', data: { apiKey: hyperaze.credentials.apiKey, baseUrl: `${hyperaze.url}/api/v1` } },
		]);

		// 1. as shipped, the whole folder in one call (docs/examples.md)
		importedAsShipped = await n8n.cli(['import:workflow', '--separate', `--input=${EXAMPLES_DIR}`]);

		// 2. what the sticky notes tell the user to change, imported over the shipped copies (same ids)
		const configured = JSON.parse(JSON.stringify(shipped));
		for (const key of ['alertWebhook', 'alertPolling']) nodeNamed(configured[key], 'Post to Chat').parameters.url = chat.url;
		nodeNamed(configured.priceUpdate, 'Read CSV File').parameters.fileSelector = path.join(filesDir(), 'price-updates.csv');
		const hz = nodeNamed(configured.hyperaze, 'Validate License Key');
		hz.parameters.productId = { __rl: true, mode: 'id', value: HYPERAZE_IDS.productDemo };
		hz.credentials = { hyperazeApi: HYPERAZE_CREDENTIAL };
		await n8n.importWorkflows(Object.values(configured));
		await n8n.publishWorkflows([EXAMPLES.alertWebhook.id, EXAMPLES.hyperaze.id]);

		server = await n8n.start({ port: await freePort() });
		await server.setupOwner();
	});

	afterAll(async () => {
		if (server) await server.stop();
		if (n8n) await n8n.cleanup();
		await Promise.all([zoho, jfw, hyperaze, chat].filter(Boolean).map((e) => e.close()));
	});

	it('every example imports as shipped (one CLI call for the folder) and is complete: fixed ids, placeholder credentials, a sticky note, known node types only', async () => {
		const files = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.json')).sort();
		expect(files).toEqual(Object.values(EXAMPLES).map((e) => e.file).sort());
		expect(importedAsShipped.stdout + importedAsShipped.stderr).toMatch(new RegExp(`Successfully imported ${files.length} workflows`));

		const types = await server.rest('GET', '/types/nodes.json');
		expect(types.status).toBe(200);
		const known = new Set(types.body.map((t) => t.name));

		const nodeIds = new Set();
		for (const [key, { id }] of Object.entries(EXAMPLES)) {
			const wf = shipped[key];
			expect([key, wf.id]).toEqual([key, id]);
			expect(wf.name).toBeTruthy();
			expect(wf.settings).toMatchObject({ executionOrder: 'v1' });
			expect(wf.nodes.some((n) => n.type === 'n8n-nodes-base.stickyNote' && n.parameters.content.length > 100)).toBe(true);
			for (const node of wf.nodes) {
				expect([wf.id, node.name, node.type]).toEqual([wf.id, node.name, expect.stringMatching(new RegExp(`^(n8n-nodes-base|${PKG})\\.`))]);
				expect([wf.id, node.name, known.has(node.type)]).toEqual([wf.id, node.name, true]);
				expect(node.id).toMatch(/^[0-9a-f-]{36}$/);
				expect(nodeIds.has(node.id)).toBe(false);
				nodeIds.add(node.id);
				for (const [type, ref] of Object.entries(node.credentials || {})) {
					expect([wf.id, node.name, ref]).toEqual([wf.id, node.name, PLACEHOLDERS[type]]);
				}
				// every node of ours that needs a credential references the placeholder (the Hyperaze one is set by the user)
				if (node.type.startsWith(`${PKG}.`) && !/zohoBillingTrigger|hyperaze$/.test(node.type)) {
					expect([wf.id, node.name, Object.keys(node.credentials || {}).length]).toEqual([wf.id, node.name, 1]);
				}
			}
			for (const [from, outputs] of Object.entries(wf.connections)) {
				expect(wf.nodes.some((n) => n.name === from)).toBe(true);
				for (const target of outputs.main.flat()) expect(wf.nodes.some((n) => n.name === target.node)).toBe(true);
			}
		}
	});

	it('Zoho Billing hourly sync: new subscriptions go into the Data table once, older ones and those already there are left out', async () => {
		const { id } = EXAMPLES.zohoSync;
		zoho.clearRequests();
		let e = await runFromTrigger(n8n, server, id, 'Every Hour');
		expect(runError(e.run)).toBeNull();
		expect(e.status).toBe('success');
		expect(nodeOutput(e.run, 'Create Table If Missing')[0]).toMatchObject({ name: 'zoho_subscriptions' });
		expect(nodeOutput(e.run, 'Get Subscriptions')).toHaveLength(5);
		const added = nodeOutput(e.run, 'Add Row');
		expect(added.map((r) => r.subscription_id).sort()).toEqual(recent.map((s) => s.subscription_id).sort());
		const bowman = added.find((r) => r.customer_name === 'Bowman Furniture');
		expect(bowman).toMatchObject({ name: 'New 1', email: 'benjamin@bowman.test', plan_code: 'basic-monthly', amount: 50, status: 'live', currency_code: 'USD' });
		expect(bowman.created_time).toBe(recent[0].created_time);
		expect(added.find((r) => r.customer_name === 'Ruiz Bakery')).toMatchObject({ amount: 120, currency_code: 'EUR' });
		const lists = zoho.findRequests({ method: 'GET', path: '/billing/v1/subscriptions' });
		expect(lists).toHaveLength(1);
		expect(lists[0].query).toMatchObject({ filter_by: 'SubscriptionStatus.All' });

		// the next hour: nothing new, nothing added (the table remembers)
		e = await runFromTrigger(n8n, server, id, 'Every Hour');
		expect(runError(e.run)).toBeNull();
		expect(nodeOutput(e.run, 'Created in the Last 24 Hours')).toHaveLength(3);
		expect(nodeOutput(e.run, 'Not in the Table Yet')).toEqual([]);
		expect(e.run.data.resultData.runData['Add Row']).toBeUndefined();

		// one more subscription: only that one is added
		const [fresh] = zoho.seed('subscriptions', [{ name: 'New 4', customer_name: 'Ng Consulting', created_time: zohoTime(new Date(Date.now() - 60_000)) }]);
		e = await runFromTrigger(n8n, server, id, 'Every Hour');
		expect(runError(e.run)).toBeNull();
		expect(nodeOutput(e.run, 'Add Row').map((r) => r.subscription_id)).toEqual([fresh.subscription_id]);
	});

	it('failed-payment alert (webhook): Zoho\'s payment_declined call posts one chat message; other events post nothing', async () => {
		const before = chat.messages.length;
		const hook = `${nodeNamed(shipped.alertWebhook, 'Zoho Billing Trigger').webhookId}/webhook`;
		const payment = declinedPayment(1);
		const event = {
			event_id: '2000000077701',
			event_type: 'payment_declined',
			event_time: '2026-01-02T10:00:00-0800',
			event_source: 'system',
			payload: JSON.stringify({ event_id: '2000000077701', event_type: 'payment_declined', data: { payment } }),
		};
		const r = await server.webhook(hook, { method: 'POST', body: event });
		expect(r.status).toBe(200);
		const other = await server.webhook(hook, { method: 'POST', body: { event_id: '2000000077702', event_type: 'payment_thankyou', payload: '{}' } });
		expect([other.status, other.body]).toEqual([200, { received: true, ignored: 'event type payment_thankyou is not selected' }]);

		await chat.waitFor(before + 1);
		await sleep(1500); // and no second message
		const sent = chat.messages.slice(before);
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ method: 'POST', url: '/services/T000/B000/chat-hook' });
		expect(sent[0].headers['content-type']).toMatch(/application\/json/);
		expect(sent[0].body).toEqual({
			text: 'Payment declined: Customer 1 (customer1@example.test), USD 50 for invoice INV-000041. Reason: Your card was declined. (Zoho event 2000000077701)',
		});
		const ids = await executionIdsOf(server, EXAMPLES.alertWebhook.id);
		expect(ids).toHaveLength(1);
		const e = await finishedExecution(n8n, server, ids[0]);
		expect(e.mode).toBe('webhook');
		expect(nodeOutput(e.run, 'Compose Alert')[0]).toMatchObject({ event_id: '2000000077701', payment_id: payment.payment_id, customer_name: 'Customer 1', amount: 50 });
	});

	it('failed-payment alert (polling): the trigger is recognized, and "Fetch Test Event" (a manual run) alerts on the newest declined payment', async () => {
		addEvent(zoho, { event_type: 'payment_declined', event_time: zohoTime(new Date(Date.now() - 7200_000)), data: { payment: declinedPayment(2) } });
		addEvent(zoho, { event_type: 'payment_thankyou', event_time: zohoTime(new Date(Date.now() - 120_000)) });
		const newest = addEvent(zoho, {
			event_type: 'payment_declined',
			event_time: zohoTime(new Date(Date.now() - 600_000)),
			data: { payment: declinedPayment(3, { autotransaction: undefined, description: 'Insufficient funds', invoices: [] }) },
		});
		const before = chat.messages.length;
		zoho.clearRequests();
		const e = await runFromTrigger(n8n, server, EXAMPLES.alertPolling.id, 'Zoho Billing Events Trigger');
		expect(runError(e.run)).toBeNull();
		expect(e.mode).toBe('manual');
		const [event] = nodeOutput(e.run, 'Zoho Billing Events Trigger');
		expect(event).toMatchObject({ event_id: newest.event_id, event_type: 'payment_declined' });
		await chat.waitFor(before + 1);
		expect(chat.messages.slice(before).map((m) => m.body)).toEqual([
			{ text: `Payment declined: Customer 3 (customer3@example.test), USD 52. Reason: Insufficient funds (Zoho event ${newest.event_id})` },
		]);
		const polls = zoho.findRequests({ method: 'GET', path: '/billing/v1/events' });
		expect(polls.length).toBeGreaterThanOrEqual(1);
		expect(polls[0].query).toMatchObject({ event_type: 'payment_declined' });
	});

	it('nightly JFramework license report: live licenses counted by package and status, saved in a Data table; a second run the same day updates its rows', async () => {
		jfw.clearRequests();
		let e = await runFromTrigger(n8n, server, EXAMPLES.licenseReport.id, 'Every Night at 2:00');
		expect(runError(e.run)).toBeNull();
		expect(nodeOutput(e.run, 'Create Table If Missing')[0]).toMatchObject({ name: 'jframework_license_report' });
		const licenses = nodeOutput(e.run, 'Get Live Licenses');
		expect(licenses.map((l) => l.code)).not.toContain('PRO-TEST-0000-0000');
		expect(jfw.findRequests({ method: 'GET', path: '/api/v1/licenses' })[0].query).toMatchObject({ testMode: 'false' });

		const rows = nodeOutput(e.run, 'Report Row');
		const today = rows[0].report_date; // n8n's $now (GENERIC_TIMEZONE=UTC), the day the run started
		expect(Math.abs(Date.parse(today) - Date.parse(new Date().toISOString().slice(0, 10)))).toBeLessThanOrEqual(86_400_000);
		const expected = {};
		for (const l of licenses) {
			const k = `${l.packageId}|${l.status}`;
			expected[k] = expected[k] || { report_date: today, package_id: l.packageId, status: l.status, licenses: 0, amount: 0 };
			expected[k].licenses += 1;
			expected[k].amount = Math.round((expected[k].amount + (Number(l.amount) || 0)) * 100) / 100;
		}
		expect(rows).toEqual(expect.arrayContaining(Object.values(expected)));
		expect(rows).toHaveLength(Object.keys(expected).length);
		expect(rows.find((r) => r.package_id === JFW_IDS.pkgPro && r.status === 'Active')).toMatchObject({ licenses: 1, amount: 290 });

		// the rows as the Data table holds them
		const fields = ({ report_date, package_id, status, licenses, amount }) => ({ report_date, package_id, status, licenses, amount });
		const saved = nodeOutput(e.run, 'Save Report Rows');
		expect(saved.map(fields)).toEqual(rows);
		for (const row of saved) expect(row.id).toEqual(expect.any(Number));

		// the same night again (a retry, a manual run): the day's rows are updated, none added
		e = await runFromTrigger(n8n, server, EXAMPLES.licenseReport.id, 'Every Night at 2:00');
		expect(runError(e.run)).toBeNull();
		const again = nodeOutput(e.run, 'Save Report Rows');
		expect(again.map(fields)).toEqual(rows);
		expect(again.map((r) => r.id).sort()).toEqual(saved.map((r) => r.id).sort());
	});

	it('bulk price update from a CSV file: each amount changes, everything else is kept, the requests go at the pace of the rate limit, none refused', async () => {
		const before = Object.fromEntries(jfw.state.prices.all().map((p) => [p.id, { ...p }]));
		jfw.clearRequests();
		// JFramework limits the rate during the run: 8 requests per 4 s window (from the first request),
		// told in the X-RateLimit headers of every answer, and answers 429 beyond it
		jfw.setRateLimit({ limit: 8, windowMs: 4000 });
		let e;
		try {
			e = await runFromTrigger(n8n, server, EXAMPLES.priceUpdate.id, 'Start');
		} finally {
			jfw.setRateLimit(null);
		}
		expect(runError(e.run)).toBeNull();
		expect(e.status).toBe('success');
		expect(nodeOutput(e.run, 'Parse CSV')).toHaveLength(6);
		const updated = nodeOutput(e.run, 'Update Price');
		expect(updated.map((p) => [p.id, p.amount, p.currency])).toEqual([
			[JFW_IDS.priceBasicMonthly, 10.99, before[JFW_IDS.priceBasicMonthly].currency],
			[JFW_IDS.priceBasicYearly, 109, before[JFW_IDS.priceBasicYearly].currency],
			[JFW_IDS.priceProMonthly, 31.5, before[JFW_IDS.priceProMonthly].currency],
			[JFW_IDS.priceProYearly, 315, before[JFW_IDS.priceProYearly].currency],
			['PrTeamMonthly01', 55, 'EUR'],
			['PrTeamYearly001', 550, 'USD'],
		]);
		for (const [id, old] of Object.entries(before)) {
			const now = jfw.state.prices.get(id);
			for (const field of ['packageId', 'subscriptionTypeId', 'code', 'name', 'zOrder']) expect([id, field, now[field]]).toEqual([id, field, old[field]]);
			for (const field of ['description', 'tags', 'checkoutLink']) expect([id, field, now[field] || null]).toEqual([id, field, old[field] || null]);
		}
		expect(jfw.state.prices.get('PrTeamMonthly01')).toMatchObject({ description: 'For teams', tags: 'team', zOrder: 5, checkoutLink: 'https://shop.example.test/team-monthly' });

		// the brand's request budget, read from JFramework's X-RateLimit headers: 6 GETs + 2 PUTs fill the
		// window, the other PUTs wait for its reset; nothing is refused, so every request is sent once
		const gets = jfw.requests.filter((q) => q.method === 'GET' && q.path.startsWith('/api/v1/prices/'));
		const puts = jfw.requests.filter((q) => q.method === 'PUT' && q.path.startsWith('/api/v1/prices/'));
		expect(jfw.requests.filter((q) => q.refused).map((q) => `${q.method} ${q.path}`)).toEqual([]);
		expect([gets.length, new Set(gets.map((q) => q.path)).size]).toEqual([6, 6]);
		expect([puts.length, new Set(puts.map((q) => q.path)).size]).toEqual([6, 6]);
		expect(puts[puts.length - 1].time - gets[0].time).toBeGreaterThanOrEqual(3900);
	});

	it('Hyperaze license check (the existing example): answers the app over HTTP', async () => {
		const post = (body) => server.webhook('hyperaze/validate-license', { method: 'POST', body });
		let r = await post({ license_key: HYPERAZE_LICENSE_KEYS.active, hwid: 'EXAMPLES-PC' });
		expect([r.status, r.body]).toEqual([200, { valid: true, reason: null }]);
		r = await post({ license_key: 'NOT-A-REAL-KEY', hwid: 'EXAMPLES-PC' });
		expect([r.status, r.body]).toEqual([403, { valid: false, reason: 'The license key is invalid.' }]);
	});
});
