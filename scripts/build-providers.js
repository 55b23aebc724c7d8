'use strict';
/**
 * Builds one npm package per provider (n8n-nodes-zoho-billing, n8n-nodes-jframework,
 * n8n-nodes-hyperaze) from the compiled package in dist/, into dist-providers/<package name>/.
 * Run `npm run build` first; `npm run build:providers` runs this script.
 *
 * n8n's verification accepts one third-party service per package, so each provider also ships
 * on its own. Nothing is written by hand: for each provider the script
 *  - takes its nodes (dist/nodes/<Folder>/*.node.js) and its credentials: those whose file name
 *    starts with the folder name, and any credential its nodes reference;
 *  - copies those files and everything they require() through relative paths (so the shared code
 *    in nodes/shared/ is compiled into each package), the icons their descriptions point to, the
 *    other images and codex files next to them (a codex's `node` is set to the package's node type);
 *  - writes package.json (from the main one), LICENSE, and a README made from that provider's parts
 *    of docs/<guide>.md, docs/triggers.md and docs/operations.md, with the operations table generated from
 *    the node by scripts/operations-table.js.
 * Type declarations (.d.ts) and source maps are left out: n8n loads only the .js, and the maps
 * point to TypeScript sources that are not in the package.
 *
 * Then it checks that no file of a package names another provider (file names and contents). A
 * hit in compiled code is traced back to its TypeScript line through the source map. The command
 * fails when there is one; buildProviders() returns them for the tests.
 */
const fs = require('fs');
const path = require('path');
const { tableFor, loadNode } = require('./operations-table');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'dist-providers');
const COMBINED = 'n8n-nodes-subscription-billing';

/**
 * The providers. `folder` is the folder under nodes/ and the prefix of its credential files;
 * `guide` the page under docs/; `mentions` what counts as the provider's name in another package.
 */
const PROVIDERS = [
	{
		packageName: 'n8n-nodes-zoho-billing',
		folder: 'ZohoBilling',
		displayName: 'Zoho Billing',
		guide: 'zoho-billing.md',
		mentions: /zoho/i,
		description:
			'n8n nodes for Zoho Billing (formerly Zoho Subscriptions): the whole Billing API v1 in all eight data centres, a webhook trigger and an event-log trigger.',
		keywords: ['zoho billing', 'zoho subscriptions', 'zoho', 'subscriptions', 'billing', 'invoices'],
	},
	{
		packageName: 'n8n-nodes-jframework',
		folder: 'JFramework',
		displayName: 'JFramework',
		guide: 'jframework.md',
		mentions: /j-?framework/i,
		description:
			'n8n nodes for the JFramework protocol API: licenses, prices, packages, subscription types, payments, invoices, coupons, wallets and features, and a polling trigger.',
		keywords: ['jframework', 'licensing', 'licenses', 'subscriptions', 'payments'],
	},
	{
		packageName: 'n8n-nodes-hyperaze',
		folder: 'Hyperaze',
		displayName: 'Hyperaze',
		guide: 'hyperaze.md',
		mentions: /hyperaze/i,
		description:
			'n8n nodes for Hyperaze: memberships and license key validation, products, pricing plans, checkout links and payments, and a polling trigger.',
		keywords: ['hyperaze', 'licensing', 'license keys', 'memberships', 'checkout'],
	},
];

const posix = (p) => p.split(path.sep).join('/');
const rel = (p) => posix(path.relative(ROOT, p));

function walk(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? walk(p) : [p];
	});
}

/** The classes a compiled node or credential file exports, instantiated. */
function instances(file) {
	return Object.values(require(file))
		.filter((v) => typeof v === 'function')
		.map((C) => new C());
}

// ---------------------------------------------------------------------------------------------
// What goes into a package
// ---------------------------------------------------------------------------------------------

/** Every compiled credential: { file, name, icons }. */
function allCredentials() {
	return walk(path.join(DIST, 'credentials'))
		.filter((f) => f.endsWith('.credentials.js'))
		.flatMap((file) => instances(file).map((c) => ({ file, name: c.name, icon: c.icon })));
}

/** The provider's nodes and credentials, found from dist/ (not from a list kept by hand). */
function entriesOf(provider, credentials) {
	const dir = path.join(DIST, 'nodes', provider.folder);
	const nodeFiles = fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.node.js'))
		.sort()
		.map((f) => path.join(dir, f));
	if (nodeFiles.length === 0) throw new Error(`${rel(dir)} has no compiled node`);
	const nodes = nodeFiles.flatMap((file) => instances(file).map((n) => ({ file, description: n.description })));
	const referenced = new Set(nodes.flatMap((n) => (n.description.credentials ?? []).map((c) => c.name)));
	const mine = credentials.filter(
		(c) => path.basename(c.file).startsWith(provider.folder) || referenced.has(c.name),
	);
	const missing = [...referenced].filter((name) => !credentials.some((c) => c.name === name));
	if (missing.length) {
		throw new Error(`${provider.displayName} nodes reference credentials with no compiled file: ${missing.join(', ')}`);
	}
	return { nodes, credentials: mine };
}

const REQUIRE = /\brequire\((['"])([^'"]+)\1\)/g;

function resolveRelative(fromFile, spec) {
	const base = path.resolve(path.dirname(fromFile), spec);
	for (const candidate of [base, `${base}.js`, `${base}.json`, path.join(base, 'index.js')]) {
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	}
	throw new Error(`${rel(fromFile)} requires ${spec}, which is not in dist/`);
}

/** The entry files plus everything they require() through relative paths, transitively. */
function requireClosure(entryFiles) {
	const seen = new Set();
	const external = new Set();
	const queue = [...entryFiles];
	while (queue.length) {
		const file = queue.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		if (!file.endsWith('.js')) continue;
		for (const [, , spec] of fs.readFileSync(file, 'utf8').matchAll(REQUIRE)) {
			if (spec.startsWith('./') || spec.startsWith('../')) queue.push(resolveRelative(file, spec));
			else external.add(spec);
		}
	}
	return { files: [...seen].sort(), external: [...external].sort() };
}

/** The files an icon setting (`file:x.svg` or { light, dark }) of a class in `file` points to. */
function iconFiles(file, icon) {
	const values = typeof icon === 'string' ? [icon] : icon ? Object.values(icon) : [];
	return values
		.filter((v) => typeof v === 'string' && v.startsWith('file:'))
		.map((v) => {
			const target = path.resolve(path.dirname(file), v.slice('file:'.length));
			if (!fs.existsSync(target)) throw new Error(`${rel(file)} has the icon ${v}, which is not in dist/`);
			return target;
		});
}

const STATIC = /\.(svg|png)$|\.node\.json$/;

// ---------------------------------------------------------------------------------------------
// package.json, README, LICENSE
// ---------------------------------------------------------------------------------------------

function repositoryWeb(mainPkg) {
	const url = String(mainPkg.repository?.url ?? mainPkg.repository ?? '');
	const m = /github\.com[/:]([^/]+)\/([^/.]+?)(?:\.git)?$/.exec(url);
	if (!m) throw new Error(`package.json repository.url is not a GitHub repository: ${url}`);
	return { web: `https://github.com/${m[1]}/${m[2]}`, raw: `https://raw.githubusercontent.com/${m[1]}/${m[2]}` };
}

function manifestFor(provider, mainPkg, files) {
	const { web } = repositoryWeb(mainPkg);
	const distPaths = (list) => list.map((f) => `dist/${posix(path.relative(DIST, f))}`).sort();
	const manifest = {
		name: provider.packageName,
		version: mainPkg.version,
		description: provider.description,
		keywords: ['n8n-community-node-package', 'n8n', ...provider.keywords],
		license: 'MIT',
		homepage: `${web}/blob/HEAD/docs/${provider.guide}`,
		author: { name: mainPkg.author.name, email: mainPkg.author.email },
		// the same repository as the main package (npm provenance points there); no `directory`,
		// which n8n's no-monorepo rule refuses
		repository: { type: mainPkg.repository.type ?? 'git', url: mainPkg.repository.url },
		bugs: mainPkg.bugs,
		engines: mainPkg.engines,
		files: ['dist'],
		n8n: {
			n8nNodesApiVersion: 1,
			strict: mainPkg.n8n?.strict ?? false,
			credentials: distPaths(files.credentials),
			nodes: distPaths(files.nodes),
		},
		peerDependencies: { 'n8n-workflow': '*' },
	};
	for (const key of Object.keys(manifest)) if (manifest[key] === undefined) delete manifest[key];
	return manifest;
}

/** GitHub's heading anchor for a heading text. */
function slug(text) {
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/**
 * The section of a markdown text under the heading `#…# title` (level `level`), without the
 * heading, up to the next heading of the same or a higher level. `match` decides which title.
 */
function sections(markdown, level, match) {
	const lines = markdown.split('\n');
	const out = [];
	let current = null;
	let fence = false;
	for (const line of lines) {
		if (/^\s*```/.test(line)) fence = !fence;
		const h = fence ? null : /^(#{1,6})\s+(.*)$/.exec(line);
		if (h && h[1].length <= level) {
			if (current) out.push(current);
			current = h[1].length === level && match(h[2].trim()) ? { title: h[2].trim(), lines: [] } : null;
			continue;
		}
		if (current) current.lines.push(line);
	}
	if (current) out.push(current);
	return out.map((s) => ({ title: s.title, body: s.lines.join('\n').trim() }));
}

function section(markdown, level, title, source) {
	const found = sections(markdown, level, (t) => t === title);
	if (found.length !== 1) throw new Error(`${source} has no single "${'#'.repeat(level)} ${title}" section`);
	return found[0].body;
}

/** Headings one or more levels deeper (## -> ###), outside code blocks. */
function demote(markdown, by) {
	let fence = false;
	return markdown
		.split('\n')
		.map((line) => {
			if (/^\s*```/.test(line)) fence = !fence;
			return !fence && /^#{1,6}\s/.test(line) ? `${'#'.repeat(by)}${line}` : line;
		})
		.join('\n');
}

/**
 * Relative links of a repository file made absolute, so they work on npm: images to their raw file,
 * README.md anchors and other files to GitHub, at the release tag. `ownOperations` is the README
 * anchor of the provider's operations, which the package README itself holds (#operations).
 */
function absoluteLinks(markdown, sourceFile, { web, raw, ref, ownOperations }) {
	return markdown.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (all, bang, text, target) => {
		if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return all;
		const [file, anchor] = target.split('#');
		const repoPath = file ? posix(path.normalize(path.join(path.dirname(sourceFile), file))) : sourceFile;
		const hash = anchor ? `#${anchor}` : '';
		let url;
		if (repoPath === 'README.md') url = anchor === ownOperations ? '#operations' : `${web}${hash || '#readme'}`;
		else if (bang || /\.(png|svg|jpe?g|gif)$/i.test(repoPath)) url = `${raw}/${ref}/${repoPath}`;
		else url = `${web}/blob/${ref}/${repoPath}${hash}`;
		return `${bang}[${text}](${url})`;
	});
}

function readmeFor(provider, manifest, mainPkg, nodes) {
	const read = (p) => fs.readFileSync(path.join(ROOT, p), 'utf8');
	const { web, raw } = repositoryWeb(mainPkg);
	const links = { web, raw, ref: `v${manifest.version}`, ownOperations: slug(provider.displayName) };
	const guidePath = `docs/${provider.guide}`;
	const guide = read(guidePath);
	const fromGuide = (md) => absoluteLinks(md, guidePath, links);
	const operationsDoc = read('docs/operations.md');

	const intro = guide.split('\n## ')[0].replace(/^# .*\n/, '').trim();
	// the guide's overview (its sub-sections repeat the README's notes on the operations, below)
	const overview = section(guide, 2, 'What you can do', guidePath).split(/\n#{3,6} /)[0].trim();
	const credentials = section(guide, 2, 'Credentials', guidePath);
	const limits = section(guide, 2, 'Limits', guidePath);

	const regular = nodes.find((n) => !n.description.group.includes('trigger'));
	const table = tableFor(loadNode(rel(regular.file)));
	// the notes on the operations: what follows the generated table in docs/operations.md, up to the next heading
	const marker = `<!-- ${provider.displayName.toUpperCase()} OPERATIONS END -->`;
	const afterTable = operationsDoc.indexOf(marker);
	if (afterTable < 0) throw new Error(`docs/operations.md lacks the marker ${marker}`);
	const notes = operationsDoc
		.slice(afterTable + marker.length)
		.split(/\n#{1,3} /)[0]
		.trim();

	const triggers = sections(read('docs/triggers.md'), 2, (t) => t.startsWith(provider.displayName));
	if (triggers.length === 0) throw new Error(`docs/triggers.md has no section for the ${provider.displayName} triggers`);
	const triggerText = triggers
		.map((s) => `### ${s.title}\n\n${demote(absoluteLinks(s.body, 'docs/triggers.md', links), 1)}`)
		.join('\n\n');

	const example = nodes[0].description.name;
	const types = nodes.map((n) => `\`${provider.packageName}.${n.description.name}\``).join(', ');
	return `# ${provider.packageName}

${fromGuide(intro)}

This package holds the ${provider.displayName} nodes of [${COMBINED}](${web}), built from the same sources. It integrates one service, as n8n's verification requires: a verified package can be installed on n8n Cloud.

## Installation

In n8n: **Settings → Community Nodes → Install**, package name \`${provider.packageName}\`. On a self-hosted instance without the UI, install it into \`~/.n8n/nodes\` (\`npm install ${provider.packageName}\` there) and restart n8n.

- Node types: ${types}. Workflows made with \`${COMBINED}\` use \`${COMBINED}.${example}\` and so on: change the type in their JSON, or re-add the nodes.
- Do not install this package and \`${COMBINED}\` in the same n8n: both declare the same credential types.

## What you can do

${fromGuide(overview)}

## Credentials

${fromGuide(credentials)}

## Operations

The table is generated from the node itself.

${table}

${absoluteLinks(notes, 'docs/operations.md', links)}

## Triggers

${triggerText}

The polling triggers emit each record once, in order, and survive restarts: see [Behaviour of the polling triggers](${web}/blob/${links.ref}/docs/triggers.md#behaviour-of-the-polling-triggers).

## Limits

${fromGuide(limits)}

## License

[MIT](LICENSE)
`;
}

// ---------------------------------------------------------------------------------------------
// Source maps: a line of compiled code back to its TypeScript line
// ---------------------------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
	const values = [];
	let value = 0;
	let shift = 0;
	for (const ch of segment) {
		const digit = B64.indexOf(ch);
		value += (digit & 31) << shift;
		if (digit & 32) shift += 5;
		else {
			values.push(value & 1 ? -(value >> 1) : value >> 1);
			value = 0;
			shift = 0;
		}
	}
	return values;
}

/** { file, line } (1-based) of the TypeScript source of `jsFile` at (line, column), or null. */
function originalPosition(jsFile, line, column) {
	const mapFile = `${jsFile}.map`;
	if (!fs.existsSync(mapFile)) return null;
	const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
	let source = 0;
	let srcLine = 0;
	let best = null;
	const lines = map.mappings.split(';');
	for (let i = 0; i < lines.length && i < line; i++) {
		let col = 0;
		for (const seg of lines[i].split(',').filter(Boolean)) {
			const v = decodeVlq(seg);
			col += v[0];
			if (v.length >= 4) {
				source += v[1];
				srcLine += v[2];
				if (i === line - 1 && (col <= column || !best)) best = { source, line: srcLine };
			}
		}
	}
	if (!best) return null;
	const file = posix(path.relative(ROOT, path.resolve(path.dirname(jsFile), map.sourceRoot || '', map.sources[best.source])));
	return { file, line: best.line + 1 };
}

// ---------------------------------------------------------------------------------------------
// The build
// ---------------------------------------------------------------------------------------------

/** Files of another provider's name in a built package: [{ package, provider, file, line, text, source? }]. */
function findMentions(pkgDir, provider, copiedFrom) {
	const others = PROVIDERS.filter((p) => p !== provider);
	const hits = [];
	for (const file of walk(pkgDir)) {
		const relative = posix(path.relative(pkgDir, file));
		for (const other of others) {
			if (other.mentions.test(relative)) hits.push({ package: provider.packageName, provider: other.displayName, file: relative, line: 0, text: relative });
		}
		if (/\.(png)$/.test(file)) continue;
		const lines = fs.readFileSync(file, 'utf8').split('\n');
		lines.forEach((text, i) => {
			for (const other of others) {
				const re = new RegExp(other.mentions.source, 'gi');
				for (const m of text.matchAll(re)) {
					const hit = {
						package: provider.packageName,
						provider: other.displayName,
						file: relative,
						line: i + 1,
						text: text.slice(Math.max(0, m.index - 60), m.index + 60).trim(),
					};
					const from = copiedFrom.get(file);
					if (from && from.endsWith('.js')) hit.source = originalPosition(from, i + 1, m.index);
					hits.push(hit);
				}
			}
		});
	}
	return hits;
}

function buildProvider(provider, mainPkg, credentials, outDir) {
	const { nodes, credentials: creds } = entriesOf(provider, credentials);
	const entryFiles = [...nodes.map((n) => n.file), ...creds.map((c) => c.file)];
	const closure = requireClosure(entryFiles);
	const icons = [
		...nodes.flatMap((n) => iconFiles(n.file, n.description.icon)),
		...creds.flatMap((c) => iconFiles(c.file, c.icon)),
	];
	const dirs = new Set(closure.files.map((f) => path.dirname(f)));
	const statics = [...dirs].flatMap((d) =>
		fs.readdirSync(d).filter((f) => STATIC.test(f)).map((f) => path.join(d, f)),
	);
	// a codex file belongs to its node: only the packaged nodes' codex files
	const nodeFiles = new Set(nodes.map((n) => n.file));
	const files = [...new Set([...closure.files, ...icons, ...statics])]
		.filter((f) => !f.endsWith('.node.json') || nodeFiles.has(f.replace(/\.json$/, '.js')))
		.sort();

	const pkgDir = path.join(outDir, provider.packageName);
	fs.rmSync(pkgDir, { recursive: true, force: true });
	const copiedFrom = new Map();
	for (const from of files) {
		const to = path.join(pkgDir, 'dist', path.relative(DIST, from));
		fs.mkdirSync(path.dirname(to), { recursive: true });
		if (from.endsWith('.node.json')) {
			const codex = JSON.parse(fs.readFileSync(from, 'utf8'));
			const node = nodes.find((n) => n.file === from.replace(/\.json$/, '.js'));
			codex.node = `${provider.packageName}.${node.description.name}`;
			fs.writeFileSync(to, `${JSON.stringify(codex, null, '\t')}\n`);
		} else {
			fs.copyFileSync(from, to);
		}
		copiedFrom.set(to, from);
	}

	const manifest = manifestFor(provider, mainPkg, { nodes: [...nodeFiles], credentials: creds.map((c) => c.file) });
	fs.writeFileSync(path.join(pkgDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
	fs.writeFileSync(path.join(pkgDir, 'README.md'), readmeFor(provider, manifest, mainPkg, nodes));
	fs.copyFileSync(path.join(ROOT, 'LICENSE'), path.join(pkgDir, 'LICENSE'));

	return {
		provider,
		dir: pkgDir,
		manifest,
		nodeTypes: nodes.map((n) => n.description.name),
		credentialTypes: creds.map((c) => c.name),
		external: closure.external,
		mentions: findMentions(pkgDir, provider, copiedFrom),
	};
}

/**
 * Builds every provider package into `outDir` (dist-providers/ by default); returns [{ provider,
 * dir, manifest, nodeTypes, credentialTypes, external, mentions }]. Throws when dist/ is missing,
 * or a credential belongs to no provider or to several.
 */
function buildProviders({ outDir = OUT } = {}) {
	if (!fs.existsSync(path.join(DIST, 'nodes'))) throw new Error('dist/ is missing: run `npm run build` first');
	const mainPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const folders = fs
		.readdirSync(path.join(DIST, 'nodes'), { withFileTypes: true })
		.filter((e) => e.isDirectory() && e.name !== 'shared')
		.map((e) => e.name);
	const unknown = folders.filter((f) => !PROVIDERS.some((p) => p.folder === f));
	if (unknown.length) throw new Error(`dist/nodes has folders of no known provider: ${unknown.join(', ')} (add them to PROVIDERS)`);
	const credentials = allCredentials();
	fs.mkdirSync(outDir, { recursive: true });
	const built = PROVIDERS.map((p) => buildProvider(p, mainPkg, credentials, outDir));
	const owners = new Map();
	for (const b of built) for (const c of b.credentialTypes) owners.set(c, [...(owners.get(c) ?? []), b.provider.packageName]);
	const unowned = credentials.filter((c) => !owners.has(c.name)).map((c) => rel(c.file));
	if (unowned.length) throw new Error(`credentials of no provider (name them after the provider's folder): ${unowned.join(', ')}`);
	const shared = [...owners].filter(([, pkgs]) => pkgs.length > 1);
	if (shared.length) throw new Error(`credentials in several provider packages: ${shared.map(([c, p]) => `${c} (${p.join(', ')})`).join('; ')}`);
	return built;
}

/** One line per mention: where it is in the package, and where it comes from in the sources. */
function formatMentions(mentions) {
	return mentions
		.map((m) => {
			const at = m.line ? `${m.package}/${m.file}:${m.line}` : `${m.package}/${m.file} (file name)`;
			const from = m.source ? ` <- ${m.source.file}:${m.source.line}` : '';
			return `${at}${from}: names ${m.provider}: ${m.text}`;
		})
		.join('\n');
}

if (require.main === module) {
	try {
		const built = buildProviders();
		for (const b of built) {
			process.stdout.write(`${rel(b.dir)}: ${b.nodeTypes.length} nodes (${b.nodeTypes.join(', ')}), credentials ${b.credentialTypes.join(', ')}\n`);
		}
		const mentions = built.flatMap((b) => b.mentions);
		if (mentions.length) {
			process.stderr.write(`A provider package names another provider:\n${formatMentions(mentions)}\n`);
			process.exitCode = 1;
		}
	} catch (error) {
		process.stderr.write(`${error.message}\n`);
		process.exitCode = 1;
	}
}

module.exports = { buildProviders, findMentions, formatMentions, originalPosition, PROVIDERS, OUT, COMBINED };
