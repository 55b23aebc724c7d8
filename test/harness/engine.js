'use strict';
/**
 * Runs the package's nodes in-process through n8n's real execution engine (n8n-core's
 * WorkflowExecute + RoutingNode), in the spirit of n8n's own in-repo node test harness:
 *  - nodes and credentials are loaded from the built package with n8n-core's PackageDirectoryLoader,
 *    exactly as n8n loads a community package;
 *  - credentials are plain objects, completed with their type's defaults, expressions ($self,
 *    $credentials) resolved and injected by the type's `authenticate` block, like n8n's CLI does;
 *  - requests go over real HTTP (to the emulators on 127.0.0.1). Nothing in n8n is mocked.
 */
const path = require('path');
const {
	Workflow,
	NodeHelpers,
	ICredentialsHelper,
	deepCopy,
} = require('n8n-workflow');
const { PackageDirectoryLoader, WorkflowExecute, ExecutionLifecycleHooks, Credentials } = require('n8n-core');

const PACKAGE_DIR = path.resolve(__dirname, '../..');
const PACKAGE_NAME = require(path.join(PACKAGE_DIR, 'package.json')).name;

/** The parent of every OAuth2 credential, as n8n's own `oAuth2Api` credential type declares it. */
const OAUTH2_API = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	properties: [
		{ displayName: 'Use Dynamic Client Registration', name: 'useDynamicClientRegistration', type: 'boolean', default: false },
		{ displayName: 'Grant Type', name: 'grantType', type: 'options', default: 'authorizationCode', options: [
			{ name: 'Authorization Code', value: 'authorizationCode' },
			{ name: 'Client Credentials', value: 'clientCredentials' },
			{ name: 'PKCE', value: 'pkce' },
		] },
		{ displayName: 'Authorization URL', name: 'authUrl', type: 'string', default: '', required: true },
		{ displayName: 'Access Token URL', name: 'accessTokenUrl', type: 'string', default: '', required: true },
		{ displayName: 'Client ID', name: 'clientId', type: 'string', default: '', required: true },
		{ displayName: 'Client Secret', name: 'clientSecret', type: 'string', typeOptions: { password: true }, default: '', required: true },
		{ displayName: 'Scope', name: 'scope', type: 'string', default: '' },
		{ displayName: 'Auth URI Query Parameters', name: 'authQueryParameters', type: 'string', default: '' },
		{ displayName: 'Authentication', name: 'authentication', type: 'options', default: 'header', options: [
			{ name: 'Body', value: 'body' },
			{ name: 'Header', value: 'header' },
		] },
		{ displayName: 'Ignore SSL Issues', name: 'ignoreSSLIssues', type: 'boolean', default: false },
	],
};

let loaderPromise;
/** Loads the built package once per test file (dist/ must exist: `npm test` builds first). */
function loadPackage() {
	if (!loaderPromise) {
		loaderPromise = (async () => {
			const loader = new PackageDirectoryLoader(PACKAGE_DIR);
			await loader.loadAll();
			return loader;
		})();
	}
	return loaderPromise;
}

class NodeTypes {
	constructor(loader) {
		this.loader = loader;
	}
	getByName(type) {
		return this.getLoaded(type).type;
	}
	getByNameAndVersion(type, version) {
		return NodeHelpers.getVersionedNodeType(this.getLoaded(type).type, version);
	}
	getKnownTypes() {
		return {};
	}
	getLoaded(type) {
		const short = type.startsWith(`${PACKAGE_NAME}.`) ? type.slice(PACKAGE_NAME.length + 1) : type;
		const loaded = this.loader.nodeTypes[short];
		if (!loaded) throw new Error(`Unknown node type ${type}`);
		return loaded;
	}
}

class CredentialTypes {
	constructor(loader) {
		this.loader = loader;
	}
	recognizes(type) {
		return type === OAUTH2_API.name || type in this.loader.credentialTypes;
	}
	getByName(type) {
		if (type === OAUTH2_API.name) return OAUTH2_API;
		const loaded = this.loader.credentialTypes[type];
		if (!loaded) throw new Error(`Unknown credential type ${type}`);
		return loaded.type;
	}
	getParentTypes(type) {
		const extendsArr = this.getByName(type).extends ?? [];
		return extendsArr.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}
	/** Own properties after the parents', own ones overriding same-named parent ones (as n8n does). */
	getProperties(type) {
		const own = this.getByName(type).properties;
		const parents = (this.getByName(type).extends ?? []).flatMap((p) => this.getProperties(p));
		const ownNames = new Set(own.map((p) => p.name));
		return [...parents.filter((p) => !ownNames.has(p.name)), ...own];
	}
}

const mockNodeTypes = {
	getByName: () => ({ description: { properties: [] } }),
	getByNameAndVersion: () => ({ description: { properties: [] } }),
	getKnownTypes: () => ({}),
};

/** Credential store and injection, following n8n's CLI CredentialsHelper. */
class CredentialsHelper extends ICredentialsHelper {
	constructor(credentialTypes, store) {
		super();
		this.credentialTypes = credentialTypes;
		this.store = store; // { [type]: plain data }; refreshed OAuth tokens are written back here
		this.updates = [];
	}
	getParentTypes(type) {
		return this.credentialTypes.getParentTypes(type);
	}
	getCredentialsProperties(type) {
		return this.credentialTypes.getProperties(type);
	}
	resolveValue(value, additionalKeys, workflow, node) {
		if (typeof value !== 'string' || value.charAt(0) !== '=') return value;
		const resolved = workflow.expression.getSimpleParameterValue(node, value, 'internal', additionalKeys, undefined, '');
		return resolved === undefined || resolved === null ? '' : resolved.toString();
	}
	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		const type = this.credentialTypes.getByName(typeName);
		if (typeof type.authenticate === 'function') return await type.authenticate(credentials, requestOptions);
		if (type.authenticate && type.authenticate.type === 'generic') {
			for (const [outerKey, outerValue] of Object.entries(type.authenticate.properties)) {
				for (const [key, value] of Object.entries(outerValue)) {
					const k = this.resolveValue(key, { $credentials: credentials }, workflow, node);
					const v = this.resolveValue(value, { $credentials: credentials }, workflow, node);
					requestOptions[outerKey] = requestOptions[outerKey] || {};
					requestOptions[outerKey][k] = v;
				}
			}
		}
		return requestOptions;
	}
	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const type = this.credentialTypes.getByName(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions && p.typeOptions.expirable);
		if (!expirable) return undefined;
		if (credentials[expirable.name] === '' || credentialsExpired) {
			const output = await type.preAuthentication.call(helpers, credentials);
			if (output[expirable.name] === undefined) return undefined;
			Object.assign(this.store[typeName], output);
			this.updates.push({ type: typeName, keys: Object.keys(output) });
			return output;
		}
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	getOAuth2Options() {
		return undefined;
	}
	/** Defaults for missing properties, then expressions resolved with $self = the data itself. */
	async getDecrypted(additionalData, nodeCredentials, type) {
		const original = this.store[type];
		if (!original) throw new Error(`No credentials of type ${type} were given to the test`);
		const properties = this.getCredentialsProperties(type);
		let data = NodeHelpers.getNodeParameters(properties, deepCopy(original), true, false, null, null);
		if (original.oauthTokenData !== undefined) data.oauthTokenData = deepCopy(original.oauthTokenData);
		const workflow = new Workflow({ nodes: [], connections: {}, active: false, nodeTypes: mockNodeTypes });
		const mockNode = { name: '', typeVersion: 1, type: 'mock', position: [0, 0], parameters: {} };
		data = workflow.expression.getComplexParameterValue(mockNode, data, 'internal', {}, undefined, undefined, data);
		return data;
	}
	async getCredentials(nodeCredentials, type) {
		return new Credentials({ id: nodeCredentials.id, name: nodeCredentials.name }, type, '');
	}
	async updateCredentials(nodeCredentials, type, data) {
		this.store[type] = { ...this.store[type], ...data };
		this.updates.push({ type, keys: Object.keys(data) });
	}
	async updateCredentialsOauthTokenData(nodeCredentials, type, data) {
		this.store[type] = { ...this.store[type], oauthTokenData: data.oauthTokenData };
		this.updates.push({ type, keys: ['oauthTokenData'] });
	}
	isCredentialUsableByNode() {
		return true;
	}
}

/**
 * Runs one node of this package on the given input items and returns what n8n returned.
 * @param {object} opts
 * @param {string} opts.type       short node type, e.g. 'zohoBilling'
 * @param {object} opts.parameters node parameters as the editor would store them
 * @param {object} opts.credentials { [credentialType]: plain data }
 * @param {object[]} [opts.items]  input items' json (default one empty item)
 * @param {boolean} [opts.continueOnFail]
 */
async function runNode({ type, parameters, credentials = {}, items = [{}], continueOnFail = false, name = 'Node' }) {
	const loader = await loadPackage();
	const nodeTypes = new NodeTypes(loader);
	const credentialTypes = new CredentialTypes(loader);
	const store = deepCopy(credentials);
	const credentialsHelper = new CredentialsHelper(credentialTypes, store);
	const description = nodeTypes.getByName(type).description;
	const nodeCredentials = {};
	for (const c of description.credentials ?? []) {
		if (store[c.name]) nodeCredentials[c.name] = { id: `${c.name}-id`, name: `${c.name} test` };
	}
	const node = {
		id: 'node-under-test',
		name,
		type: `${PACKAGE_NAME}.${type}`,
		typeVersion: description.version,
		position: [0, 0],
		parameters,
		credentials: nodeCredentials,
		continueOnFail,
		onError: continueOnFail ? 'continueRegularOutput' : 'stopWorkflow',
	};
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, active: false, nodeTypes, settings: {} });

	const hooks = new ExecutionLifecycleHooks('manual', 'exec-1', { id: 'test', nodes: [node], connections: {} });
	let finished;
	const done = new Promise((resolve) => {
		finished = resolve;
	});
	hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
	const additionalData = {
		hooks,
		credentialsHelper,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		restApiUrl: 'http://127.0.0.1:1/rest',
		instanceBaseUrl: 'http://127.0.0.1:1/',
		formWaitingBaseUrl: 'http://127.0.0.1:1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:1/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'user-1',
		setExecutionStatus: () => {},
		variables: {},
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
	};
	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{ node, data: { main: [items.map((json) => ({ json }))] }, source: null },
			],
		},
	};
	const workflowExecute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	try {
		await workflowExecute.processRunExecutionData(workflow);
	} catch (error) {
		// the engine refuses to start a workflow whose parameters have issues (required, regex)
		return { run: null, items: [], raw: [], error, credentialsAfter: store, credentialUpdates: credentialsHelper.updates };
	}
	const run = await done;
	const nodeRun = run.data.resultData.runData[name]?.[0];
	const output = nodeRun?.data?.main?.[0] ?? [];
	return {
		run,
		items: output.map((i) => i.json),
		raw: output,
		error: run.data.resultData.error ?? nodeRun?.error ?? null,
		credentialsAfter: store,
		credentialUpdates: credentialsHelper.updates,
	};
}

/** The additionalData n8n hands to trigger contexts (no execution running yet). */
function triggerAdditionalData(credentialsHelper, extra = {}) {
	return {
		credentialsHelper,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		restApiUrl: 'http://127.0.0.1:1/rest',
		instanceBaseUrl: 'http://127.0.0.1:1/',
		formWaitingBaseUrl: 'http://127.0.0.1:1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:1/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'user-1',
		setExecutionStatus: () => {},
		variables: {},
		logAiEvent: () => {},
		getRunExecutionData: async () => undefined,
		...extra,
	};
}

/** A workflow holding only the node under test, with the node's static data. */
async function triggerSetup({ type, parameters, credentials = {}, staticData, name, typeVersion }) {
	const loader = await loadPackage();
	const nodeTypes = new NodeTypes(loader);
	const credentialTypes = new CredentialTypes(loader);
	const store = deepCopy(credentials);
	const credentialsHelper = new CredentialsHelper(credentialTypes, store);
	const nodeType = nodeTypes.getByName(type);
	const description = nodeType.description;
	const nodeCredentials = {};
	for (const c of description.credentials ?? []) {
		if (store[c.name]) nodeCredentials[c.name] = { id: `${c.name}-id`, name: `${c.name} test` };
	}
	const node = {
		id: 'node-under-test',
		name,
		type: `${PACKAGE_NAME}.${type}`,
		// a node of several versions is added at its default (newest) one, as the editor does
		typeVersion: typeVersion ?? (Array.isArray(description.version) ? description.defaultVersion ?? Math.max(...description.version) : description.version),
		position: [0, 0],
		parameters,
		credentials: nodeCredentials,
		webhookId: description.webhooks ? '5b3f0a9e-0000-4000-8000-000000000001' : undefined,
	};
	const workflow = new Workflow({
		id: 'test',
		name: 'trigger test',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		settings: {},
		staticData: { [`node:${name}`]: deepCopy(staticData ?? {}) },
	});
	return { nodeType, node, workflow, credentialsHelper, store };
}

const plain = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * Runs a polling trigger's poll() through n8n-core's real PollContext.
 *  - mode 'trigger' (default): one scheduled poll, as n8n's PollTriggerExecutor runs it (in the
 *    cursor staging scope, through TriggersAndPollers.runPollFunction; a result is emitted, an
 *    empty poll commits only the cursor, an error is reported, nothing else);
 *  - mode 'manual': "Fetch Test Event", i.e. WorkflowExecute's executePollNode (a manual
 *    PollContext called directly).
 * `staticData` is the node's static data before the poll (what n8n stored), and the result's
 * `staticData` is what n8n would store after it (unchanged when the poll failed).
 * With `durableCursor: true`, static data behaves as with n8n 2.40's durable poll cursors: the node
 * works on a copy that is committed only when the poll emits, or returns null in a scheduled poll.
 * `pollBudgetMs` is what n8n 2.x's getPollBudgetMs() answers (n8n-core's default otherwise).
 * @returns {Promise<{ items: object[], raw: object[]|null, staticData: object, error: Error|null }>}
 */
async function runPoll({ type, parameters, credentials = {}, staticData = {}, mode = 'trigger', name = 'Trigger', durableCursor = false, activation, pollBudgetMs }) {
	const { PollContext, TriggersAndPollers, runPollInStagingScope, commitStagedCursor } = require('n8n-core');
	const { Container } = require('@n8n/di');
	const { nodeType, node, workflow, credentialsHelper } = await triggerSetup({ type, parameters, credentials, staticData, name });
	const additionalData = triggerAdditionalData(credentialsHelper);
	const live = () => workflow.getStaticData('node', node);

	if (mode === 'manual') {
		const context = new PollContext(workflow, node, additionalData, 'manual', 'manual');
		try {
			const data = await nodeType.poll.call(context);
			const raw = data ? data[0] : null;
			return { items: raw ? raw.map((i) => i.json) : [], raw, staticData: plain(live()), error: null };
		} catch (error) {
			return { items: [], raw: null, staticData: plain(live()), error };
		}
	}

	let emitted = null;
	let reported = null;
	let committed = plain(staticData);
	let snapshot;
	const commit = () => {
		if (durableCursor) committed = plain(snapshot);
	};
	const context = new PollContext(
		workflow,
		node,
		additionalData,
		'trigger',
		activation ?? 'activate',
		(data) => {
			emitted = data;
			if (!durableCursor) committed = plain(live());
			else commit();
		},
		(error) => {
			reported = error;
		},
		async () => commit(),
		async (poll) => {
			snapshot = durableCursor ? plain(committed) : undefined;
			return await poll();
		},
		() => (durableCursor ? snapshot : live()),
		...(pollBudgetMs === undefined ? [] : [() => pollBudgetMs]),
	);
	try {
		await runPollInStagingScope(context, async () => {
			const response = await Container.get(TriggersAndPollers).runPollFunction(workflow, node, context);
			if (response !== null) context.__emit(response);
			else {
				await commitStagedCursor(context);
				// without durable cursors n8n keeps the changed static data of the workflow it holds
				if (!durableCursor) committed = plain(live());
			}
		});
	} catch (error) {
		context.__emitError(error);
	}
	const raw = emitted ? emitted[0] : null;
	return { items: raw ? raw.map((i) => i.json) : [], raw, staticData: committed, error: reported };
}

/**
 * Calls a webhook trigger's webhook() through n8n-core's real WebhookContext with a request shaped
 * as n8n 2.40's webhook server hands it over (body parsed by content type, the bytes in rawBody),
 * then answers as n8n does: the node's own answer (noWebhookResponse), its webhookResponse when
 * it starts nothing, or "Workflow was started" (200) when it returns items.
 * `staticData` is the node's static data before the call (what n8n stored), and the result's
 * `staticData` what n8n stores after it; `credentials` ({ [type]: data }) are chosen in the node.
 * @param {object} opts.request { method, url (path and query), headers, body: string|Buffer|object }
 * @returns {Promise<{ status: number, body: any, headers: object, started: boolean, items: object[], error: Error|null, staticData: object }>}
 */
async function runWebhook(opts) {
	const setup = {};
	const result = await callWebhook(opts, setup);
	return { ...result, staticData: plain(setup.workflow.getStaticData('node', setup.node)) };
}

async function callWebhook({ type, parameters, request, name = 'Trigger', staticData = {}, credentials = {}, typeVersion }, setup) {
	const { WebhookContext } = require('n8n-core');
	const querystring = require('querystring');
	const { nodeType, node, workflow, credentialsHelper } = await triggerSetup({ type, parameters, credentials, staticData, name, typeVersion });
	Object.assign(setup, { workflow, node });
	const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
	const rawBody =
		request.body === undefined
			? Buffer.alloc(0)
			: Buffer.isBuffer(request.body)
				? request.body
				: Buffer.from(typeof request.body === 'string' ? request.body : JSON.stringify(request.body), 'utf8');
	if (request.body !== undefined && typeof request.body === 'object' && !Buffer.isBuffer(request.body) && !headers['content-type']) {
		headers['content-type'] = 'application/json';
	}
	const contentType = headers['content-type'] ? String(headers['content-type']).split(';')[0].trim().toLowerCase() : undefined;
	const text = rawBody.toString('utf8');
	let body = {};
	if (rawBody.length) {
		if (contentType === 'application/json') body = JSON.parse(text);
		else if (contentType === 'application/x-www-form-urlencoded') body = querystring.parse(text);
		else if (contentType === 'text/plain') body = text;
	}
	const url = request.url ?? '/webhook/5b3f0a9e-0000-4000-8000-000000000001/webhook';
	const query = Object.fromEntries(new URL(url, 'http://n8n.local').searchParams);
	const req = {
		method: request.method ?? 'POST',
		url,
		originalUrl: url,
		headers,
		query,
		params: {},
		body,
		rawBody,
		contentType,
		encoding: 'utf-8',
		readRawBody: async () => {},
		header: (h) => headers[String(h).toLowerCase()],
		ip: '127.0.0.1',
		ips: [],
	};
	const res = {
		statusCode: 200,
		sentHeaders: {},
		sentBody: undefined,
		headersSent: false,
		writeHead(status, hdrs) {
			this.statusCode = status;
			Object.assign(this.sentHeaders, hdrs ?? {});
			this.headersSent = true;
			return this;
		},
		setHeader(k, v) {
			this.sentHeaders[k.toLowerCase()] = v;
		},
		status(code) {
			this.statusCode = code;
			return this;
		},
		json(value) {
			this.sentBody = JSON.stringify(value);
			this.headersSent = true;
			return this;
		},
		send(value) {
			this.sentBody = typeof value === 'string' ? value : JSON.stringify(value);
			this.headersSent = true;
			return this;
		},
		end(value) {
			if (value !== undefined) this.sentBody = String(value);
			this.headersSent = true;
			return this;
		},
	};
	const additionalData = triggerAdditionalData(credentialsHelper, { httpRequest: req, httpResponse: res });
	const webhookDescription = nodeType.description.webhooks[0];
	const webhookData = {
		httpMethod: req.method,
		node: node.name,
		path: webhookDescription.path,
		webhookDescription,
		workflowId: workflow.id,
		isTest: false,
	};
	const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], null);
	let result;
	try {
		result = await nodeType.webhook.call(context);
	} catch (error) {
		// n8n answers 500 (and records a failed execution)
		return { status: 500, body: null, headers: {}, started: false, items: [], error };
	}
	const parse = (t) => {
		try {
			return JSON.parse(t);
		} catch {
			return t;
		}
	};
	if (result.noWebhookResponse) {
		return { status: res.statusCode, body: parse(res.sentBody), headers: res.sentHeaders, started: Boolean(result.workflowData), items: (result.workflowData?.[0] ?? []).map((i) => i.json), error: null };
	}
	if (result.workflowData === undefined) {
		return { status: 200, body: result.webhookResponse ?? { message: 'Webhook call received' }, headers: {}, started: false, items: [], error: null };
	}
	return { status: 200, body: { message: 'Workflow was started' }, headers: {}, started: true, items: result.workflowData[0].map((i) => i.json), error: null };
}

/**
 * A real n8n-core LoadOptionsContext for one of the package's nodes, as the editor's record pickers
 * get it: `parameters` are the node's current parameters (resource locators as the editor stores
 * them), the credential is resolved and injected by the harness's CredentialsHelper (OAuth2 tokens
 * are sent and refreshed by n8n-core itself). Call a list search with it:
 * `node.methods.listSearch.searchX.call(await listSearchContext({...}), filter, token)`.
 */
async function listSearchContext({ type, credentials = {}, parameters = {}, name = 'Node' }) {
	const { LoadOptionsContext } = require('n8n-core');
	const { node, workflow, credentialsHelper } = await triggerSetup({ type, parameters, credentials, name });
	const additionalData = triggerAdditionalData(credentialsHelper, { currentNodeParameters: parameters });
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters.x');
	return context;
}

/** The package's node class instance of a type (for its methods). */
async function nodeTypeOf(type) {
	const loader = await loadPackage();
	return new NodeTypes(loader).getByName(type);
}

module.exports = { runNode, runPoll, runWebhook, listSearchContext, nodeTypeOf, loadPackage, PACKAGE_DIR, PACKAGE_NAME };
