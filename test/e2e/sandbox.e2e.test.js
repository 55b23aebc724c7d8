'use strict';
// The sandbox of `npm run dev` in a real n8n 2.40.7: the emulators with their sandbox data, the
// credentials and the examples set up by scripts/dev.js's own functions (devCredentials,
// sandboxExamples, priceUpdatesCsv, startChatHook), the two webhook examples published, as dev.js
// does. Every example then runs from its own trigger, as a user would run it in the editor, and
// shows results that are there and right: the sync adds the sandbox's new subscriptions, the
// alerts report Bowman Furniture's declined card (the polling one as "Fetch Test Event", the
// webhook one called by scripts/send-zoho-webhook.js, signed), the report counts the live
// licenses, the price update changes the prices of the CSV file, and the license check answers
// for the sandbox's keys. (test/e2e/examples.e2e.test.js checks the examples as shipped.)

const fs = require('node:fs');
const path = require('node:path');
const { execFile } = require('node:child_process');
const { ensureN8n, createInstance, freePort, nodeOutput, runError } = require('./n8n');
const emulators = require('../emulators');
const { devCredentials, sandboxExamples, priceUpdatesCsv, startChatHook, samplesBlock, SANDBOX_WEBHOOK_SECRET } = require('../../scripts/dev');

jest.setTimeout(15 * 60_000);

const ROOT = path.resolve(__dirname, '../..');
const { ZOHO_SANDBOX_IDS: Z, ZOHO_RECENT_SUBSCRIPTIONS, JFW_IDS, JFW_SANDBOX_IDS, HYPERAZE_LICENSE_KEYS: K, HYPERAZE_BOUND_HWID } = emulators;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Parses execution data as the REST API returns it (a flatted string in 2.x). */
function parseExecutionData(n8n, data) {
	if (typeof data !== 'string') return data;
	const flatted = require(require.resolve('flatted', { paths: [n8n.n8nDir, path.join(n8n.n8nDir, 'node_modules', 'n8n')] }));
	return flatted.parse(data);
}

/** What the editor's "Execute workflow" does: a manual run from a trigger; resolves the finished execution. */
async function runFromTrigger(n8n, server, workflowId, triggerName) {
	const r = await server.rest('POST', `/rest/workflows/${workflowId}/run`, { triggerToStartFrom: { name: triggerName } });
	const id = r.body && r.body.data && r.body.data.executionId;
	if (r.status !== 200 || !id) throw new Error(`manual run of ${workflowId}: HTTP ${r.status} ${r.text.slice(0, 500)}`);
	const deadline = Date.now() + 90_000;
	for (;;) {
		const x = await server.rest('GET', `/rest/executions/${id}`);
		const e = x.body && x.body.data;
		if (x.status === 200 && e && !['new', 'running', 'waiting'].includes(e.status) && e.data) {
			return { status: e.status, mode: e.mode, run: { data: parseExecutionData(n8n, e.data) } };
		}
		if (Date.now() > deadline) throw new Error(`execution ${id} did not finish (last: HTTP ${x.status} ${x.text.slice(0, 300)})`);
		await sleep(250);
	}
}

/** Runs scripts/send-zoho-webhook.js; resolves { code, stdout, stderr }. */
function sendWebhook(args, env) {
	return new Promise((resolve) => {
		execFile(process.execPath, [path.join(ROOT, 'scripts', 'send-zoho-webhook.js'), ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) =>
			resolve({ code: err ? err.code : 0, stdout, stderr }),
		);
	});
}

const BOWMAN_ALERT = /^Payment declined: Bowman Furniture \(benjamin@bowman\.test\), USD 49 for invoice INV-000042\. Reason: Your card was declined\. \(Zoho event (\d+)\)$/;

describe('the sandbox of `npm run dev`: every example runs with visible results', () => {
	let n8n;
	let zoho;
	let jfw;
	let hz;
	let chat;
	let server;
	let examples;
	const messages = [];
	const waitForMessages = async (count, timeoutMs = 30_000) => {
		const deadline = Date.now() + timeoutMs;
		while (messages.length < count && Date.now() < deadline) await sleep(100);
		return messages;
	};

	beforeAll(async () => {
		ensureN8n();
		[zoho, jfw, hz, chat] = await Promise.all([
			emulators.startZohoEmulator({ sandbox: true }),
			emulators.startJFrameworkEmulator({ sandbox: true }),
			emulators.startHyperazeEmulator({ sandbox: true }),
			startChatHook({ port: 0, onMessage: (text) => messages.push(text) }),
		]);
		n8n = await createInstance({ packageDir: ROOT });
		const credentials = devCredentials({ zoho, jfw, hz });
		await n8n.importCredentials(credentials);
		const filesDir = path.join(n8n.dir, '.n8n-files'); // ~/.n8n-files (HOME is the user folder), as in dev.js
		fs.mkdirSync(filesDir, { recursive: true });
		fs.writeFileSync(path.join(filesDir, 'price-updates.csv'), priceUpdatesCsv());
		examples = sandboxExamples({ credentials, chatUrl: chat.url, filesDir });
		await n8n.importWorkflows(Object.values(examples));
		await n8n.publishWorkflows([examples.alertWebhook.id, examples.hyperaze.id]);
		server = await n8n.start({ port: await freePort() });
		await server.setupOwner();
	});

	afterAll(async () => {
		if (server) await server.stop();
		if (n8n) await n8n.cleanup();
		await Promise.all([zoho, jfw, hz, chat].filter(Boolean).map((e) => e.close()));
	});

	it('hourly subscription sync: adds the subscriptions created in the last 24 hours to the Data table', async () => {
		const e = await runFromTrigger(n8n, server, examples.zohoSync.id, 'Every Hour');
		expect(runError(e.run)).toBeNull();
		expect(nodeOutput(e.run, 'Get Subscriptions')).toHaveLength(zoho.state.subscriptions.size);
		const added = nodeOutput(e.run, 'Add Row');
		expect(added.map((r) => r.subscription_id).sort()).toEqual([...ZOHO_RECENT_SUBSCRIPTIONS].sort());
		expect(added.find((r) => r.subscription_id === Z.subscriptionRuizNew)).toMatchObject({
			customer_name: 'Ruiz Bakery', email: 'ana@ruiz.test', status: 'live', plan_code: 'basic-yearly', amount: 190, currency_code: 'EUR',
		});
		expect(added.find((r) => r.subscription_id === Z.subscriptionKimTrialNew)).toMatchObject({ customer_name: 'Kim Labs', status: 'trial' });
	});

	it('failed-payment alert (polling): "Fetch Test Event" finds Bowman Furniture\'s declined card and posts the alert', async () => {
		const before = messages.length;
		const e = await runFromTrigger(n8n, server, examples.alertPolling.id, 'Zoho Billing Events Trigger');
		expect(runError(e.run)).toBeNull();
		const [event] = nodeOutput(e.run, 'Zoho Billing Events Trigger');
		const newest = zoho.state.events.filter((x) => x.event_type === 'payment_declined').sort((a, b) => (a.event_time < b.event_time ? 1 : -1))[0];
		expect(event).toMatchObject({ event_id: newest.event_id, event_type: 'payment_declined', payload: { data: { payment: { payment_id: Z.paymentBowmanDeclined } } } });
		const [alert] = nodeOutput(e.run, 'Compose Alert');
		expect(alert).toMatchObject({ payment_id: Z.paymentBowmanDeclined, customer_name: 'Bowman Furniture', amount: 49, event_id: newest.event_id });
		expect(alert.text).toMatch(BOWMAN_ALERT);
		await waitForMessages(before + 1);
		expect(messages.slice(before)).toEqual([alert.text]);
	});

	it('failed-payment alert (webhook): scripts/send-zoho-webhook.js signs the call; the trigger checks it and the alert is posted', async () => {
		const webhookId = examples.alertWebhook.nodes.find((n) => n.name === 'Zoho Billing Trigger').webhookId;
		const hookPath = `${webhookId}/webhook`;
		// published a moment after start: wait until it answers (unsigned: refused, nothing runs)
		const unsigned = await server.webhook(hookPath, { method: 'POST', body: { event_type: 'payment_declined' } });
		expect([unsigned.status, unsigned.body]).toEqual([401, { message: 'Missing X-Zoho-Webhook-Signature' }]);

		const url = `${server.url}/webhook/${hookPath}`;
		// the command dev.js prints, with this instance's URL
		expect(samplesBlock({ editor: 'http://localhost:5678', examples }).join('\n')).toContain(
			`node scripts/send-zoho-webhook.js http://localhost:5678/webhook/${hookPath} ${SANDBOX_WEBHOOK_SECRET} payment_declined --new`,
		);
		const before = messages.length;
		const env = { ZOHO_EMULATOR_URL: zoho.url };
		const wrong = await sendWebhook([url, 'notTheSecret123', 'payment_declined'], env);
		expect(wrong.code).toBe(1);
		expect(wrong.stdout).toMatch(/HTTP 401 \{"message":"Invalid X-Zoho-Webhook-Signature"\}/);
		const other = await sendWebhook([url, SANDBOX_WEBHOOK_SECRET, 'invoice_created'], env);
		expect(other.stdout).toMatch(/HTTP 200 .*"ignored":"event type invoice_created is not selected"/);

		// the newest payment_declined event of the emulator's log, as it is there
		const logged = zoho.state.events.filter((x) => x.event_type === 'payment_declined').sort((a, b) => (a.event_time < b.event_time ? 1 : -1))[0];
		const sent = await sendWebhook([url, SANDBOX_WEBHOOK_SECRET], env);
		expect([sent.code, sent.stderr]).toEqual([0, '']);
		expect(sent.stdout).toContain(`event ${logged.event_id} (payment_declined) from the Zoho emulator at ${zoho.url}`);
		expect(sent.stdout).toMatch(/HTTP 200/);
		await waitForMessages(before + 1);
		expect(messages[before]).toMatch(BOWMAN_ALERT);
		expect(messages[before].match(BOWMAN_ALERT)[1]).toBe(logged.event_id);

		// --new: a new event (in the emulator's log too), with the same payment, alerts again
		const eventsBefore = zoho.state.events.size;
		const fresh = await sendWebhook([url, SANDBOX_WEBHOOK_SECRET, 'payment_declined', '--new'], env);
		expect([fresh.code, fresh.stderr]).toEqual([0, '']);
		expect(zoho.state.events.size).toBe(eventsBefore + 1);
		const landed = zoho.state.events.all().pop();
		expect(landed).toMatchObject({ event_type: 'payment_declined' });
		expect(JSON.parse(landed.payload).data.payment.payment_id).toBe(Z.paymentBowmanDeclined);
		expect(fresh.stdout).toContain(`event ${landed.event_id} (payment_declined)`);
		await waitForMessages(before + 2);
		await sleep(1000); // and nothing more
		expect(messages.slice(before)).toHaveLength(2);
		expect(messages[before + 1].match(BOWMAN_ALERT)[1]).toBe(landed.event_id);

		// without the running emulator, the script takes its event from the sandbox data
		const offline = await sendWebhook([url, SANDBOX_WEBHOOK_SECRET, 'invoice_created'], { ZOHO_EMULATOR_URL: 'http://127.0.0.1:9' });
		expect(offline.code).toBe(0);
		expect(offline.stdout).toMatch(/\(invoice_created\) from the sandbox data/);
		expect(offline.stdout).toMatch(/HTTP 200 .*"ignored":"event type invoice_created is not selected"/);
	});

	it('nightly license report: counts the live licenses of every package and status into the Data table', async () => {
		const e = await runFromTrigger(n8n, server, examples.licenseReport.id, 'Every Night at 2:00');
		expect(runError(e.run)).toBeNull();
		const licenses = nodeOutput(e.run, 'Get Live Licenses');
		expect(licenses.length).toBe(jfw.state.licenses.filter((l) => !l.testMode).length);
		const saved = nodeOutput(e.run, 'Save Report Rows');
		expect(new Set(saved.map((r) => r.package_id))).toEqual(new Set([JFW_IDS.pkgBasic, JFW_IDS.pkgPro, JFW_SANDBOX_IDS.pkgTeam]));
		expect(new Set(saved.map((r) => r.status))).toEqual(new Set(['Active', 'Used', 'Expired', 'Inactive', 'NotStarted']));
		expect(saved.reduce((n, r) => n + r.licenses, 0)).toBe(licenses.length);
		expect(saved.find((r) => r.package_id === JFW_SANDBOX_IDS.pkgTeam && r.status === 'Used')).toMatchObject({ licenses: 1, amount: 790 });
	});

	it('bulk price update: the prices of the sandbox\'s CSV file get their new amounts', async () => {
		const e = await runFromTrigger(n8n, server, examples.priceUpdate.id, 'Start');
		expect(runError(e.run)).toBeNull();
		expect(nodeOutput(e.run, 'Update Price').map((p) => [p.id, p.amount, p.currency])).toEqual([
			[JFW_IDS.priceBasicMonthly, 10.99, 'USD'],
			[JFW_IDS.priceProYearly, 299, 'USD'],
			[JFW_SANDBOX_IDS.priceTeamMonthly, 75, 'EUR'],
		]);
		expect(jfw.state.prices.get(JFW_SANDBOX_IDS.priceTeamMonthly)).toMatchObject({ amount: 75, currency: 'EUR', name: 'Team Monthly', description: 'Team, billed monthly' });
	});

	it('license check: answers for the sandbox keys (the curl line dev.js prints)', async () => {
		const post = (body) => server.webhook('hyperaze/validate-license', { method: 'POST', body });
		expect(samplesBlock({ editor: 'http://localhost:5678', examples }).join('\n')).toContain(`"license_key":"${K.bound}","hwid":"${HYPERAZE_BOUND_HWID}"`);
		let r = await post({ license_key: K.bound, hwid: HYPERAZE_BOUND_HWID });
		expect([r.status, r.body]).toEqual([200, { valid: true, reason: null }]);
		r = await post({ license_key: K.bound, hwid: 'ANOTHER-PC' });
		expect([r.status, r.body.valid]).toEqual([403, false]);
		r = await post({ license_key: K.cancelled, hwid: 'ANY-PC' });
		expect([r.status, r.body.valid]).toEqual([403, false]);
		r = await post({ license_key: K.active, hwid: 'FIRST-PC' });
		expect([r.status, r.body]).toEqual([200, { valid: true, reason: null }]);
	});
});
