'use strict';
/**
 * Zoho Billing coverage: every operation of Zoho's API contract (test/fixtures/zoho-contract.json,
 * made from Zoho's own OpenAPI documents, one per module, by scripts/contract-fixtures.js) must
 * have a node operation with the same method and path, unless it is in the short, justified
 * exclusion list below.
 */
const { loadPackage } = require('./harness/engine');
const contract = require('./fixtures/zoho-contract.json');

/** "METHOD /path" of operations deliberately not offered, with the reason. Keep it short. */
const EXCLUDED = {};

const normalize = (op) =>
	op
		.replace(/\{\{[^}]*\}\}/g, '{}')
		.replace(/\{[^}]*\}/g, '{}')
		.replace(/\?.*$/, '')
		.replace(/\/+$/, '');

describe("Zoho Billing coverage of Zoho's API contract", () => {
	it('the contract holds every module', () => {
		expect(new Set(contract.operations.map((o) => o.module)).size).toBeGreaterThanOrEqual(24);
	});

	it('every documented operation has a node operation (gaps are listed)', async () => {
		const loader = await loadPackage();
		const description = loader.nodeTypes.zohoBilling.type.description;
		const offered = new Set();
		for (const prop of description.properties.filter((p) => p.name === 'operation')) {
			for (const op of prop.options) {
				const request = op.routing?.request;
				if (!request?.url) continue;
				offered.add(normalize(`${(request.method ?? 'GET').toUpperCase()} ${String(request.url).replace(/^=/, '')}`));
			}
		}
		const documented = contract.operations.map((o) => ({ op: `${o.method} ${o.path}`, module: o.module }));
		expect(documented.length).toBeGreaterThanOrEqual(190);
		const gaps = documented
			.filter(({ op }) => !offered.has(normalize(op)) && !(op in EXCLUDED))
			.map(({ op, module }) => `${module}: ${op}`);
		expect(gaps).toEqual([]);
		// the exclusion list stays honest: every entry is a documented operation, and it stays short
		for (const op of Object.keys(EXCLUDED)) expect(documented.map((d) => d.op)).toContain(op);
		expect(Object.keys(EXCLUDED).length).toBeLessThanOrEqual(8);
	});
});
