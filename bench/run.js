'use strict';
/**
 * Benchmarks (issue: rate limits, faults and bad input). Every figure is a ratio measured in
 * this run, against the emulators on 127.0.0.1, through n8n's real engine (test/harness/engine.js).
 *
 *   npm run bench            all benchmarks, prints a table
 *   BENCH_QUICK=1 npm run bench   smaller sizes (for a smoke run)
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-bench-'));
process.env.N8N_LOG_LEVEL = 'silent';

const { runNode } = require('../test/harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, JFW_IDS } = require('../test/emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials, byId } = require('../test/helpers');

const QUICK = process.env.BENCH_QUICK === '1';
const rows = [];
const row = (benchmark, measured, expected, ratio, note = '') => {
	rows.push({ benchmark, measured, expected, ratio: typeof ratio === 'number' ? ratio.toFixed(2) : ratio, note });
	process.stderr.write(`  ${benchmark}: ${measured} (ratio ${typeof ratio === 'number' ? ratio.toFixed(2) : ratio})\n`);
};

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
			? { resource: 'price', operation: 'update', priceId: byId(JFW_IDS.priceBasicMonthly), packageId: byId(JFW_IDS.pkgBasic), subscriptionTypeId: byId(JFW_IDS.stMonthly), code: 'B', name: 'Basic', amount: 10, currency: 'USD', retryOptions: { maxRateLimitWait: 600 } }
			: { resource: 'product', operation: 'get', productId: byId('903000000045027'), retryOptions: { maxRateLimitWait: 600 } };
		const started = Date.now();
		const r = await runNode({
			type: isJfw ? 'jFramework' : 'zohoBilling',
			parameters,
			credentials: isJfw ? jframeworkCredentials(emu) : zohoCredentials(emu),
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
	const only = process.argv[2];
	const all = { lists: requestsForLists, ratelimit: rateLimitedBulk, overhead: overheadPerItem, realn8n: overheadInRealN8n, memory: memoryOfReturnAll };
	for (const [name, fn] of Object.entries(all)) {
		if (only && only !== name) continue;
		process.stderr.write(`${name}…\n`);
		await fn();
	}
	printTable();
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
