'use strict';
/**
 * Every Hyperaze operation against what Hyperaze's published pages show
 * (test/fixtures/hyperaze-contract.json, made by scripts/contract-fixtures.js): method and path,
 * query parameters, body field names, types and allowed values; and every guess labelled where the
 * user and an AI agent read it:
 *  - an operation whose path no published page confirms (inferred) says so in its description
 *    and in a notice shown with it, and its endpoint is marked inferred;
 *  - a body field a published page does not list for its request (or lists only as guessed from
 *    a returned object) says so in its description;
 *  - the credential test, which calls an inferred path, says so when Hyperaze answers 404.
 * What an operation sends is read from the node's description and from one run per operation in
 * n8n's engine with every field shown for it filled in (the request the emulator received).
 */
const path = require('path');
const { startHyperazeEmulator } = require('../emulators');
const { hyperazeCredentials } = require('../helpers');
const R = require('../harness/requests');
const contract = require('../fixtures/hyperaze-contract.json');

const NODE = 'hyperaze';
const BASE = '/api/v1';
const UNLISTED = "Not listed on Hyperaze's published";

/** Runs besides the filled-in ones (a Subscription plan, so that its renewal fields may be sent). */
const EXTRA_RUNS = {
	'plan.update': [{ updateFields: { pricing_type: 'Subscription' } }],
};

const dist = (file) => require(path.resolve(__dirname, '../../dist', file));
const operations = R.operationKeys('Hyperaze/Hyperaze.node.js');

let emu;
let credentials;
let byKey;

beforeAll(async () => {
	emu = await startHyperazeEmulator();
	credentials = hyperazeCredentials(emu);
	byKey = new Map((await R.operationsOf(NODE)).map((op) => [`${op.resource}.${op.operation}`, op]));
});
afterAll(async () => {
	await emu.close();
});

describe("Hyperaze operations against Hyperaze's published pages", () => {
	it('the endpoints marked inferred are exactly those the published pages do not confirm', () => {
		const { ENDPOINTS } = dist('nodes/Hyperaze/shared/endpoints.js');
		const node = Object.values(ENDPOINTS).map((e) => `${e.method} ${e.path} ${e.inferred}`).sort();
		const published = contract.operations.map((o) => `${o.method} ${o.path} ${o.inferred}`).sort();
		expect(node).toEqual(published);
		expect(contract.operations.filter((o) => o.inferred)).toHaveLength(11);
	});

	it.each(operations)('%s', async (key) => {
		const op = byKey.get(key);
		const declared = R.declaredRequest(op);
		const runs = [];
		for (const choices of [{}, ...R.choiceVariants(op)]) {
			emu.reset();
			runs.push(await R.sentRequests(emu, NODE, credentials, op, choices));
		}
		for (const overrides of EXTRA_RUNS[key] ?? []) {
			emu.reset();
			runs.push(await R.sentRequests(emu, NODE, credentials, op, {}, overrides));
		}
		const { problems, captured, contractOp, sentBody } = R.checkOperation({ key, declared, runs, contract, basePath: BASE, complete: true });
		expect({ key, captured: captured > 0, error: captured ? null : runs[0].error?.message }).toEqual({ key, captured: true, error: null });

		// a body field no page lists (or one only guessed) is accepted when its description says so
		const labelled = (name) => String(sentBody.get(name)?.declared?.description ?? '').includes(UNLISTED);
		const left = problems.filter((p) => !(p.where === 'body' && p.unlisted && labelled(p.name)));
		expect(left.map((p) => p.text)).toEqual([]);
		for (const [name, facts] of Object.entries(contractOp.body ?? {})) {
			if (facts.inferred && sentBody.has(name)) expect({ key, name, labelled: labelled(name) }).toEqual({ key, name, labelled: true });
		}
		// a documented field is not labelled as a guess
		for (const [name, sent] of sentBody) {
			if (contractOp.body?.[name] && !contractOp.body[name].inferred) expect({ key, name, labelled: String(sent.declared?.description ?? '').includes(UNLISTED) }).toEqual({ key, name, labelled: false });
		}

		// an inferred path is said in the description and in a notice shown with the operation
		const { INFERRED_WORDS } = dist('nodes/Hyperaze/shared/endpoints.js');
		const notices = op.properties.filter((p) => p.type === 'notice' && p.displayName.includes(INFERRED_WORDS));
		expect({ key, described: op.option.description.includes(INFERRED_WORDS), notices: notices.length }).toEqual({
			key,
			described: contractOp.inferred,
			notices: contractOp.inferred ? 1 : 0,
		});
	});

	it('the credential test says that its path is inferred when Hyperaze answers 404', () => {
		const Credential = Object.values(dist('credentials/HyperazeApi.credentials.js'))[0];
		const test = new Credential().test;
		const listed = contract.operations.find((o) => o.method === 'GET' && o.path === test.request.url);
		expect(listed.inferred).toBe(true);
		const rule = test.rules.find((r) => r.type === 'responseCode' && r.properties.value === 404);
		expect(rule.properties.message).toMatch(/inferred/);
		expect(rule.properties.message).toContain(test.request.url);
	});
});
