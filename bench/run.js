'use strict';
/**
 * Benchmarks. Every figure is a ratio measured in this run, against the emulators on 127.0.0.1,
 * through n8n's real engine (test/harness/engine.js) or a real n8n (test/e2e/n8n.js).
 *
 *   npm run bench                      all benchmarks, prints one table (the full pacing rows take ~25 min)
 *   npm run bench -- --short           smaller sizes and rate-limit windows scaled down (for CI, ~5 min)
 *   npm run bench -- pacing fastpath   only these groups (lists, ratelimit, pacing, overhead, realn8n, fastpath, memory)
 *
 * BENCH_SHORT=1 (or the older BENCH_QUICK=1) is the same as --short.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-bench-'));
process.env.N8N_LOG_LEVEL = 'silent';

const { runNode } = require('../test/harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../test/emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId } = require('../test/helpers');

const args = process.argv.slice(2);
const SHORT = args.includes('--short') || process.env.BENCH_SHORT === '1' || process.env.BENCH_QUICK === '1';
const QUICK = SHORT;
const rows = [];
const row = (benchmark, measured, expected, ratio, note = '') => {
	rows.push({ benchmark, measured, expected, ratio: typeof ratio === 'number' ? ratio.toFixed(2) : ratio, note });
	process.stderr.write(`  ${benchmark}: ${measured} (ratio ${typeof ratio === 'number' ? ratio.toFixed(2) : ratio})\n`);
};

/**
 * A Zoho credential whose request budget matches an emulator limit of `limit` requests per
 * `windowMs`: Requests per Minute scaled to the window, and the window itself (hidden field, 60 s
 * for Zoho). Without a limit: a budget far above what the run sends.
 */
function zohoBudget(emu, limit, windowMs) {
	if (!limit) return zohoCredentials(emu, { requestsPerMinute: 1_000_000 });
	return zohoCredentials(emu, { requestsPerMinute: (limit * 60_000) / windowMs, budgetWindowSeconds: windowMs / 1000 });
}

async function requestsForLists() {
	const N = QUICK ? 2000 : 10000;
	const zoho = await startZohoEmulator();
	zoho.seed('products', N);
	const creds = zohoCredentials(zoho);
	let r = await runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation: 'getAll', returnAll: true }, credentials: creds });
	if (r.items.length !== N) throw new Error(`Return All returned ${r.items.length} of ${N}`);
	const api = () => zoho.requests.filter((q) => q.path.startsWith('/billing/v1')).length;
	let used = api();
	row(`Zoho Return All over ${N} records: requests`, used, Math.ceil(N / 200), used / Math.ceil(N / 200));
	zoho.clearRequests();
	r = await runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation: 'getAll', returnAll: false, limit: 250 }, credentials: creds });
	used = api();
	row('Zoho Limit 250: requests', used, Math.ceil(250 / 200), used / Math.ceil(250 / 200));
	await zoho.close();

	const jfw = await startJFrameworkEmulator();
	jfw.seed('licenses', Array.from({ length: N }, () => ({ packageId: JFW_IDS.pkgBasic, subscriptionTypeId: JFW_IDS.stMonthly })));
	const total = N + 3; // the emulator seeds three licenses of its own
	r = await runNode({ type: 'jFramework', parameters: { resource: 'license', operation: 'getAll', returnAll: true }, credentials: jframeworkCredentials(jfw) });
	if (r.items.length !== total) throw new Error(`JFramework Return All returned ${r.items.length} of ${total}`);
	row(`JFramework Return All over ${total} licenses: requests`, jfw.requests.length, Math.ceil(total / 200), jfw.requests.length / Math.ceil(total / 200));
	jfw.clearRequests();
	await runNode({ type: 'jFramework', parameters: { resource: 'license', operation: 'getAll', returnAll: false, limit: 250 }, credentials: jframeworkCredentials(jfw) });
	row('JFramework Limit 250: requests', jfw.requests.length, 2, jfw.requests.length / 2);
	await jfw.close();
}

async function rateLimitedBulk() {
	const ITEMS = QUICK ? 200 : 1000;
	for (const [label, R] of [['JFramework (X-RateLimit-Reset)', 50], ['Zoho (no rate-limit headers)', 50]]) {
		const isJfw = label.startsWith('JFramework');
		const emu = isJfw ? await startJFrameworkEmulator() : await startZohoEmulator();
		if (!isJfw) emu.seed('products', 1);
		emu.setRateLimit({ limit: R, windowMs: 1000 });
		const parameters = isJfw
			? { resource: 'price', operation: 'update', priceId: byId(JFW_IDS.priceBasicMonthly), packageId: byId(JFW_IDS.pkgBasic), subscriptionTypeId: byId(JFW_IDS.stMonthly), code: 'B', name: 'Basic', amount: 10, currency: 'USD', requestOptions: { maxRateLimitWait: 600 } }
			: { resource: 'product', operation: 'get', productId: byId('903000000045027'), requestOptions: { maxRateLimitWait: 600 } };
		const started = Date.now();
		const r = await runNode({
			type: isJfw ? 'jFramework' : 'zohoBilling',
			parameters,
			// Zoho: the credential's budget says what the emulator allows (R per second)
			credentials: isJfw ? jframeworkCredentials(emu) : zohoBudget(emu, R, 1000),
			items: Array.from({ length: ITEMS }, (_, i) => ({ i })),
			continueOnFail: true,
		});
		const seconds = (Date.now() - started) / 1000;
		const ok = r.raw.filter((i) => !i.json.error).length;
		const ideal = ITEMS / R;
		row(`${label}: ${ITEMS} items at ${R} req/s: success rate`, `${ok}/${ITEMS}`, `${ITEMS}/${ITEMS}`, ok / ITEMS);
		row(`${label}: ${ITEMS} items at ${R} req/s: wall time ÷ (items / R)`, `${seconds.toFixed(1)} s`, `${ideal.toFixed(1)} s`, seconds / ideal, `${emu.requests.length} requests sent`);
		await emu.close();
	}
}

async function overheadPerItem() {
	const ITEMS = QUICK ? 200 : 1000;
	const hz = await startHyperazeEmulator();
	const id = 'chk_demo0000000001';
	// plain HTTP loop: the same request, sequentially and concurrently, with Node's fetch
	const url = `${hz.url}/api/v1/checkouts/retrieve?id=${id}`;
	const headers = { authorization: 'Bearer hz-test-key', accept: 'application/json' };
	let started = process.hrtime.bigint();
	await Promise.all(Array.from({ length: ITEMS }, () => fetch(url, { headers }).then((res) => res.json())));
	const plainMs = Number(process.hrtime.bigint() - started) / 1e6;
	started = process.hrtime.bigint();
	const r = await runNode({
		type: 'hyperaze',
		parameters: { resource: 'checkout', operation: 'get', checkoutId: byId(id) },
		credentials: hyperazeCredentials(hz),
		items: Array.from({ length: ITEMS }, () => ({})),
	});
	const nodeMs = Number(process.hrtime.bigint() - started) / 1e6;
	if (r.items.length !== ITEMS) throw new Error('node returned the wrong number of items');
	row(
		`Hyperaze Get, ${ITEMS} items: per-item time ÷ plain HTTP loop`,
		`${(nodeMs / ITEMS).toFixed(2)} ms/item`,
		`${(plainMs / ITEMS).toFixed(2)} ms/item`,
		nodeMs / plainMs,
		'both concurrent, same emulator',
	);
	await hz.close();
}

/**
 * In a real n8n 2.40.7: the Hyperaze node ÷ n8n's own HTTP Request node making the same calls,
 * each over the same N items; both minus a baseline workflow without the request step.
 */
async function overheadInRealN8n() {
	const ITEMS = QUICK ? 200 : 1000;
	const { ensureN8n, createInstance } = require('../test/e2e/n8n');
	ensureN8n();
	const hz = await startHyperazeEmulator();
	const n8n = await createInstance({ packageDir: path.resolve(__dirname, '..') });
	try {
		await n8n.importCredentials([
			{ id: 'benchHzCred0001', name: 'bench', type: 'hyperazeApi', data: { apiKey: 'hz-test-key', baseUrl: `${hz.url}/api/v1` } },
		]);
		const id = 'chk_demo0000000001';
		const head = [
			{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				name: 'Items',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [200, 0],
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ ids: Array.from({ length: ITEMS }, (_, i) => i) }), options: {} },
			},
			{ name: 'Split', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [400, 0], parameters: { fieldToSplitOut: 'ids', options: {} } },
		];
		const links = (names) => Object.fromEntries(names.slice(0, -1).map((n, i) => [n, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]));
		await n8n.importWorkflows([
			{ id: 'benchBaseline001', name: 'baseline', nodes: head, connections: links(['Start', 'Items', 'Split']), settings: {} },
			{
				id: 'benchNode0000001',
				name: 'hyperaze node',
				nodes: [
					...head,
					{
						name: 'Get',
						type: 'n8n-nodes-subscription-billing.hyperaze',
						typeVersion: 1,
						position: [600, 0],
						parameters: { resource: 'checkout', operation: 'get', checkoutId: { __rl: true, mode: 'id', value: id } },
						credentials: { hyperazeApi: { id: 'benchHzCred0001', name: 'bench' } },
					},
				],
				connections: links(['Start', 'Items', 'Split', 'Get']),
				settings: {},
			},
			{
				id: 'benchHttp0000001',
				name: 'http request node',
				nodes: [
					...head,
					{
						name: 'Get',
						type: 'n8n-nodes-base.httpRequest',
						typeVersion: 4.2,
						position: [600, 0],
						parameters: {
							url: `${hz.url}/api/v1/checkouts/retrieve?id=${id}`,
							sendHeaders: true,
							headerParameters: { parameters: [{ name: 'Authorization', value: 'Bearer hz-test-key' }] },
							options: {},
						},
					},
				],
				connections: links(['Start', 'Items', 'Split', 'Get']),
				settings: {},
			},
		]);
		const time = async (workflowId) => {
			const best = [];
			for (let i = 0; i < 3; i++) {
				const r = await n8n.execute(workflowId, { timeoutMs: 600_000 });
				if (r.code !== 0) throw new Error(`${workflowId} failed: ${r.stderr.slice(-500)}`);
				best.push(r.ms);
			}
			return Math.min(...best);
		};
		const base = await time('benchBaseline001');
		const node = await time('benchNode0000001');
		const http = await time('benchHttp0000001');
		row(
			`Real n8n, Hyperaze Get, ${ITEMS} items: node ÷ HTTP Request node`,
			`${((node - base) / ITEMS).toFixed(2)} ms/item`,
			`${((http - base) / ITEMS).toFixed(2)} ms/item`,
			(node - base) / (http - base),
			'best of 3 `n8n execute` runs each, minus a baseline run without the request step',
		);
	} finally {
		await n8n.cleanup();
		await hz.close();
	}
}

async function memoryOfReturnAll() {
	const N = QUICK ? 20000 : 100000;
	const zoho = await startZohoEmulator();
	zoho.seed('products', N);
	const creds = zohoCredentials(zoho);
	// JSON size of what Return All outputs
	const all = zoho.state.products.all ? zoho.state.products.all() : [];
	const jsonBytes = Buffer.byteLength(JSON.stringify(all));
	global.gc && global.gc();
	const baseline = process.memoryUsage().heapUsed + process.memoryUsage().external;
	let peak = baseline;
	const sampler = setInterval(() => {
		const m = process.memoryUsage();
		peak = Math.max(peak, m.heapUsed + m.external);
	}, 20);
	const r = await runNode({ type: 'zohoBilling', parameters: { resource: 'product', operation: 'getAll', returnAll: true }, credentials: creds });
	clearInterval(sampler);
	const m = process.memoryUsage();
	peak = Math.max(peak, m.heapUsed + m.external);
	if (r.items.length !== N) throw new Error('wrong count');
	row(
		`Zoho Return All over ${N} records: peak memory ÷ JSON size`,
		`${((peak - baseline) / 1048576).toFixed(0)} MiB`,
		`${(jsonBytes / 1048576).toFixed(0)} MiB of JSON`,
		(peak - baseline) / jsonBytes,
		'heap + external above the baseline, sampled every 20 ms (the emulator shares the process)',
	);
	await zoho.close();
}


/** The least time `items` requests take under a limit of `limit` per `windowMs`: the first window's burst at 0. */
const minimumMs = (items, limit, windowMs) => (Math.ceil(items / limit) - 1) * windowMs;

/** Runs `runs` (each resolving a runNode result) together; returns wall time, items that succeeded, and the results. */
async function timed(runs) {
	const started = Date.now();
	const results = await Promise.all(runs.map((start) => start()));
	const ms = Date.now() - started;
	const ok = results.reduce((n, r) => n + r.raw.filter((i) => !i.json.error).length, 0);
	return { ms, ok, results };
}

function pacingRows(label, { items, limit, windowMs, ms, ok, sent }) {
	// every request beyond one per item that succeeded was refused (writes are never repeated otherwise)
	const refused = sent - ok;
	const minimum = minimumMs(items, limit, windowMs);
	row(`${label}: refused requests ÷ requests sent`, `${refused} of ${sent} (${ok}/${items} items succeeded)`, '0', sent ? refused / sent : 0);
	row(`${label}: wall time ÷ minimum the limit allows`, `${(ms / 1000).toFixed(1)} s`, `${(minimum / 1000).toFixed(1)} s`, ms / minimum, `minimum = (⌈${items}/${limit}⌉ − 1) × ${windowMs / 1000} s`);
}

/**
 * Bulk runs against the providers' own limits (the emulators' fixed windows): refused requests and
 * wall time ÷ the minimum the limit allows. --short scales the windows down.
 */
async function pacedBulk() {
	const wait = { requestOptions: { maxRateLimitWait: 900 } };
	const items = (n) => Array.from({ length: n }, (_, i) => ({ i }));
	const zohoUpdate = { resource: 'product', operation: 'update', productId: byId('903000000045027'), name: '={{ "Bulk " + $json.i }}', ...wait };

	// 1. Zoho Billing: 1,000 updates at 100 requests per 60 s (short: per 6 s)
	{
		const [N, L, W] = [1000, 100, SHORT ? 6000 : 60_000];
		const zoho = await startZohoEmulator();
		zoho.seed('products', 1);
		zoho.setRateLimit({ limit: L, windowMs: W });
		const credentials = zohoBudget(zoho, L, W);
		const t = await timed([() => runNode({ type: 'zohoBilling', parameters: zohoUpdate, credentials, items: items(N), continueOnFail: true })]);
		pacingRows(`Zoho Billing, ${N} updates at ${L} req / ${W / 1000} s`, { items: N, limit: L, windowMs: W, ms: t.ms, ok: t.ok, sent: zoho.requests.filter((q) => q.path.startsWith('/billing/v1')).length });
		await zoho.close();
	}

	// 2. Two workflows started together on the same Zoho credential, 500 items each
	{
		const [N, L, W] = [500, 100, SHORT ? 6000 : 60_000];
		const zoho = await startZohoEmulator();
		zoho.seed('products', 1);
		zoho.setRateLimit({ limit: L, windowMs: W });
		const credentials = zohoBudget(zoho, L, W);
		const start = () => runNode({ type: 'zohoBilling', parameters: zohoUpdate, credentials, items: items(N), continueOnFail: true });
		const t = await timed([start, start]);
		pacingRows(`Zoho Billing, 2 workflows × ${N} updates, one credential, at ${L} req / ${W / 1000} s`, { items: 2 * N, limit: L, windowMs: W, ms: t.ms, ok: t.ok, sent: zoho.requests.filter((q) => q.path.startsWith('/billing/v1')).length });
		await zoho.close();
	}

	// 3a. JFramework: price updates, paced by X-RateLimit-Limit / -Remaining / -Reset
	{
		const [N, L, W] = SHORT ? [300, 50, 5000] : [500, 50, 10_000];
		const jfw = await startJFrameworkEmulator();
		jfw.setRateLimit({ limit: L, windowMs: W });
		const parameters = { resource: 'price', operation: 'update', priceId: byId(JFW_IDS.priceBasicMonthly), packageId: byId(JFW_IDS.pkgBasic), subscriptionTypeId: byId(JFW_IDS.stMonthly), code: 'B', name: 'Basic', amount: 10, currency: 'USD', ...wait };
		const t = await timed([() => runNode({ type: 'jFramework', parameters, credentials: jframeworkCredentials(jfw), items: items(N), continueOnFail: true })]);
		pacingRows(`JFramework, ${N} price updates at ${L} req / ${W / 1000} s (headers)`, { items: N, limit: L, windowMs: W, ms: t.ms, ok: t.ok, sent: jfw.requests.length });
		await jfw.close();
	}

	// 3b. Hyperaze (no published limit: adaptive): checkout creates at 60 requests per 2 s
	{
		const [N, L, W] = [500, 60, 2000];
		const hz = await startHyperazeEmulator();
		hz.setRateLimit({ limit: L, windowMs: W });
		const parameters = { resource: 'checkout', operation: 'create', planId: byId('plan_monthly0000001'), stockType: 'Limited', stocks: '={{ $json.i + 1 }}', ...wait };
		const t = await timed([() => runNode({ type: 'hyperaze', parameters, credentials: hyperazeCredentials(hz), items: items(N), continueOnFail: true })]);
		pacingRows(`Hyperaze, ${N} checkout creates at ${L} req / ${W / 1000} s (adaptive, cold start)`, { items: N, limit: L, windowMs: W, ms: t.ms, ok: t.ok, sent: hz.requests.length });
		// the same account again: what it learnt is kept for the process
		hz.clearRequests();
		const again = await timed([() => runNode({ type: 'hyperaze', parameters, credentials: hyperazeCredentials(hz), items: items(N), continueOnFail: true })]);
		pacingRows(`Hyperaze, the same ${N} creates again (adaptive, warm)`, { items: N, limit: L, windowMs: W, ms: again.ms, ok: again.ok, sent: hz.requests.length });
		await hz.close();
	}
}

/**
 * The run `n8n execute --rawOutput` prints between log lines (on one line, or from a line "{" to a
 * line "}"), parsed once: it is tens of megabytes here.
 */
function bigRunOutput(stdout) {
	const text = String(stdout);
	let offset = 0;
	for (const line of text.split('\n')) {
		if (line.startsWith('{"')) {
			try {
				return JSON.parse(line);
			} catch {
				// a log line
			}
		}
		if (line === '{') return JSON.parse(text.slice(offset, text.lastIndexOf('\n}') + 2));
		offset += line.length + 1;
	}
	throw new Error(`no run in the output of n8n execute: ${text.slice(0, 500)}`);
}

/**
 * In a real n8n: per-item time of the Zoho Billing node (Product → Get) ÷ a one-operation
 * declarative node on the same OAuth2 credential (bench/declarative-node), no rate limit; and ÷ the
 * same declarative node padded with as many (never shown) properties as the Zoho Billing node, as
 * n8n's routing looks at every property for every item: what is left is the package's client. All
 * run in one execution, round by round (in turns, so that none always runs first); each node's own
 * execution time (n8n's runData) ÷ the items. The first round warms up and is left out.
 */
async function fastPathInRealN8n() {
	const ITEMS = 300;
	// n8n prints the whole run when it exits, and cuts a very long print short: 7 rounds per execution
	const ROUNDS = 7;
	const EXECUTIONS = SHORT ? 1 : 3;
	const { ensureN8n, createInstance } = require('../test/e2e/n8n');
	ensureN8n();
	const zoho = await startZohoEmulator();
	zoho.seed('products', 1);
	const productId = '903000000045027';
	// the bench-only package, laid out as n8n loads a community package (package.json + dist/)
	const source = path.join(__dirname, 'declarative-node');
	const plainDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-bench-plain-'));
	fs.copyFileSync(path.join(source, 'package.json'), path.join(plainDir, 'package.json'));
	fs.mkdirSync(path.join(plainDir, 'dist', 'nodes'), { recursive: true });
	for (const file of fs.readdirSync(path.join(source, 'nodes'))) fs.copyFileSync(path.join(source, 'nodes', file), path.join(plainDir, 'dist', 'nodes', file));
	// the Zoho Billing node's properties, as data (the padding of the padded baseline)
	const { ZohoBilling } = require('../dist/nodes/ZohoBilling/ZohoBilling.node.js');
	const zohoProperties = new ZohoBilling().description.properties;
	fs.writeFileSync(
		path.join(plainDir, 'dist', 'nodes', 'padding.json'),
		JSON.stringify(zohoProperties.slice(2), (key, value) => (typeof value === 'function' || value instanceof RegExp ? undefined : value)),
	);
	const n8n = await createInstance({ packageDir: path.resolve(__dirname, '..'), packageDirs: [plainDir] });
	try {
		const credential = { zohoBillingOAuth2Api: { id: 'benchZohoCred001', name: 'bench zoho' } };
		await n8n.importCredentials([
			{
				id: 'benchZohoCred001',
				name: 'bench zoho',
				type: 'zohoBillingOAuth2Api',
				data: {
					dataCenter: 'com',
					organizationId: '10234695',
					clientId: 'zoho-client-id',
					clientSecret: 'zoho-client-secret',
					accessTokenUrl: `${zoho.url}/oauth/v2/token`,
					authUrl: `${zoho.url}/oauth/v2/auth`,
					requestsPerMinute: 1_000_000,
					oauthTokenData: { access_token: 'zoho-access-token', refresh_token: 'zoho-refresh-token', api_domain: zoho.url, token_type: 'Bearer', expires_in: 3600 },
				},
			},
		]);
		const head = [
			{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ name: 'Items', type: 'n8n-nodes-base.set', typeVersion: 3.4, position: [200, 0], parameters: { mode: 'raw', jsonOutput: JSON.stringify({ ids: Array.from({ length: ITEMS }, (_, i) => i) }), options: {} } },
			{ name: 'Split', type: 'n8n-nodes-base.splitOut', typeVersion: 1, position: [400, 0], parameters: { fieldToSplitOut: 'ids', options: {} } },
		];
		const kinds = {
			Zoho: (name) => ({ name, type: 'n8n-nodes-subscription-billing.zohoBilling', typeVersion: 1, parameters: { resource: 'product', operation: 'get', productId: { __rl: true, mode: 'id', value: productId } }, credentials: credential }),
			Plain: (name) => ({ name, type: 'n8n-nodes-bench-declarative.benchZohoGet', typeVersion: 1, parameters: { operation: 'get', productId }, credentials: credential }),
			Padded: (name) => ({ name, type: 'n8n-nodes-bench-declarative.benchZohoGetPadded', typeVersion: 1, parameters: { operation: 'get', productId }, credentials: credential }),
		};
		const order = Object.keys(kinds);
		const steps = [];
		for (let round = 1; round <= ROUNDS; round++) {
			// Z P D, P D Z, D Z P, …
			for (let k = 0; k < order.length; k++) {
				const kind = order[(k + round - 1) % order.length];
				steps.push(kinds[kind](`${kind} ${round}`));
			}
		}
		const nodes = [...head, ...steps.map((n, i) => ({ ...n, position: [600 + i * 200, 0] }))];
		const names = nodes.map((n) => n.name);
		const connections = Object.fromEntries(names.slice(0, -1).map((n, i) => [n, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]));
		await n8n.importWorkflows([{ id: 'benchFastPath001', name: 'fast path', nodes, connections, settings: {} }]);
		const runs = [];
		for (let e = 0; e < EXECUTIONS; e++) {
			const r = await n8n.cli(['execute', '--id=benchFastPath001', '--rawOutput'], { timeoutMs: 900_000, allowFailure: true });
			if (r.code !== 0) throw new Error(`fast path workflow failed: ${String(r.stderr).slice(-800)}`);
			runs.push(bigRunOutput(r.stdout).data.resultData.runData);
		}
		const msOf = (runData, name) => {
			const [task] = runData[name];
			const out = task.data.main[0].length;
			if (out !== ITEMS) throw new Error(`${name} put out ${out} items, not ${ITEMS}`);
			return task.executionTime;
		};
		const compare = (baseline, label, note) => {
			const ratios = [];
			let nodeMs = 0;
			let baseMs = 0;
			for (const runData of runs) {
				for (let round = 2; round <= ROUNDS; round++) {
					const z = msOf(runData, `Zoho ${round}`);
					const b = msOf(runData, `${baseline} ${round}`);
					ratios.push(z / b);
					nodeMs += z;
					baseMs += b;
				}
			}
			const sorted = [...ratios].sort((a, b) => a - b);
			row(
				label,
				`${(nodeMs / ratios.length / ITEMS).toFixed(3)} ms/item`,
				`${(baseMs / ratios.length / ITEMS).toFixed(3)} ms/item`,
				sorted[Math.floor(sorted.length / 2)],
				`${note}; median of ${ratios.length} rounds (${sorted.map((x) => x.toFixed(2)).join(', ')}), ${EXECUTIONS} execution(s) of ${ROUNDS} rounds, the first round of each left out; n8n's own per-node times`,
			);
		};
		compare('Plain', `Real n8n, Zoho Billing Product → Get, ${ITEMS} items, no limit: node ÷ one-operation declarative node`, 'baseline: 2 properties');
		compare('Padded', `Real n8n, the same: node ÷ that declarative node padded to the node's ${zohoProperties.length} properties`, "n8n's routing visits every property per item: this leaves the client's own cost");
	} finally {
		await n8n.cleanup();
		await zoho.close();
		fs.rmSync(plainDir, { recursive: true, force: true });
	}
}

function printTable() {
	const headers = ['benchmark', 'measured', 'expected / baseline', 'ratio', 'note'];
	const data = rows.map((r) => [r.benchmark, String(r.measured), String(r.expected), r.ratio, r.note]);
	const widths = headers.map((h, i) => Math.max(h.length, ...data.map((d) => d[i].length)));
	const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	console.log(line(headers));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const d of data) console.log(line(d));
}

(async () => {
	const only = args.filter((a) => !a.startsWith('--'));
	const all = {
		lists: requestsForLists,
		ratelimit: rateLimitedBulk,
		pacing: pacedBulk,
		overhead: overheadPerItem,
		realn8n: overheadInRealN8n,
		fastpath: fastPathInRealN8n,
		memory: memoryOfReturnAll,
	};
	for (const name of only) if (!all[name]) throw new Error(`unknown benchmark group "${name}" (${Object.keys(all).join(', ')})`);
	for (const [name, fn] of Object.entries(all)) {
		if (only.length && !only.includes(name)) continue;
		process.stderr.write(`${name}…\n`);
		await fn();
	}
	printTable();
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
