'use strict';
/** Checks on the built package as n8n and its verification see it. */
const fs = require('fs');
const path = require('path');
const { loadPackage, PACKAGE_DIR } = require('./harness/engine');
const { render, OPERATIONS } = require('../scripts/operations-table');

const pkg = require('../package.json');

function walk(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? walk(p) : [p];
	});
}

describe('package manifest', () => {
	it('every path in the n8n block exists after the build, and every node/credential source is listed', () => {
		for (const file of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
			expect(fs.existsSync(path.join(PACKAGE_DIR, file))).toBe(true);
		}
		const nodeSources = walk(path.join(PACKAGE_DIR, 'nodes')).filter((f) => f.endsWith('.node.ts'));
		expect(pkg.n8n.nodes.sort()).toEqual(
			nodeSources.map((f) => `dist/${path.relative(PACKAGE_DIR, f).replace(/\.ts$/, '.js')}`).sort(),
		);
		const credSources = walk(path.join(PACKAGE_DIR, 'credentials')).filter((f) => f.endsWith('.credentials.ts'));
		expect(pkg.n8n.credentials.sort()).toEqual(
			credSources.map((f) => `dist/${path.relative(PACKAGE_DIR, f).replace(/\.ts$/, '.js')}`).sort(),
		);
	});

	it('has no runtime dependencies, n8n-workflow as the only peer, no install scripts, and ships only dist', () => {
		expect(pkg.dependencies ?? {}).toEqual({});
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish']) {
			expect(pkg.scripts[script]).toBeUndefined();
		}
		expect(pkg.files).toEqual(['dist']);
		expect(pkg.keywords).toContain('n8n-community-node-package');
		expect(pkg.license).toBe('MIT');
	});

	// n8n's community rules allow these besides relative imports; the package uses n8n-workflow and node:crypto
	const ALLOWED = new Set(['n8n-workflow', 'node:crypto', 'crypto', 'lodash', 'luxon', 'zod', 'p-limit']);
	const allowed = (spec) => ALLOWED.has(spec) || spec.startsWith('.');

	it('shipped code imports nothing but what n8n allows (and its own files), and uses no process, console, timers or fs', () => {
		const sources = [...walk(path.join(PACKAGE_DIR, 'nodes')), ...walk(path.join(PACKAGE_DIR, 'credentials'))].filter((f) =>
			f.endsWith('.ts'),
		);
		expect(sources.length).toBeGreaterThan(10);
		for (const file of sources) {
			const text = fs.readFileSync(file, 'utf8');
			const specifiers = [...text.matchAll(/(?:from|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
			for (const spec of specifiers) {
				expect(allowed(spec) ? spec : `${path.relative(PACKAGE_DIR, file)} imports ${spec}`).toBe(spec);
			}
			expect(text).not.toMatch(/\bprocess\.|\bconsole\.|\bsetTimeout\(|\bsetInterval\(|__dirname/);
		}
		// the compiled output too
		const compiled = walk(path.join(PACKAGE_DIR, 'dist')).filter((f) => f.endsWith('.js'));
		for (const file of compiled) {
			const requires = [...fs.readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
			for (const spec of requires) expect(allowed(spec) ? spec : `${path.relative(PACKAGE_DIR, file)} requires ${spec}`).toBe(spec);
		}
	});
});

describe('node descriptions (as n8n loads them)', () => {
	let loader;
	beforeAll(async () => {
		loader = await loadPackage();
	});

	const nodes = () => Object.values(loader.nodeTypes).map((n) => n.type.description);

	it('loads the three nodes, their triggers and four credentials through n8n\'s package loader', () => {
		expect(Object.keys(loader.nodeTypes).sort()).toEqual([
			'hyperaze',
			'hyperazeTrigger',
			'jFramework',
			'jFrameworkTrigger',
			'zohoBilling',
			'zohoBillingEventsTrigger',
			'zohoBillingTrigger',
		]);
		expect(Object.keys(loader.credentialTypes).sort()).toEqual(['hyperazeApi', 'jFrameworkApi', 'zohoBillingOAuth2Api', 'zohoBillingWebhookApi']);
	});

	it('each node has themed icons that exist, a subtitle, usableAsTool (triggers must not) and a codex', () => {
		for (const d of nodes()) {
			if (d.group.includes('trigger')) {
				expect([d.name, d.usableAsTool]).toEqual([d.name, undefined]);
				expect(d.subtitle).toBeTruthy();
			} else {
				expect(d.usableAsTool).toBe(true);
				expect(d.subtitle).toMatch(/operation/);
			}
			expect(d.codex).toBeDefined();
			expect(d.codex.categories).toEqual(expect.arrayContaining(['Finance & Accounting']));
			// n8n's loader turns `file:` icons into icon URLs once it has found the files
			expect(d.iconUrl.light).toMatch(/\.svg$/);
			expect(d.iconUrl.dark).toMatch(/\.dark\.svg$/);
			expect(d.iconUrl.light).not.toBe(d.iconUrl.dark);
		}
		const svgs = walk(path.join(PACKAGE_DIR, 'dist/nodes')).filter((f) => f.endsWith('.svg'));
		expect(svgs.length).toBe(6);
	});

	it('every operation has an action label and a description; options are sorted; lists have Return All and Limit', () => {
		for (const d of nodes()) {
			for (const prop of d.properties) {
				if (prop.type === 'options' && Array.isArray(prop.options) && prop.name !== 'requestOptions') {
					const names = prop.options.map((o) => o.name);
					expect([d.name, prop.name, names]).toEqual([d.name, prop.name, [...names].sort((a, b) => a.localeCompare(b))]);
				}
				if (prop.name === 'operation') {
					for (const op of prop.options) {
						expect(op.action).toMatch(/^[A-Z]/);
						expect(op.description).toBeTruthy();
						expect(op.routing?.send?.paginate).toBe(true); // every request goes through the provider's one sending place
						if (op.value === 'getAll') {
							const resource = prop.displayOptions.show.resource[0];
							const shown = (name) =>
								d.properties.find((p) => p.name === name && p.displayOptions?.show?.resource?.includes(resource) && p.displayOptions.show.operation.includes('getAll'));
							expect(shown('returnAll')).toBeDefined();
							expect(shown('limit')).toBeDefined();
						}
					}
				}
			}
		}
	});

	it('every operation path is a template whose IDs the provider client fills (no expression builds a path), and every operation goes through the client', () => {
		let placeholders = 0;
		for (const d of nodes().filter((n) => n.requestOperations)) {
			for (const prop of d.properties.filter((p) => p.name === 'operation')) {
				for (const op of prop.options) {
					const url = String(op.routing?.request?.url ?? '');
					expect(url.startsWith('=') || url.includes('{{') ? `${d.name} ${op.value}: ${url}` : url).toBe(url);
					placeholders += (url.match(/\{[A-Za-z0-9_.]+\}/g) ?? []).length;
					// paginate routes the request to the provider client (the node's pagination function or a list paginator)
					expect([d.name, op.value, op.routing?.send?.paginate]).toEqual([d.name, op.value, true]);
				}
			}
		}
		expect(placeholders).toBeGreaterThan(150);
	});

	it('secrets are password fields', () => {
		const byName = (type) => Object.fromEntries(loader.credentialTypes[type].type.properties.map((p) => [p.name, p]));
		expect(byName('hyperazeApi').apiKey.typeOptions.password).toBe(true);
		expect(byName('jFrameworkApi').authKey.typeOptions.password).toBe(true);
	});
});

describe('example workflows', () => {
	it('set only parameters the nodes have (a renamed or removed option would be silently ignored by n8n)', async () => {
		const { NodeHelpers } = require('n8n-workflow');
		const loader = await loadPackage();
		const problems = [];
		for (const file of fs.readdirSync(path.join(PACKAGE_DIR, 'examples')).filter((f) => f.endsWith('.json'))) {
			const workflow = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'examples', file), 'utf8'));
			for (const node of workflow.nodes) {
				if (!node.type.startsWith(`${pkg.name}.`)) continue;
				const loaded = loader.nodeTypes[node.type.slice(pkg.name.length + 1)];
				const { properties } = NodeHelpers.getVersionedNodeType(loaded.type, node.typeVersion).description;
				for (const [name, value] of Object.entries(node.parameters ?? {})) {
					const same = properties.filter((p) => p.name === name);
					if (same.length === 0) {
						problems.push(`${file} → ${node.name}: no parameter "${name}"`);
						continue;
					}
					const collections = same.filter((p) => p.type === 'collection');
					if (collections.length === 0 || value === null || typeof value !== 'object') continue;
					const options = new Set(collections.flatMap((p) => (p.options ?? []).map((o) => o.name)));
					// n8n's own Request Options of declarative nodes, which ours are merged into
					if (name === 'requestOptions') for (const own of ['batching', 'proxy', 'allowUnauthorizedCerts', 'timeout']) options.add(own);
					for (const key of Object.keys(value)) if (!options.has(key)) problems.push(`${file} → ${node.name}: "${name}" has no option "${key}"`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('documentation', () => {
	const README = path.join(PACKAGE_DIR, 'README.md');

	it('docs/operations.md states the operations exactly as the nodes offer them', () => {
		const current = fs.readFileSync(OPERATIONS, 'utf8');
		expect(current).toBe(render(current));
	});

	it('the README is short, names npm test, and every relative link in it and in docs/ points at a file that exists', () => {
		const readme = fs.readFileSync(README, 'utf8');
		expect(readme.split('\n').length).toBeLessThanOrEqual(200);
		expect(readme).toMatch(/npm test/);
		const files = [README, ...fs.readdirSync(path.join(PACKAGE_DIR, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(PACKAGE_DIR, 'docs', f))];
		for (const file of files) {
			for (const [, target] of fs.readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
				if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
				const resolved = path.resolve(path.dirname(file), target.split('#')[0]);
				expect(fs.existsSync(resolved) ? target : `${path.relative(PACKAGE_DIR, file)} links to ${target}, which does not exist`).toBe(target);
			}
		}
	});
});
