#!/usr/bin/env node
'use strict';
/**
 * Writes the providers' API contracts as the project's own fixtures, which the tests read (never
 * the sources below, which a clone does not have):
 *
 *   test/fixtures/zoho-contract.json        from Zoho's OpenAPI 3.0 documents (one YAML per module)
 *   test/fixtures/jframework-contract.json  from JFramework's official JS SDK (github.com/1Byte-Software/jfw-js)
 *   test/fixtures/hyperaze-contract.json    from the notes on Hyperaze's published API pages
 *
 * Each fixture holds facts only: per operation its method, path, name, query parameters and body
 * fields (dotted for nested objects, `[]` for array items) with type, format and allowed values.
 *
 *   node scripts/contract-fixtures.js [--zoho=<folder of *.yml>] [--jframework=<jfw-js checkout or git dir>]
 *                                     [--hyperaze=<hyperaze notes .md>] [--check]
 *
 * A source not named (or not at hand) is skipped and its fixture left as it is. --check writes nothing and
 * exits 1 when a fixture differs from what its source gives.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { parseYaml } = require('./yaml-lite');

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

function option(name) {
	const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
	return arg ? path.resolve(arg.slice(name.length + 3)) : undefined;
}

// only the sources named on the command line: nothing outside the repository is read by default
const SOURCES = {
	zoho: option('zoho'),
	jframework: option('jframework'),
	hyperaze: option('hyperaze'),
};

/* ------------------------------------------------------------------------------------------------
 * Shared
 * ---------------------------------------------------------------------------------------------- */

/** `<code>a</code>` texts of an HTML-ish description. */
const codes = (text) => [...String(text ?? '').matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1].trim());

/**
 * Values a description lists after "Allowed Values" (to the end of that sentence): `Prefix.(a, b)`
 * gives Prefix.a, Prefix.b; asides in parentheses are left out.
 */
function allowedValues(description) {
	let text = String(description ?? '');
	text = text.replace(/(\w+)\.\(([^()]*)\)/g, (_, prefix, inner) => inner.replace(/<code>([^<]*)<\/code>/g, `<code>${prefix}.$1</code>`));
	for (let i = 0; i < 3; i++) text = text.replace(/\([^()]*\)/g, ' ');
	const m = /Allowed\s+Values(?:\s+for\s+\w+)?(?:\s+are)?:?\s*(.*?)(?:\.\s|\.$|$)/is.exec(text);
	if (!m) return undefined;
	const values = codes(m[1]).filter((v) => v && !/\s/.test(v));
	return values.length ? [...new Set(values)] : undefined;
}

/** Names a description gives as variants of a query parameter (e.g. `date_start` of `date`). */
function variants(description) {
	const m = /Variants?:?\s*(.*?)(?:\.\s|\.$|$)/is.exec(String(description ?? ''));
	if (!m) return undefined;
	const values = codes(m[1]).filter((v) => /^[a-z][a-z0-9_]*$/.test(v));
	return values.length ? [...new Set(values)] : undefined;
}

function sortKeys(value) {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
	}
	return value;
}

const byOperation = (a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`) || a.name.localeCompare(b.name);

/* ------------------------------------------------------------------------------------------------
 * Zoho Billing: OpenAPI 3.0 documents
 * ---------------------------------------------------------------------------------------------- */

function zohoContract(dir) {
	const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yml')).sort();
	const operations = [];
	for (const file of files) {
		const doc = parseYaml(fs.readFileSync(path.join(dir, file), 'utf8'));
		const resolve = (node) => {
			let current = node;
			for (let guard = 0; current && current.$ref && guard < 20; guard++) {
				const parts = String(current.$ref).replace(/^#\//, '').split('/');
				current = parts.reduce((acc, key) => (acc ? acc[key] : undefined), doc);
			}
			return current;
		};
		const describe = (schema, into, prefix, depth, seen) => {
			if (!schema || depth > 6) return;
			const own = resolve(schema);
			if (!own || seen.has(own)) return;
			const next = new Set(seen).add(own);
			for (const key of ['oneOf', 'anyOf', 'allOf']) for (const part of own[key] ?? []) describe(part, into, prefix, depth, next);
			// an object whose description names fields its properties leave out ("It contains <code>street</code>, …")
			if (own.properties && /\bcontains?\b/i.test(String(own.description ?? ''))) {
				const named = String(own.description).split(/\bcontains?\b/i)[1] ?? '';
				for (const name of codes(named)) {
					const fieldPath = prefix ? `${prefix}.${name}` : name;
					if (/^[a-z][a-z0-9_]*$/.test(name) && !own.properties[name] && !into[fieldPath]) into[fieldPath] = { type: 'string', namedInDescription: true };
				}
			}
			for (const [name, propSchema] of Object.entries(own.properties ?? {})) {
				const prop = resolve(propSchema) ?? {};
				const fieldPath = prefix ? `${prefix}.${name}` : name;
				into[fieldPath] = fieldFacts(prop, propSchema);
				if (prop.type === 'array' && prop.items) {
					const item = resolve(prop.items) ?? {};
					if (item.type && item.type !== 'object' && !item.properties) into[fieldPath].items = item.type;
					describe(prop.items, into, `${fieldPath}[]`, depth + 1, next);
				} else {
					describe(prop, into, fieldPath, depth + 1, next);
				}
			}
		};
		const fieldFacts = (prop, raw) => {
			const facts = { type: prop.type ?? (prop.properties ? 'object' : 'any') };
			if (prop.format) facts.format = prop.format;
			if (Array.isArray(prop.enum)) facts.enum = prop.enum;
			const description = prop.description ?? raw?.description;
			const allowed = allowedValues(description);
			if (allowed) facts.allowed = allowed;
			return facts;
		};
		for (const [apiPath, item] of Object.entries(doc.paths ?? {})) {
			for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
				const op = item[method];
				if (!op) continue;
				const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve).filter(Boolean);
				const query = {};
				const pathParams = [];
				for (const p of parameters) {
					if (p.in === 'path') pathParams.push(p.name);
					if (p.in !== 'query') continue;
					const schema = resolve(p.schema) ?? {};
					const facts = { type: schema.type ?? 'string' };
					if (schema.format) facts.format = schema.format;
					if (Array.isArray(schema.enum)) facts.enum = schema.enum;
					const allowed = allowedValues(p.description);
					if (allowed) facts.allowed = allowed;
					const alternatives = variants(p.description);
					if (alternatives) facts.variants = alternatives;
					if (p.required) facts.required = true;
					query[p.name] = facts;
				}
				const operation = { name: String(op.summary ?? `${method.toUpperCase()} ${apiPath}`).trim(), module: file.replace(/\.yml$/, ''), method: method.toUpperCase(), path: apiPath, pathParams, query };
				const content = op.requestBody ? resolve(op.requestBody)?.content ?? {} : {};
				const contentType = Object.keys(content)[0];
				if (contentType) {
					const schema = resolve(content[contentType].schema) ?? {};
					const body = {};
					describe(schema, body, '', 0, new Set());
					operation.contentType = contentType;
					operation.bodyKind = schema.type === 'array' ? 'array' : 'object';
					operation.body = body;
				}
				operations.push(operation);
			}
		}
	}
	return {
		_about:
			"Zoho Billing API v1 as Zoho's own OpenAPI 3.0 documents state it (one per module): method, path, summary (name), query parameters (with the variants and allowed values their descriptions give) and request body fields (dotted paths; [] marks array items). Generated by scripts/contract-fixtures.js; do not edit by hand.",
		provider: 'Zoho Billing',
		// stated once for every list on Zoho's pagination page, not per operation in the documents
		paging: { query: ['page', 'per_page'], source: "Zoho's pagination page: page (from 1) and per_page (200 by default), page_context.has_more_page" },
		operations: operations.sort(byOperation),
	};
}

/* ------------------------------------------------------------------------------------------------
 * JFramework: the official JS SDK, read with the TypeScript compiler
 * ---------------------------------------------------------------------------------------------- */

/** The SDK's `src/` as files on disk: a checkout is used as it is; a git dir is exported to a temp folder. */
function sdkSources(location) {
	if (fs.existsSync(path.join(location, 'src', 'features'))) {
		let commit = 'working tree';
		try {
			commit = execFileSync('git', ['-C', location, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
		} catch {
			/* not a git checkout */
		}
		return { dir: location, commit, cleanup: () => {} };
	}
	const commit = execFileSync('git', ['--git-dir', location, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jfw-sdk-'));
	const tar = execFileSync('git', ['--git-dir', location, 'archive', '--format=tar', 'HEAD', 'src', 'package.json'], { maxBuffer: 64 * 1024 * 1024 });
	execFileSync('tar', ['-x', '-C', dir], { input: tar });
	return { dir, commit, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function jframeworkContract(location) {
	const ts = require('typescript');
	const vm = require('vm');
	const sdk = sdkSources(location);
	try {
		const version = JSON.parse(fs.readFileSync(path.join(sdk.dir, 'package.json'), 'utf8')).version;
		const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
		const files = walk(path.join(sdk.dir, 'src'));
		const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, noEmit: true, skipLibCheck: true, strict: true });
		const checker = program.getTypeChecker();

		const featuresDir = path.join(sdk.dir, 'src', 'features');
		const operations = [];
		for (const module of fs.readdirSync(featuresDir).sort()) {
			const apiFile = path.join(featuresDir, module, 'api.ts');
			const pathsFile = path.join(featuresDir, module, 'paths.ts');
			if (!fs.existsSync(apiFile) || !fs.existsSync(pathsFile)) continue;
			const pathConstants = evaluatePaths(ts, vm, fs.readFileSync(pathsFile, 'utf8'));
			const source = program.getSourceFile(apiFile);
			source.forEachChild(function visit(node) {
				if (ts.isClassDeclaration(node)) {
					for (const member of node.members) {
						if (ts.isMethodDeclaration(member) && member.body) {
							const op = sdkOperation(ts, checker, member, pathConstants);
							if (op) operations.push({ module, ...op });
						}
					}
				}
			});
		}
		return {
			_about:
				"JFramework's protocol API as its official JS SDK (@jframework/jfw-js) calls it: per SDK method the HTTP method, path (from the module's paths.ts), query parameters and body fields with their TypeScript types (enum values spelled out, formats from the SDK's @remarks) and whether the answer is a page object (HttpResponseList) or a plain array. Generated by scripts/contract-fixtures.js; do not edit by hand.",
			provider: 'JFramework',
			sdk: { package: '@jframework/jfw-js', version, commit: sdk.commit },
			paging: { query: ['pageNumber', 'pageSize'], source: 'SDK IPageable: pageNumber (from 0, default 0), pageSize (default 200)' },
			operations: operations.sort(byOperation),
		};
	} finally {
		sdk.cleanup();
	}
}

/** Runs a module's paths.ts (constants only) and returns its exported objects. */
function evaluatePaths(ts, vm, text) {
	const js = ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
	const module = { exports: {} };
	vm.runInNewContext(js, { module, exports: module.exports, require: () => ({}) });
	return module.exports;
}

function sdkOperation(ts, checker, method, pathConstants) {
	const name = method.name.getText();
	let call;
	method.body.forEachChild(function find(node) {
		if (call) return;
		if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
			const target = node.expression;
			const text = target.getText();
			if (/^this\.axios\.(get|post|put|delete|patch)$/.test(text) || text === 'this.callAPI') {
				call = node;
				return;
			}
		}
		node.forEachChild(find);
	});
	if (!call) return undefined;
	const initializers = new Map();
	method.body.forEachChild(function collect(node) {
		if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) initializers.set(node.name.text, node.initializer);
		node.forEachChild(collect);
	});
	const follow = (expr) => (expr && ts.isIdentifier(expr) && initializers.has(expr.text) ? initializers.get(expr.text) : expr);
	const objectProperty = (literal, key) => {
		if (!literal || !ts.isObjectLiteralExpression(literal)) return undefined;
		for (const p of literal.properties) {
			if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name.getText() === key) return ts.isPropertyAssignment(p) ? p.initializer : p.name;
		}
		return undefined;
	};

	let httpMethod;
	let urlExpr;
	let bodyExpr;
	let configExpr;
	const typeArgument = call.typeArguments?.[0]?.getText() ?? '';
	if (call.expression.getText() === 'this.callAPI') {
		const options = call.arguments[0];
		httpMethod = (objectProperty(options, 'method')?.getText() ?? "'GET'").replace(/['"`]/g, '').toUpperCase();
		urlExpr = objectProperty(options, 'path');
		bodyExpr = objectProperty(options, 'data');
	} else {
		httpMethod = call.expression.name.text.toUpperCase();
		urlExpr = call.arguments[0];
		if (['POST', 'PUT', 'PATCH'].includes(httpMethod)) {
			bodyExpr = call.arguments[1];
			configExpr = call.arguments[2];
		} else {
			configExpr = call.arguments[1];
			bodyExpr = objectProperty(follow(configExpr), 'data');
		}
	}
	// the path: X_PATH.KEY, directly or through generatePath(X_PATH.KEY, { params })
	let pathExpr = follow(urlExpr);
	let pathParamsExpr;
	if (pathExpr && ts.isCallExpression(pathExpr) && pathExpr.expression.getText() === 'generatePath') {
		pathParamsExpr = pathExpr.arguments[1];
		pathExpr = pathExpr.arguments[0];
	}
	if (!pathExpr || !ts.isPropertyAccessExpression(pathExpr)) return undefined;
	const [constant, key] = pathExpr.getText().split('.');
	const template = pathConstants[constant]?.[key];
	if (typeof template !== 'string') return undefined;
	const apiPath = `/${template.replace(/^\/+/, '')}`.replace(/:(\w+)/g, '{$1}');
	const pathParams = [...apiPath.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
	const inPath = new Set(pathParams);
	if (pathParamsExpr && ts.isObjectLiteralExpression(pathParamsExpr)) for (const p of pathParamsExpr.properties) if (p.name) inPath.add(p.name.getText());

	const queryExpr = objectProperty(follow(configExpr), 'params');
	const query = queryExpr ? fieldsOf(ts, checker, queryExpr, inPath) : {};
	const operation = { name, method: httpMethod, path: apiPath, pathParams, query: query.fields ?? {} };
	if (/HttpResponseList</.test(typeArgument)) operation.answer = 'page';
	else if (/HttpResponse<[^>]*\[\]>/.test(typeArgument)) operation.answer = 'array';
	if (bodyExpr && bodyExpr.kind !== ts.SyntaxKind.NullKeyword && bodyExpr.getText() !== 'undefined') {
		const body = fieldsOf(ts, checker, bodyExpr, inPath);
		operation.bodyKind = body.array ? 'array' : 'object';
		operation.body = body.fields;
	}
	return operation;
}

/** The fields of a query or body expression, by its type (path parameters left out). */
function fieldsOf(ts, checker, expr, leaveOut) {
	let type = checker.getTypeAtLocation(expr);
	type = checker.getNonNullableType(type);
	let array = false;
	if (checker.isArrayType(type)) {
		array = true;
		type = checker.getTypeArguments(type)[0];
	}
	const fields = {};
	collectFields(ts, checker, type, expr, fields, '', 0, leaveOut);
	return { array, fields };
}

function collectFields(ts, checker, type, at, into, prefix, depth, leaveOut) {
	for (const symbol of checker.getPropertiesOfType(type)) {
		if (!prefix && leaveOut.has(symbol.name)) continue;
		const fieldType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(symbol, at));
		const facts = typeFacts(ts, checker, fieldType);
		const remarks = ts
			.getJSDocTags(symbol.valueDeclaration ?? symbol.declarations?.[0] ?? at)
			.filter((tag) => tag.tagName.text === 'remarks')
			.map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? '')
			.join(' ');
		const format = /\b(int32|int64|double|float|date-time|uri)\b/i.exec(remarks);
		if (format) facts.format = format[1].toLowerCase();
		if (!(symbol.flags & ts.SymbolFlags.Optional)) facts.required = true;
		const name = prefix ? `${prefix}.${symbol.name}` : symbol.name;
		into[name] = facts;
		if (depth < 2 && facts.type === 'object' && !facts.enum) collectFields(ts, checker, fieldType, at, into, name, depth + 1, leaveOut);
		if (depth < 2 && facts.type === 'array' && facts.itemType) collectFields(ts, checker, facts.itemType, at, into, `${name}[]`, depth + 1, leaveOut);
		delete facts.itemType;
	}
}

function typeFacts(ts, checker, type) {
	const parts = type.isUnion() ? type.types : [type];
	const literals = parts.filter((t) => t.isStringLiteral() || t.isNumberLiteral());
	if (literals.length && literals.length === parts.length) {
		return { type: literals.every((t) => t.isStringLiteral()) ? 'string' : 'number', enum: literals.map((t) => t.value) };
	}
	const flags = parts.reduce((acc, t) => acc | t.flags, 0);
	if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return { type: 'boolean' };
	if (parts.every((t) => t.flags & ts.TypeFlags.StringLike)) return { type: 'string' };
	if (parts.every((t) => t.flags & ts.TypeFlags.NumberLike)) return { type: 'number' };
	if (flags & ts.TypeFlags.Any || flags & ts.TypeFlags.Unknown) return { type: 'any' };
	if (parts.length === 1 && checker.isArrayType(type)) {
		const item = checker.getTypeArguments(type)[0];
		const itemFacts = typeFacts(ts, checker, item);
		return itemFacts.type === 'object' ? { type: 'array', itemType: item } : { type: 'array', items: itemFacts.type };
	}
	const text = checker.typeToString(type);
	if (text === 'Date') return { type: 'string', format: 'date-time' };
	return { type: 'object' };
}

/* ------------------------------------------------------------------------------------------------
 * Hyperaze: the notes on its published pages (endpoint table and pricing-plan field table)
 * ---------------------------------------------------------------------------------------------- */

const TYPE_WORDS = { string: 'string', int: 'integer', integer: 'integer', float: 'number', number: 'number', boolean: 'boolean', bool: 'boolean', object: 'object' };

function markdownTable(text, heading) {
	const start = text.indexOf(heading);
	if (start < 0) throw new Error(`Hyperaze notes: no section "${heading}"`);
	const rows = [];
	for (const line of text.slice(start).split('\n').slice(1)) {
		if (/^#{1,6}\s/.test(line) && rows.length) break;
		if (!line.startsWith('|')) {
			if (rows.length) break;
			continue;
		}
		const cells = line.split('|').slice(1, -1).map((c) => c.trim());
		if (cells.every((c) => /^-*$/.test(c))) continue;
		rows.push(cells);
	}
	const [header, ...body] = rows;
	return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/** `name` (type …) pairs in a cell of the endpoint table; names in a guessing sentence are inferred. */
function cellFields(cell) {
	const fields = {};
	const text = cell.split(/\bResponse\b/)[0];
	for (const sentence of text.split(/(?<=\.)\s+|;\s*/)) {
		const guessed = /INFERRED|probably/i.test(sentence);
		for (const m of sentence.matchAll(/`([a-z][a-z0-9_]*)`\s*\(?\s*(string|int|integer|float|number|boolean|object)?/g)) {
			if (fields[m[1]]) continue;
			fields[m[1]] = { type: TYPE_WORDS[m[2]] ?? 'any', ...(guessed ? { inferred: true } : {}) };
		}
		for (const m of sentence.matchAll(/\{\s*"([a-z][a-z0-9_]*)"\s*\}/g)) fields[m[1]] = { type: 'string', ...(guessed ? { inferred: true } : {}) };
	}
	return fields;
}

function hyperazeContract(file) {
	const text = fs.readFileSync(file, 'utf8');
	const planFields = {};
	for (const row of markdownTable(text, 'Pricing-plan fields')) {
		const name = row.Field.replace(/`/g, '');
		const facts = { type: TYPE_WORDS[row.Type] ?? 'any' };
		const listed = /enum:\s*([A-Z, ]+)/.exec(row.Notes);
		if (listed) facts.enum = listed[1].split(',').map((v) => v.trim()).filter(Boolean);
		const quoted = [...row.Notes.matchAll(/`"([^"]+)"`/g)].map((m) => m[1]);
		if (quoted.length) facts.enum = quoted;
		if (!listed && !quoted.length && /^[A-Z][a-z]+(, [A-Z][a-z]+)+$/.test(row.Notes)) facts.enum = row.Notes.split(', ');
		planFields[name] = facts;
	}
	const operations = [];
	for (const row of markdownTable(text, 'Endpoint table')) {
		const [apiPath, queryString] = row.Path.replace(/`/g, '').split('?');
		const method = row.Method.toUpperCase();
		const inferred = /INFERRED/.test(row.Source);
		const query = {};
		for (const m of (queryString ?? '').matchAll(/([a-z_]+)=/g)) query[m[1]] = { type: 'string', required: true };
		let body;
		const fields = cellFields(row['Key fields']);
		if (method === 'GET') {
			for (const [name, facts] of Object.entries(fields)) if (!query[name]) query[name] = { ...facts, inferred: true };
		} else {
			body = fields;
			if (/see 1\.4/.test(row['Key fields'])) {
				for (const [name, facts] of Object.entries(planFields)) {
					if (name === 'id' && apiPath.endsWith('/create')) continue;
					body[name] = { ...facts, ...(body[name]?.type && body[name].type !== 'any' ? { type: body[name].type } : {}) };
				}
			}
		}
		if (method === 'GET' && /`query` \(required\)|query `id`/.test(row['Key fields'])) query.id = { type: 'string', required: true };
		const operation = { name: row.Purpose, method, path: apiPath, inferred, query };
		if (body) {
			operation.bodyKind = 'object';
			operation.body = body;
		}
		operations.push(operation);
	}
	return {
		_about:
			"Hyperaze's API as its published pages show it: the endpoint table (paths no page confirms are marked inferred), the pricing-plan field table and the fields each page lists (fields only guessed from a returned object are marked inferred). Generated by scripts/contract-fixtures.js; do not edit by hand.",
		provider: 'Hyperaze',
		// no page documents paging: the node asks for page/limit and also reads a plain array
		paging: { query: ['page', 'limit'], inferred: true, source: 'not documented; page/limit is the node\'s guess, a plain array is read too' },
		operations: operations.sort(byOperation),
	};
}

/* ------------------------------------------------------------------------------------------------
 * Main
 * ---------------------------------------------------------------------------------------------- */

function main() {
	const check = process.argv.includes('--check');
	const jobs = [
		['zoho', SOURCES.zoho, (s) => s && fs.existsSync(s) && fs.statSync(s).isDirectory(), zohoContract],
		['jframework', SOURCES.jframework, (s) => s && fs.existsSync(s), jframeworkContract],
		['hyperaze', SOURCES.hyperaze, (s) => s && fs.existsSync(s), hyperazeContract],
	];
	let differs = false;
	for (const [name, source, present, build] of jobs) {
		const target = path.join(FIXTURES, `${name}-contract.json`);
		if (!present(source)) {
			process.stdout.write(`${name}: source not at hand (${source ?? `pass --${name}=…`}); ${path.relative(ROOT, target)} left as it is\n`);
			continue;
		}
		const text = `${JSON.stringify(sortKeys(build(source)), null, 1)}\n`;
		const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
		const count = JSON.parse(text).operations.length;
		if (check) {
			if (current !== text) differs = true;
			process.stdout.write(`${name}: ${current === text ? 'up to date' : 'DIFFERS from its source'} (${count} operations)\n`);
		} else {
			fs.writeFileSync(target, text);
			process.stdout.write(`${name}: ${count} operations → ${path.relative(ROOT, target)}\n`);
		}
	}
	if (differs) process.exitCode = 1;
}

if (require.main === module) main();

module.exports = { zohoContract, jframeworkContract, hyperazeContract };
