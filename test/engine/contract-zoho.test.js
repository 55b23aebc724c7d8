'use strict';
/**
 * Every Zoho Billing operation against Zoho's API contract (test/fixtures/zoho-contract.json, made
 * from Zoho's OpenAPI documents by scripts/contract-fixtures.js): method and path (placeholders
 * normalised), query parameter names (and their allowed values), body field names, types and
 * allowed values. What an operation sends is read from the node's description, and from one run
 * per operation in n8n's engine with every field shown for it filled in (the request the emulator
 * received), which also sees what preSend functions and value expressions build.
 *
 * A query parameter the contract does not list is accepted only where the node applies the
 * filter itself (its paginator's `keptQuery`, see nodes/ZohoBilling/shared/keptList.ts).
 */
const { startZohoEmulator } = require('../emulators');
const { zohoCredentials } = require('../helpers');
const R = require('../harness/requests');
const contract = require('../fixtures/zoho-contract.json');

const NODE = 'zohoBilling';
const BASE = '/billing/v1';

/** Operations outside Zoho's OpenAPI documents, by key prefix, with where Zoho documents them. */
const OUTSIDE = {
	'organization.': "Zoho's organizations page (GET /organizations, GET /organizations/{id}) has no OpenAPI document",
	'priceList.': "Zoho's price lists (pricebooks) page has no OpenAPI document",
	'paymentLink.create': "Zoho's payment links page (POST /paymentlinks) has no OpenAPI document",
};

/** Differences from the contract that stay, each with its reason. Keep it short. */
const EXCEPTIONS = {
	'invoice.downloadPdf query accept': 'invoices.yml defines `accept` (json, pdf, html) among its components but wires it to no operation',
	'invoice.updateCustomFieldsById body customfield_id': 'the contract gives this body as an array without item fields; its name says the fields are given by ID',
	'invoice.updateCustomFieldsById body value': 'the same array: each entry carries the field\'s value',
	'timeEntry.deleteMany query time_entry_ids': 'the contract names no way to pass the IDs; the guess is said in the operation\'s notice and description',
};

/** Operations not run (read from the description only), with the reason. */
const NOT_RUN = {
	'invoice.addAttachment': 'it uploads the input item\'s binary file, which a filled-in run has none of',
};

/** Runs besides the filled-in ones, for fields that only some values show or send. */
const EXTRA_RUNS = {};

const operations = R.operationKeys('ZohoBilling/ZohoBilling.node.js');

let emu;
let credentials;
let byKey;
const usedExceptions = new Set();

beforeAll(async () => {
	emu = await startZohoEmulator();
	// a budget no run of this file reaches: pacing is not what is tested here
	credentials = zohoCredentials(emu, { requestsPerMinute: 1_000_000 });
	byKey = new Map((await R.operationsOf(NODE)).map((op) => [`${op.resource}.${op.operation}`, op]));
});
afterAll(async () => {
	await emu.close();
});

const outside = (key) => Object.keys(OUTSIDE).find((prefix) => key === prefix || key.startsWith(prefix));

describe("Zoho Billing operations against Zoho's API contract", () => {
	it('the contract fixture holds every module of Zoho\'s OpenAPI documents', () => {
		expect(contract.operations.length).toBeGreaterThanOrEqual(190);
		expect(new Set(contract.operations.map((o) => o.module)).size).toBeGreaterThanOrEqual(24);
		for (const o of contract.operations) expect(o).toEqual(expect.objectContaining({ method: expect.any(String), path: expect.stringMatching(/^\//), name: expect.any(String) }));
	});

	it.each(operations)('%s', async (key) => {
		const op = byKey.get(key);
		const declared = R.declaredRequest(op);
		const place = outside(key);
		if (place) {
			// outside the documents: its method and path at least are not in them under another name
			expect(R.contractOperation(contract, declared.method, declared.url)).toBeUndefined();
			return;
		}
		const runs = [];
		if (!NOT_RUN[key]) {
			for (const choices of [{}, ...R.choiceVariants(op)]) {
				emu.reset();
				runs.push(await R.sentRequests(emu, NODE, credentials, op, choices));
			}
			for (const overrides of EXTRA_RUNS[key] ?? []) {
				emu.reset();
				runs.push(await R.sentRequests(emu, NODE, credentials, op, {}, overrides));
			}
		}
		const { problems, captured } = R.checkOperation({ key, declared, runs, contract, basePath: BASE });
		if (!NOT_RUN[key]) expect({ key, captured: captured > 0, error: captured ? null : runs[0].error?.message }).toEqual({ key, captured: true, error: null });
		const kept = new Set(op.option.routing?.operations?.pagination?.keptQuery ?? []);
		const left = problems.filter((p) => {
			if (EXCEPTIONS[p.id]) {
				usedExceptions.add(p.id);
				return false;
			}
			// a filter the contract does not list, which the node applies to every page itself
			return !(p.where === 'query' && p.unlisted && kept.has(p.name));
		});
		expect(left.map((p) => p.text)).toEqual([]);
	});

	it('every exception is still needed, and the lists stay short', () => {
		expect(Object.keys(EXCEPTIONS).filter((id) => !usedExceptions.has(id))).toEqual([]);
		expect(Object.keys(EXCEPTIONS).length).toBeLessThanOrEqual(8);
		expect(Object.keys(OUTSIDE).length).toBeLessThanOrEqual(4);
		for (const prefix of Object.keys(OUTSIDE)) expect(operations.some((key) => key.startsWith(prefix))).toBe(true);
	});

	it('every filter the node applies itself is one the contract does not list for that list', async () => {
		for (const [key, op] of byKey) {
			const keptQuery = op.option.routing?.operations?.pagination?.keptQuery;
			if (!keptQuery) continue;
			const declared = R.declaredRequest(op);
			const contractOp = R.contractOperation(contract, declared.method, declared.url);
			for (const name of keptQuery) expect({ key, name, listed: name in contractOp.query }).toEqual({ key, name, listed: false });
		}
	});
});
