'use strict';
// The nodes as AI Agent tools in a real n8n 2.40.7, without a language model.
//
// n8n turns every node with `usableAsTool` into a tool node `<package>.<node>Tool`, whose
// parameters can be left to the model with `$fromAI()`. An AI Agent needs a chat model to decide
// which tool to call with which arguments; n8n ships no fake model. But n8n runs a tool on its own
// when the editor's "Execute step" is clicked on a tool node: the manual run
// (POST /rest/workflows/:id/run with destinationNode = the tool and agentRequest = the $fromAI
// values) replaces the agent the tool is connected to by n8n's Tool Executor node
// (@n8n/n8n-nodes-langchain.toolExecutor), which invokes the tool exactly as the agent would:
// the same tool object, the same schema built from the $fromAI() calls, the same result string.
// That is what these tests do, with fixed "model answers", against the provider emulators.

const path = require('node:path');
const { ensureN8n, createInstance, freePort, runError } = require('./n8n');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator, HYPERAZE_IDS } = require('../emulators');
const { HYPERAZE_LICENSE_KEYS } = require('../emulators/hyperaze');

jest.setTimeout(15 * 60_000);

const ROOT = path.resolve(__dirname, '../..');
const PKG = 'n8n-nodes-subscription-billing';
const TOOL_EXECUTOR = 'PartialExecutionToolExecutor'; // n8n's TOOL_EXECUTOR_NODE_NAME
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rl = (value, mode = 'id') => ({ __rl: true, mode, value });

const CREDENTIALS = {
	zohoBillingOAuth2Api: { id: 'aiToolZohoCred01', name: 'Zoho Billing (emulator)' },
	jFrameworkApi: { id: 'aiToolJfwCred001', name: 'JFramework (emulator)' },
	hyperazeApi: { id: 'aiToolHzCred0001', name: 'Hyperaze (emulator)' },
};

/** The regular (non-trigger) nodes the package declares, read from the built classes. */
function packageNodes() {
	const pkg = require(path.join(ROOT, 'package.json'));
	return pkg.n8n.nodes.map((file) => {
		const mod = require(path.join(ROOT, file));
		const NodeClass = Object.values(mod).find((v) => typeof v === 'function');
		const { description } = new NodeClass();
		return { file, description, isTrigger: (description.group || []).includes('trigger') };
	});
}

/** Manual Trigger → AI Agent (no model), with one tool node of ours connected to the agent. */
function toolWorkflow(id, toolNode) {
	return {
		id,
		name: `AI tool: ${toolNode.name}`,
		nodes: [
			{ name: 'When clicking Execute workflow', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {}, position: [0, 0] },
			{ name: 'AI Agent', type: '@n8n/n8n-nodes-langchain.agent', typeVersion: 2.2, parameters: { promptType: 'define', text: 'Answer the billing question.', options: {} }, position: [240, 0] },
			{ typeVersion: 1, position: [240, 220], ...toolNode },
		],
		connections: {
			'When clicking Execute workflow': { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			[toolNode.name]: { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		},
	};
}

function parseExecutionData(n8n, data) {
	if (typeof data !== 'string') return data;
	const flatted = require(require.resolve('flatted', { paths: [n8n.n8nDir, path.join(n8n.n8nDir, 'node_modules', 'n8n')] }));
	return flatted.parse(data);
}

async function finishedExecution(n8n, server, id, { timeoutMs = 90_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const r = await server.rest('GET', `/rest/executions/${id}`);
		const e = r.body && r.body.data;
		if (r.status === 200 && e && !['new', 'running', 'waiting'].includes(e.status) && e.data) {
			return { status: e.status, run: { data: parseExecutionData(n8n, e.data) } };
		}
		if (Date.now() > deadline) throw new Error(`execution ${id} did not finish within ${timeoutMs} ms (last: HTTP ${r.status} ${r.text.slice(0, 300)})`);
		await sleep(250);
	}
}

/**
 * "Execute step" on a tool node, with `args` as the model's arguments ($fromAI keys → values).
 * Resolves { status, run, toolOutput (what the tool node logged), result (what the agent would read) }.
 */
async function callTool(n8n, server, workflowId, toolNodeName, args) {
	const toolName = toolNodeName.replace(/[^a-zA-Z0-9_-]+/g, '_'); // n8n's nodeNameToToolName
	const r = await server.rest('POST', `/rest/workflows/${workflowId}/run`, {
		destinationNode: { nodeName: toolNodeName, mode: 'inclusive' },
		agentRequest: { query: { [toolName]: args }, tool: { name: toolName } },
	});
	const executionId = r.body && r.body.data && r.body.data.executionId;
	if (r.status !== 200 || !executionId) throw new Error(`tool run of ${workflowId}: HTTP ${r.status} ${r.text.slice(0, 500)}`);
	const e = await finishedExecution(n8n, server, executionId);
	const runData = e.run.data.resultData.runData;
	const toolRun = runData[toolNodeName] && runData[toolNodeName][0];
	const executorItems = runData[TOOL_EXECUTOR] && runData[TOOL_EXECUTOR][0] && runData[TOOL_EXECUTOR][0].data && runData[TOOL_EXECUTOR][0].data.main[0];
	let result = executorItems && executorItems[0] ? executorItems[0].json : undefined;
	if (typeof result === 'string') {
		try { result = JSON.parse(result); } catch { /* kept as text */ }
	}
	return {
		...e,
		toolRun,
		toolInput: toolRun && toolRun.inputOverride && toolRun.inputOverride.ai_tool[0][0].json,
		toolOutput: toolRun && toolRun.data && toolRun.data.ai_tool[0].map((i) => i.json),
		result,
	};
}

describe('the nodes as AI Agent tools in a real n8n (no model: n8n\'s Tool Executor calls the tool)', () => {
	let n8n;
	let zoho;
	let jfw;
	let hyperaze;
	let server;
	let customerSubscriptions;
	let nodes;

	beforeAll(async () => {
		ensureN8n();
		// loaded before n8n starts: requiring the built nodes (and n8n-workflow) under jest takes a few
		// seconds of blocked event loop, long enough for n8n to close an idle keep-alive connection
		nodes = packageNodes();
		[zoho, jfw, hyperaze] = await Promise.all([startZohoEmulator(), startJFrameworkEmulator(), startHyperazeEmulator()]);
		customerSubscriptions = zoho.seed('subscriptions', [
			{ customer_id: '903000000077001', customer_name: 'Bowman Furniture', name: 'Basic' },
			{ customer_id: '903000000077001', customer_name: 'Bowman Furniture', name: 'Pro', status: 'non_renewing' },
			{ customer_id: '903000000077001', customer_name: 'Bowman Furniture', name: 'Add-on seat' },
			{ customer_id: '903000000077999', customer_name: 'Someone Else', name: 'Basic' },
		]);
		n8n = await createInstance({ packageDir: ROOT });
		await n8n.importCredentials([
			{
				...CREDENTIALS.zohoBillingOAuth2Api,
				type: 'zohoBillingOAuth2Api',
				data: {
					grantType: 'authorizationCode',
					dataCenter: 'com',
					organizationId: '10234695',
					clientId: 'zoho-client-id',
					clientSecret: 'zoho-client-secret',
					accessTokenUrl: `${zoho.url}/oauth/v2/token`,
					authUrl: `${zoho.url}/oauth/v2/auth`,
					scope: 'ZohoSubscriptions.fullaccess.all',
					authentication: 'body',
					oauthTokenData: { access_token: 'zoho-access-token', refresh_token: 'zoho-refresh-token', api_domain: zoho.url, token_type: 'Bearer', expires_in: 3600 },
				},
			},
			{ ...CREDENTIALS.jFrameworkApi, type: 'jFrameworkApi', data: { environment: 'custom', baseUrl: `${jfw.url}/api`, brandUrl: 'brand.example.com', authentication: 'authKey', authKey: 'jfw-auth-key' } },
			{ ...CREDENTIALS.hyperazeApi, type: 'hyperazeApi', data: { apiKey: hyperaze.credentials.apiKey, baseUrl: `${hyperaze.url}/api/v1` } },
		]);
		const credentialsFor = (type) => ({ [type]: CREDENTIALS[type] });
		await n8n.importWorkflows([
			toolWorkflow('wfAiToolZoho001', {
				name: 'Subscriptions of a Customer',
				type: `${PKG}.zohoBillingTool`,
				credentials: credentialsFor('zohoBillingOAuth2Api'),
				parameters: {
					descriptionType: 'manual',
					toolDescription: 'Lists the Zoho Billing subscriptions of one customer',
					resource: 'subscription',
					operation: 'getAll',
					returnAll: false,
					limit: "={{ $fromAI('limit', 'How many subscriptions to return at most', 'number') }}",
					filters: { customerId: rl("={{ $fromAI('customer_id', 'The Zoho Billing customer ID', 'string') }}") },
				},
			}),
			toolWorkflow('wfAiToolZoho002', {
				name: 'Zoho Product',
				type: `${PKG}.zohoBillingTool`,
				credentials: credentialsFor('zohoBillingOAuth2Api'),
				parameters: {
					resource: 'product',
					operation: 'get',
					productId: rl("={{ $fromAI('product_id', 'The Zoho Billing product ID', 'string') }}"),
				},
			}),
			toolWorkflow('wfAiToolJfw0001', {
				name: 'JFramework Licenses',
				type: `${PKG}.jFrameworkTool`,
				credentials: credentialsFor('jFrameworkApi'),
				parameters: {
					descriptionType: 'manual',
					toolDescription: 'Lists JFramework licenses by status',
					resource: 'license',
					operation: 'getAll',
					returnAll: false,
					limit: "={{ $fromAI('limit', 'How many licenses to return at most', 'number') }}",
					filters: { status: "={{ $fromAI('status', 'License status: Active, Used or Expired', 'string') }}" },
				},
			}),
			toolWorkflow('wfAiToolHz00001', {
				name: 'Check License Key',
				type: `${PKG}.hyperazeTool`,
				credentials: credentialsFor('hyperazeApi'),
				parameters: {
					resource: 'membership',
					operation: 'validateLicenseKey',
					licenseKey: "={{ $fromAI('license_key', 'The license key the customer gave, e.g. ABCD-EFGH-IJKL-MNOP', 'string') }}",
					productId: rl(HYPERAZE_IDS.productDemo),
					metadata: { entries: [{ key: 'hwid', value: "={{ $fromAI('hwid', 'The device ID the key is used on', 'string') }}" }] },
					onInvalid: 'returnResult',
				},
			}),
		]);
		server = await n8n.start({ port: await freePort() });
		await server.setupOwner();
	});

	afterAll(async () => {
		if (server) await server.stop();
		if (n8n) await n8n.cleanup();
		await Promise.all([zoho, jfw, hyperaze].filter(Boolean).map((e) => e.close()));
	});

	it('every regular node is usableAsTool and n8n offers its Tool variant; the triggers are not tools', async () => {
		const regular = nodes.filter((n) => !n.isTrigger);
		expect(regular.map((n) => n.description.name).sort()).toEqual(['hyperaze', 'jFramework', 'zohoBilling']);
		for (const n of regular) expect([n.description.name, n.description.usableAsTool]).toEqual([n.description.name, true]);
		for (const n of nodes.filter((x) => x.isTrigger)) expect([n.description.name, n.description.usableAsTool]).toEqual([n.description.name, undefined]);

		const types = await server.rest('GET', '/types/nodes.json');
		expect(types.status).toBe(200);
		const byName = new Map(types.body.map((t) => [t.name, t]));
		for (const n of regular) {
			const tool = byName.get(`${PKG}.${n.description.name}Tool`);
			expect([n.description.name, Boolean(tool)]).toEqual([n.description.name, true]);
			expect(tool.outputs).toEqual(['ai_tool']);
			expect(tool.inputs).toEqual([]);
			const params = tool.properties.map((p) => p.name);
			expect(params).toEqual(expect.arrayContaining(['toolDescription', 'resource', 'operation']));
		}
		for (const n of nodes.filter((x) => x.isTrigger)) expect(byName.has(`${PKG}.${n.description.name}Tool`)).toBe(false);
	});

	it('Zoho Billing tool: $fromAI() fills the customer filter and the limit; the agent reads the subscriptions', async () => {
		zoho.clearRequests();
		const r = await callTool(n8n, server, 'wfAiToolZoho001', 'Subscriptions of a Customer', { customer_id: '903000000077001', limit: 2 });
		expect(runError(r.run)).toBeNull();
		expect(r.status).toBe('success');
		expect(r.toolInput).toEqual({ customer_id: '903000000077001', limit: 2 });
		const [list] = zoho.findRequests({ method: 'GET', path: '/billing/v1/subscriptions' });
		expect(list.query).toMatchObject({ customer_id: '903000000077001' });
		const ofCustomer = customerSubscriptions.filter((c) => c.customer_id === '903000000077001').map((c) => c.subscription_id);
		expect(r.result).toHaveLength(2);
		for (const s of r.result) expect(ofCustomer).toContain(s.subscription_id);
		expect(r.toolOutput).toEqual([{ response: r.result }]);
	});

	it('Zoho Billing tool: a provider error reaches the agent in Zoho\'s own words', async () => {
		const r = await callTool(n8n, server, 'wfAiToolZoho002', 'Zoho Product', { product_id: '999999999' });
		expect(r.status).toBe('error');
		const error = runError(r.run);
		expect(error.message).toMatch(/Error executing tool/);
		expect(error.message).toMatch(/Product does not exist/);
		expect(zoho.findRequests({ method: 'GET', path: '/billing/v1/products/999999999' })).toHaveLength(1);
	});

	it('JFramework tool: $fromAI() fills the status filter and the limit', async () => {
		jfw.clearRequests();
		const r = await callTool(n8n, server, 'wfAiToolJfw0001', 'JFramework Licenses', { status: 'Active', limit: 5 });
		expect(runError(r.run)).toBeNull();
		expect(r.toolInput).toEqual({ status: 'Active', limit: 5 });
		const [list] = jfw.findRequests({ method: 'GET', path: '/api/v1/licenses' });
		expect(list.query).toMatchObject({ status: 'Active', pageSize: '5' });
		expect(r.result.length).toBeGreaterThan(0);
		for (const l of r.result) expect(l.status).toBe('Active');
	});

	it('Hyperaze tool: $fromAI() fills the license key and the device ID; a refused key is an answer, not a failure', async () => {
		hyperaze.clearRequests();
		let r = await callTool(n8n, server, 'wfAiToolHz00001', 'Check License Key', { license_key: HYPERAZE_LICENSE_KEYS.active, hwid: 'AGENT-PC-1' });
		expect(runError(r.run)).toBeNull();
		expect(r.result).toEqual([expect.objectContaining({ valid: true })]);
		const [sent] = hyperaze.findRequests({ method: 'POST', path: '/api/v1/memberships/validate_license_key' });
		expect(sent.body).toEqual({ license_key: HYPERAZE_LICENSE_KEYS.active, product_id: HYPERAZE_IDS.productDemo, metadata: { hwid: 'AGENT-PC-1' } });

		r = await callTool(n8n, server, 'wfAiToolHz00001', 'Check License Key', { license_key: HYPERAZE_LICENSE_KEYS.active, hwid: 'SOMEONE-ELSES-PC' });
		expect(runError(r.run)).toBeNull();
		expect(r.result).toEqual([{ valid: false, status: 403, reason: 'The license key is bound to another device.', code: 'device_mismatch' }]);
	});

	it('the AI Agent itself does not run without a chat model (why the tests call the tools directly)', async () => {
		const r = await server.rest('POST', '/rest/workflows/wfAiToolJfw0001/run', { triggerToStartFrom: { name: 'When clicking Execute workflow' } });
		expect(r.status).toBe(200);
		const e = await finishedExecution(n8n, server, r.body.data.executionId);
		expect(e.status).toBe('error');
		expect(runError(e.run).message).toMatch(/chat model/i);
	});
});
