'use strict';
/**
 * Zoho Billing coverage: every operation in Zoho's own OpenAPI documents (one per module, beside
 * the project in ../shared/reference/zoho-billing-openapi) must have a node operation with the
 * same method and path, unless it is in the short, justified exclusion list below.
 */
const fs = require('fs');
const path = require('path');
const { loadPackage } = require('./harness/engine');

const SPEC_DIR = path.resolve(__dirname, '../../shared/reference/zoho-billing-openapi');

/** "METHOD /path" of operations deliberately not offered, with the reason. Keep it short. */
const EXCLUDED = {};

/** Reads `paths:` → method entries from an OpenAPI YAML document (no YAML library needed). */
function operationsOf(file) {
	const ops = [];
	let inPaths = false;
	let current;
	for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
		if (/^paths:\s*$/.test(line)) {
			inPaths = true;
			continue;
		}
		if (inPaths && /^\S/.test(line)) inPaths = false;
		if (!inPaths) continue;
		const pathMatch = /^ {2}['"]?(\/[^'":]*)['"]?:\s*$/.exec(line);
		if (pathMatch) {
			current = pathMatch[1];
			continue;
		}
		const methodMatch = /^ {4}(get|post|put|delete|patch):\s*$/.exec(line);
		if (methodMatch && current) ops.push(`${methodMatch[1].toUpperCase()} ${current}`);
	}
	return ops;
}

const normalize = (op) =>
	op
		.replace(/\{\{[^}]*\}\}/g, '{}')
		.replace(/\{[^}]*\}/g, '{}')
		.replace(/\?.*$/, '')
		.replace(/\/+$/, '');

describe('Zoho Billing coverage of Zoho\'s OpenAPI documents', () => {
	it('the OpenAPI documents are there', () => {
		expect(fs.existsSync(SPEC_DIR)).toBe(true);
		expect(fs.readdirSync(SPEC_DIR).filter((f) => f.endsWith('.yml')).length).toBeGreaterThanOrEqual(24);
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
		const documented = fs
			.readdirSync(SPEC_DIR)
			.filter((f) => f.endsWith('.yml'))
			.flatMap((f) => operationsOf(path.join(SPEC_DIR, f)).map((op) => ({ op, module: f })));
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
