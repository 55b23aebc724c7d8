'use strict';
/**
 * The provider packages (n8n-nodes-zoho-billing, n8n-nodes-jframework, n8n-nodes-hyperaze), built
 * by scripts/build-providers.js from dist/ and packed with `npm pack` as they are published, checked
 * as n8n's verification sees them: the file list (only that provider's nodes, credentials, icons,
 * codex files and the code they require; no other provider's files, no tests, no maps), the
 * package.json rules, no other provider's name anywhere, the scanner's lint rules on the packed
 * files, and n8n's own package loader on the unpacked tarball.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { PackageDirectoryLoader } = require('n8n-core');
const { buildAndPack } = require('./harness/providers');
const { PROVIDERS, COMBINED, findMentions, formatMentions } = require('../scripts/build-providers');
const { tableFor, loadNode } = require('../scripts/operations-table');

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '..');
const MAIN = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function walk(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? walk(p) : [p];
	});
}

/** The package's JS entry files and everything they require() by relative path (throws on a missing one). */
function requireClosure(pkgDir, entries) {
	const seen = new Set();
	const queue = entries.map((e) => path.join(pkgDir, e));
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)) {
			if (!spec.startsWith('.')) continue;
			const base = path.resolve(path.dirname(file), spec);
			const found = [`${base}.js`, base, path.join(base, 'index.js')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
			if (!found) throw new Error(`${path.relative(pkgDir, file)} requires ${spec}, which is not in the package`);
			queue.push(found);
		}
	}
	return [...seen].map((f) => path.relative(pkgDir, f));
}

/** Every place in a package (file names and text) that names another provider: "file:line: text". */
function otherProviderNames(pkgDir, own) {
	const hits = [];
	for (const file of walk(pkgDir)) {
		const relative = path.relative(pkgDir, file);
		for (const other of PROVIDERS.filter((p) => p !== own)) {
			if (other.mentions.test(relative)) hits.push(`${relative} (file name): ${other.displayName}`);
			if (file.endsWith('.png')) continue;
			fs.readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					const m = other.mentions.exec(line);
					if (m) hits.push(`${relative}:${i + 1}: ${other.displayName}: ${line.slice(Math.max(0, m.index - 60), m.index + 60).trim()}`);
				});
		}
	}
	return hits;
}

let tmp;
let packs;
const byName = (name) => packs.find((p) => p.name === name);

beforeAll(() => {
	tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-packages-'));
	packs = buildAndPack(tmp, { extract: true });
});

afterAll(() => {
	if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

it('builds one package per provider, and together they hold every node and credential of the main package, each once', () => {
	expect(packs.map((p) => p.name).sort()).toEqual(['n8n-nodes-hyperaze', 'n8n-nodes-jframework', 'n8n-nodes-zoho-billing']);
	const nodes = packs.flatMap((p) => p.built.manifest.n8n.nodes);
	const credentials = packs.flatMap((p) => p.built.manifest.n8n.credentials);
	expect([...nodes].sort()).toEqual([...MAIN.n8n.nodes].sort());
	expect([...credentials].sort()).toEqual([...MAIN.n8n.credentials].sort());
	expect(new Set(credentials).size).toBe(credentials.length);
	// the credentials every Zoho credential file provides (a second one, e.g. for the webhook secret, included)
	const zohoCredentialFiles = MAIN.n8n.credentials.filter((c) => path.basename(c).startsWith('ZohoBilling'));
	expect(byName('n8n-nodes-zoho-billing').built.manifest.n8n.credentials).toEqual(expect.arrayContaining(zohoCredentialFiles));
});

describe.each(PROVIDERS.map((p) => [p.packageName, p]))('%s', (name, provider) => {
	const pack = () => byName(name);
	const manifest = () => JSON.parse(fs.readFileSync(path.join(pack().extracted, 'package.json'), 'utf8'));

	it('package.json: what n8n and its verification ask for', () => {
		const m = manifest();
		expect(m).toMatchObject({
			name,
			version: MAIN.version,
			license: 'MIT',
			files: ['dist'],
			peerDependencies: { 'n8n-workflow': '*' },
			repository: { type: 'git', url: MAIN.repository.url },
			n8n: { n8nNodesApiVersion: 1 },
		});
		expect(m.name).toMatch(/^n8n-nodes-/);
		expect(m.keywords).toContain('n8n-community-node-package');
		expect(m.author).toEqual({ name: expect.stringMatching(/\S/), email: expect.stringMatching(/^[^@\s]+@[^@\s]+\.[a-z]+$/) });
		expect(m.homepage).toMatch(/^https:\/\//);
		expect(m.description).toMatch(new RegExp(provider.mentions.source, 'i'));
		// n8n's no-monorepo rule: a repository without `directory`
		expect(m.repository.directory).toBeUndefined();
		for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'bundleDependencies', 'overrides', 'scripts']) {
			expect([field, m[field]]).toEqual([field, undefined]);
		}
		// the nodes are the provider's own folder's nodes, as the main package lists them
		expect(m.n8n.nodes).toEqual(MAIN.n8n.nodes.filter((f) => f.startsWith(`dist/nodes/${provider.folder}/`)).sort());
	});

	it('ships only the provider\'s nodes and credentials, the code they require, their icons and codex files, README, LICENSE', async () => {
		const { files, extracted } = pack();
		const m = manifest();
		for (const f of files) expect(f === 'package.json' || f === 'README.md' || f === 'LICENSE' || f.startsWith('dist/') ? f : `unexpected ${f}`).toBe(f);
		expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
		// no tests, fixtures, sources, declarations or source maps
		expect(files.filter((f) => /(^|\/)(test|tests|__tests__|emulators|fixtures)\/|\.(test|spec)\.js$|\.ts$|\.map$/.test(f))).toEqual([]);

		// every .js is an entry or required by one (nothing unused), and every require resolves inside the package
		const js = requireClosure(extracted, [...m.n8n.nodes, ...m.n8n.credentials]).sort();
		expect(files.filter((f) => f.endsWith('.js'))).toEqual(js);
		// the shared code is compiled in
		expect(js.filter((f) => f.startsWith('dist/nodes/shared/')).length).toBeGreaterThan(0);
		// JS only from the provider's folder, the shared folder and its credentials
		for (const f of js) {
			expect(f.startsWith(`dist/nodes/${provider.folder}/`) || f.startsWith('dist/nodes/shared/') || f.startsWith('dist/credentials/') ? f : `foreign ${f}`).toBe(f);
		}

		// the rest: exactly the icons the nodes and credentials point to and the nodes' codex files
		const loader = new PackageDirectoryLoader(extracted);
		await loader.loadAll();
		const nodes = Object.values(loader.nodeTypes).map((n) => n.type.description);
		const credentials = Object.values(loader.credentialTypes).map((c) => c.type);
		expect(nodes.length).toBe(m.n8n.nodes.length);
		expect(credentials.length).toBe(m.n8n.credentials.length);
		const prefix = `icons/${name}/`;
		const icons = [...nodes, ...credentials].flatMap((d) => Object.values(d.iconUrl ?? {})).map((u) => {
			expect(u.startsWith(prefix)).toBe(true); // n8n resolved a `file:` icon inside this package
			return u.slice(prefix.length);
		});
		const codex = m.n8n.nodes.map((f) => f.replace(/\.js$/, '.json'));
		expect(files.filter((f) => !f.endsWith('.js') && f.startsWith('dist/'))).toEqual([...new Set([...icons, ...codex])].sort());
		for (const icon of icons) expect(fs.readFileSync(path.join(extracted, icon), 'utf8')).toMatch(/<svg/);

		// each node's codex names this package's node type; n8n read it
		for (const file of m.n8n.nodes) {
			const description = nodes.find((d) => path.basename(file, '.node.js').toLowerCase() === d.name.toLowerCase());
			expect(description).toBeDefined();
			expect(JSON.parse(fs.readFileSync(path.join(extracted, file.replace(/\.js$/, '.json')), 'utf8')).node).toBe(`${name}.${description.name}`);
			expect(description.codex.categories.length).toBeGreaterThan(0);
		}
		// every credential a node uses is declared by this package (n8n's no-credential-reuse)
		const declared = new Set(credentials.map((c) => c.name));
		for (const d of nodes) for (const c of d.credentials ?? []) expect([d.name, declared.has(c.name)]).toEqual([d.name, true]);
	});

	it('names no other provider anywhere: file names, package.json, README, compiled code', () => {
		// where the build found one, traced back to the TypeScript line (nodes/shared/** is shared by all)
		expect(formatMentions(pack().built.mentions)).toBe('');
		// and the tarball as published
		expect(otherProviderNames(pack().extracted, provider).join('\n')).toBe('');
	});

	it('README: the provider\'s operations table as generated from the node, installation advice, links that work on npm', () => {
		const readme = fs.readFileSync(path.join(pack().extracted, 'README.md'), 'utf8');
		const m = manifest();
		const regular = m.n8n.nodes.find((f) => !/Trigger\.node\.js$/.test(f));
		expect(readme).toContain(tableFor(loadNode(regular)));
		expect(readme).toMatch(/^# n8n-nodes-/);
		for (const heading of ['Installation', 'Credentials', 'Operations', 'Triggers', 'Limits', 'License']) {
			expect(readme).toMatch(new RegExp(`^## ${heading}$`, 'm'));
		}
		expect(readme).toContain(`package name \`${name}\``);
		expect(readme).toContain(`\`${name}.`); // the node type names
		expect(readme).toMatch(new RegExp(`Do not install this package and \`${COMBINED}\` in the same n8n`));
		// links: absolute, or an anchor of this README, or its LICENSE
		const anchors = new Set([...readme.matchAll(/^#{1,6} (.*)$/gm)].map((h) => h[1].trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')));
		for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
			if (/^https:\/\//.test(target) || target === 'LICENSE') continue;
			expect(target.startsWith('#') && anchors.has(target.slice(1)) ? target : `broken link ${target}`).toBe(target);
		}
	});
});

it('the packed files pass the verification scanner\'s lint rules (package.json: community rules; .js: restricted imports and globals)', () => {
	const dirs = packs.map((p) => p.extracted);
	let out;
	try {
		out = execFileSync(process.execPath, [path.join(ROOT, 'scripts/lint-providers.mjs'), '--json', ...dirs], { encoding: 'utf8', cwd: ROOT });
	} catch (error) {
		out = error.stdout; // exit 1 when there are problems: the report says which
	}
	const reports = JSON.parse(out);
	expect(reports).toHaveLength(3);
	for (const r of reports) {
		expect(r.files).toContain('package.json');
		expect(r.files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(10);
		expect([r.dir, r.messages]).toEqual([r.dir, []]);
	}
});

it('the name check finds a provider named in shared code and points at the TypeScript line it comes from', () => {
	// a copy of one package whose compiled shared code says "Zoho" in a string at a known place
	const hz = byName('n8n-nodes-hyperaze');
	const copy = path.join(tmp, 'planted');
	fs.cpSync(hz.built.dir, copy, { recursive: true });
	const original = path.join(ROOT, 'dist/nodes/shared/errors.js');
	const lines = fs.readFileSync(original, 'utf8').split('\n');
	const index = lines.findIndex((l) => /'[A-Za-z ]{6,}'/.test(l));
	expect(index).toBeGreaterThanOrEqual(0);
	const literal = /'([A-Za-z ]{6,})'/.exec(lines[index]);
	const planted = [...lines];
	planted[index] = lines[index].replace(literal[0], `'${'Zoho'.padEnd(literal[1].length)}'`);
	fs.writeFileSync(path.join(copy, 'dist/nodes/shared/errors.js'), planted.join('\n'));
	const copied = new Map([[path.join(copy, 'dist/nodes/shared/errors.js'), original]]);
	const hits = findMentions(copy, PROVIDERS.find((p) => p.packageName === 'n8n-nodes-hyperaze'), copied);
	expect(hits).toHaveLength(1);
	expect(hits[0]).toMatchObject({ provider: 'Zoho Billing', file: 'dist/nodes/shared/errors.js', line: index + 1 });
	expect(hits[0].source.file).toBe('nodes/shared/errors.ts');
	const tsLine = fs.readFileSync(path.join(ROOT, 'nodes/shared/errors.ts'), 'utf8').split('\n')[hits[0].source.line - 1];
	expect(tsLine).toContain(literal[1]);
	expect(formatMentions(hits)).toContain(`n8n-nodes-hyperaze/dist/nodes/shared/errors.js:${index + 1} <- nodes/shared/errors.ts:${hits[0].source.line}: names Zoho Billing`);
});
