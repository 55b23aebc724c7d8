'use strict';
/**
 * What each operation of a node sends, found two ways, for the contract tests:
 *  - declared: read from the node's description without running it: the operation's routing and
 *    the `routing.send` of every field shown for it (inside collections and fixed collections too),
 *    with the JSON type the field's kind gives;
 *  - sent: the operation run once in n8n's engine (runNode) with every field shown for it filled
 *    in, against a provider emulator, and the request the emulator received read back (this sees
 *    what preSend functions and value expressions build). Fields shown only for one value of a
 *    choice are reached by one more run per value of that choice.
 */
const path = require('path');
const { runNode, loadPackage } = require('./engine');

/* ------------------------------------------------------------------------------------------------
 * The description
 * ---------------------------------------------------------------------------------------------- */

function shownFor(property, resource, operation) {
	const show = property.displayOptions?.show ?? {};
	if (show.resource && !show.resource.includes(resource)) return false;
	if (show.operation && !show.operation.includes(operation)) return false;
	return true;
}

/** Every operation of a node: `{ resource, operation, option, properties }` (properties shown for it). */
/**
 * `resource.operation` of every operation of a built node (dist/nodes/<nodeFile>), read at once:
 * `it.each` needs them before any hook runs.
 */
function operationKeys(nodeFile) {
	const Node = Object.values(require(path.resolve(__dirname, '../../dist/nodes', nodeFile)))[0];
	return new Node().description.properties
		.filter((p) => p.name === 'operation')
		.flatMap((p) => p.displayOptions.show.resource.flatMap((resource) => p.options.map((o) => `${resource}.${o.value}`)));
}

async function operationsOf(type) {
	const loader = await loadPackage();
	const description = loader.nodeTypes[type].type.description;
	const out = [];
	for (const selector of description.properties.filter((p) => p.name === 'operation')) {
		for (const resource of selector.displayOptions?.show?.resource ?? []) {
			for (const option of selector.options) {
				const properties = description.properties.filter(
					(p) => p.name !== 'operation' && p.name !== 'resource' && p.displayOptions?.show && shownFor(p, resource, option.value),
				);
				out.push({ resource, operation: option.value, option, properties });
			}
		}
	}
	return out;
}

/** The JSON type a field of this kind sends (before any value expression). */
function kindType(property) {
	switch (property.type) {
		case 'number':
			return property.typeOptions?.numberPrecision === 0 ? 'integer' : 'number';
		case 'boolean':
			return 'boolean';
		case 'multiOptions':
			return 'array';
		case 'collection':
			return 'object';
		case 'fixedCollection':
			return property.typeOptions?.multipleValues ? 'array' : 'object';
		case 'options': {
			const values = (property.options ?? []).map((o) => o.value);
			if (values.length && values.every((v) => typeof v === 'number')) return 'number';
			if (values.length && values.every((v) => typeof v === 'boolean')) return 'boolean';
			return 'string';
		}
		case 'json':
			return 'any';
		default:
			return 'string';
	}
}

/**
 * The query parameters and body fields an operation declares: `{ query: { name: facts }, body: {
 * path: facts } }`, facts `{ type, field, values?, expression? }` (`values`: a choice's option
 * values; `expression`: the value is computed, so the kind's type says little).
 */
function declaredRequest({ option, properties }) {
	const query = {};
	const body = {};
	const request = option.routing?.request ?? {};
	for (const [name, value] of Object.entries(request.qs ?? {})) query[name] = { type: typeof value, field: '(operation)' };
	if (request.body && typeof request.body === 'object') for (const name of Object.keys(request.body)) body[name] = { type: 'any', field: '(operation)' };
	const visit = (property, label) => {
		const send = property.routing?.send;
		if (send?.type && send.property && !String(send.property).startsWith('=')) {
			const facts = { type: kindType(property), field: label, description: property.description ?? '' };
			if (property.type === 'options' || property.type === 'multiOptions') facts.values = (property.options ?? []).map((o) => o.value);
			if (typeof send.value === 'string' && send.value.startsWith('=') && send.value !== '={{$value}}') facts.expression = send.value;
			(send.type === 'query' ? query : body)[send.property] = facts;
		}
		// option values of a choice may carry their own routing
		if (property.type === 'options') for (const o of property.options ?? []) if (o.routing) visit({ ...o, type: 'string', options: [] }, `${label} = ${o.value}`);
		if (property.type === 'collection') for (const o of property.options ?? []) visit(o, `${label} › ${o.displayName}`);
		if (property.type === 'fixedCollection') {
			for (const group of property.options ?? []) for (const v of group.values ?? []) visit(v, `${label} › ${group.displayName} › ${v.displayName}`);
		}
	};
	for (const property of properties) visit(property, property.displayName);
	return { method: String(request.method ?? 'GET').toUpperCase(), url: String(request.url ?? '').replace(/^=/, ''), query, body };
}

/* ------------------------------------------------------------------------------------------------
 * Filling the fields in
 * ---------------------------------------------------------------------------------------------- */

const SAMPLE_IDS = {
	zohoBilling: '903000000045027',
	jFramework: 'sApKpllz4sAplsmzha',
	hyperaze: 'id_0001',
};

/** Names of the later date of a pair (end, to, until, expiry, due). */
const LATER = /end|_to$|[a-z]To$|^to$|^to_|until|expir|due/i;

/** A value of the right kind for a string field, by its name and label. */
function textFor(name, type, label = '') {
	const n = name.toLowerCase();
	const idLike = /(^|_)ids?$|[a-z]Ids?$/.test(name) || /\bIDs?\b/.test(label) || /^contact_?persons$/i.test(name);
	if (/mail_ids$|^to$|^cc|^bcc/.test(n) || /^(To|Cc|Bcc)$/.test(label)) return 'ada@example.com';
	if (idLike) return SAMPLE_IDS[type];
	if (/e_?mail/.test(n)) return 'ada@example.com';
	if (/url|link|website|redirect|uri$|image|avatar|icon|logo/.test(n)) return 'https://example.com/return';
	if (/styles|json/.test(n)) return '{}';
	if (/currency/.test(n)) return 'USD';
	if (/phone|mobile|fax/.test(n)) return '+15550100';
	if (/colou?r/.test(n)) return '#112233';
	if (/log_time|duration/.test(n)) return '01:30';
	if (/begin_time|start_time/.test(n)) return '09:00';
	if (/end_time/.test(n)) return '10:30';
	if (/discount|percentage/.test(n)) return '10';
	if (/(date|_time|time)$|^date|date_|from$|to$/.test(n)) return LATER.test(name) ? '2025-03-20' : '2025-01-15';
	if (/code$/.test(n)) return 'CODE1';
	return 'Text value';
}

function valueFor(property, type, choices = {}) {
	if (choices[property.name] !== undefined) return choices[property.name];
	switch (property.type) {
		case 'string':
			return textFor(property.name, type, property.displayName);
		case 'number':
			return property.typeOptions?.minValue > 1 ? property.typeOptions.minValue : 1;
		case 'boolean':
			return true;
		case 'dateTime':
			return LATER.test(property.name) ? '2025-03-20T00:00:00' : '2025-01-15T00:00:00';
		case 'json':
			return '{}';
		case 'options':
			return property.default !== '' && property.default !== undefined ? property.default : property.options?.[0]?.value;
		case 'multiOptions':
			return property.options?.length ? [property.options[0].value] : [];
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: /code/i.test(property.name) ? 'code-1' : SAMPLE_IDS[type] };
		case 'collection': {
			const out = {};
			for (const o of property.options ?? []) {
				if (o.type === 'notice' || o.type === 'hidden') continue;
				const v = valueFor(o, type, choices);
				if (v !== undefined) out[o.name] = v;
			}
			return out;
		}
		case 'fixedCollection': {
			const out = {};
			for (const group of property.options ?? []) {
				const entry = {};
				for (const v of group.values ?? []) {
					if (v.type === 'notice' || v.type === 'hidden') continue;
					const value = valueFor(v, type, choices);
					if (value !== undefined) entry[v.name] = value;
				}
				out[group.name] = property.typeOptions?.multipleValues ? [entry] : entry;
			}
			return out;
		}
		default:
			return undefined;
	}
}

/** Parameters with every field shown for the operation filled in (`choices` pins some by name). */
function filledParameters(type, { resource, operation, properties }, choices = {}) {
	const parameters = { resource, operation };
	for (const property of properties) {
		if (property.type === 'notice' || property.type === 'hidden') continue;
		if (parameters[property.name] !== undefined) continue;
		if (property.name === 'returnAll') {
			parameters.returnAll = true;
			continue;
		}
		if (property.name === 'limit') continue;
		const value = valueFor(property, type, choices);
		if (value !== undefined) parameters[property.name] = value;
	}
	return { ...parameters, ...choices };
}

/**
 * The choices worth a run of their own: options fields of the operation that decide which other
 * fields are shown; one set of choices per option value.
 */
function choiceVariants({ properties }) {
	const deciders = new Set();
	for (const p of properties) {
		for (const key of Object.keys(p.displayOptions?.show ?? {})) if (key !== 'resource' && key !== 'operation') deciders.add(key);
	}
	const variants = [];
	for (const p of properties) {
		if (!deciders.has(p.name) || p.type !== 'options') continue;
		for (const o of p.options ?? []) if (o.value !== p.default) variants.push({ [p.name]: o.value });
	}
	return variants;
}

/** `overrides` laid over `base`, objects merged key by key (arrays and values replaced). */
function deepMerge(base, overrides) {
	const out = { ...base };
	for (const [key, value] of Object.entries(overrides)) {
		const current = out[key];
		out[key] =
			value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current) && !value.__rl
				? deepMerge(current, value)
				: value;
	}
	return out;
}

/**
 * The requests a run sent, as `{ method, path, query, body }`, from the emulator's log.
 * `overrides` are laid over the filled-in parameters (nested objects merged).
 */
async function sentRequests(emu, type, credentials, op, choices = {}, overrides = {}) {
	emu.clearRequests();
	const parameters = deepMerge(filledParameters(type, op, choices), overrides);
	const result = await runNode({ type, parameters, credentials });
	return { parameters, error: result.error, requests: emu.requests.map(({ method, path, query, body }) => ({ method, path, query, body })) };
}

/* ------------------------------------------------------------------------------------------------
 * Comparing with a contract
 * ---------------------------------------------------------------------------------------------- */

/** `/customers/{customerId}` and `/customers/{customer_id}` → `/customers/{}` */
const normalizePath = (p) => String(p).replace(/\{\{[^}]*\}\}/g, '{}').replace(/\{[^}]*\}/g, '{}').replace(/\?.*$/, '').replace(/\/+$/, '');

function jsonType(value) {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
	return typeof value;
}

/** A JSON value's fields as contract paths: `a`, `a.b`, `a[].b`, with the value of each leaf. */
function flatten(value, prefix = '', out = {}) {
	if (Array.isArray(value)) {
		if (prefix) out[prefix] = { type: 'array', value };
		for (const item of value) {
			if (item && typeof item === 'object' && !Array.isArray(item)) for (const [k, v] of Object.entries(item)) flatten(v, `${prefix}[].${k}`, out);
		}
		return out;
	}
	if (value && typeof value === 'object') {
		if (prefix) out[prefix] = { type: 'object', value };
		for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
		return out;
	}
	if (prefix) out[prefix] = { type: jsonType(value), value };
	return out;
}

/** Whether a JSON type fits a contract type (`integer` fits `number`; `any` takes everything). */
function fits(sent, contract) {
	if (!contract || contract === 'any') return true;
	if (sent === contract) return true;
	if (sent === 'integer' && contract === 'number') return true;
	return false;
}

/** A contract field's type, with the SDK's int formats read as integer. */
function contractType(facts) {
	if (facts.type === 'number' && /^int(32|64)$/.test(facts.format ?? '')) return 'integer';
	return facts.type;
}


/* ------------------------------------------------------------------------------------------------
 * One operation against its contract
 * ---------------------------------------------------------------------------------------------- */

/** The contract operations at a method and path (placeholders normalised), merged. */
function contractOperation(contract, method, url) {
	const matches = contract.operations.filter((o) => o.method === method && normalizePath(o.path) === normalizePath(url));
	if (!matches.length) return undefined;
	const merged = { names: matches.map((m) => m.name), inferred: matches.some((m) => m.inferred), query: {}, body: {}, bodyKind: matches.find((m) => m.bodyKind)?.bodyKind };
	for (const m of matches) {
		Object.assign(merged.query, m.query ?? {});
		Object.assign(merged.body, m.body ?? {});
	}
	return merged;
}

/** `{ name → facts }` of the query names a contract operation takes, variants included. */
function queryNames(contractOp, paging) {
	const names = new Map();
	for (const [name, facts] of Object.entries(contractOp.query)) {
		names.set(name, facts);
		for (const variant of facts.variants ?? []) names.set(variant, { ...facts, variants: undefined });
	}
	for (const name of paging ?? []) if (!names.has(name)) names.set(name, { type: 'integer', paging: true });
	return names;
}

const allowedOf = (facts) => facts.enum ?? facts.allowed;

/**
 * Problems of one operation: `{ id, text }`, id = "<resource>.<operation> <where> <name>" (the key
 * of the contract test's exceptions). `runs` are sentRequests results; `basePath` is the API root
 * the emulator sees before the operation's path.
 */
function checkOperation({ key, declared, runs, contract, basePath, complete = false }) {
	const problems = [];
	const problem = (where, name, text, extra = {}) => problems.push({ id: `${key} ${where} ${name}`, where, name, text: `${key}: ${text}`, ...extra });
	const op = contractOperation(contract, declared.method, declared.url);
	if (!op) {
		problem('path', `${declared.method} ${declared.url}`, `${declared.method} ${declared.url} is no operation of the contract`);
		return { problems, contractOp: undefined };
	}
	const names = queryNames(op, contract.paging?.query);
	const template = new RegExp(`^${basePath}${normalizePath(declared.url).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\}/g, '[^/]+')}/?$`);
	const sentQuery = new Map();
	const sentBody = new Map();
	let captured = 0;
	for (const run of runs) {
		const request = run.requests.find((r) => r.method === declared.method && template.test(r.path));
		if (!request) continue;
		captured++;
		for (const [rawName, value] of Object.entries(request.query ?? {})) {
			const name = rawName.replace(/\[\d*\]$/, '');
			if (!sentQuery.has(name)) sentQuery.set(name, { values: new Set() });
			for (const v of [].concat(value)) sentQuery.get(name).values.add(v);
		}
		if (request.body !== null && request.body !== undefined && typeof request.body === 'object') {
			const fields = Array.isArray(request.body) ? request.body.reduce((acc, item) => (item && typeof item === 'object' ? flatten(item, '', acc) : acc), {}) : flatten(request.body);
			for (const [path, facts] of Object.entries(fields)) if (!sentBody.has(path)) sentBody.set(path, facts);
		}
	}
	for (const [name, facts] of Object.entries(declared.query)) if (!sentQuery.has(name)) sentQuery.set(name, { values: new Set(), declared: facts });
	for (const [name, facts] of Object.entries(declared.query)) if (sentQuery.has(name)) sentQuery.get(name).declared = facts;
	for (const [name, sent] of sentQuery) {
		const facts = names.get(name);
		if (!facts) {
			problem('query', name, `query parameter "${name}" (${sent.declared?.field ?? 'sent'}) is not in the contract`, { unlisted: true });
			continue;
		}
		const allowed = allowedOf(facts);
		const offered = [...(sent.declared?.values ?? []), ...sent.values];
		if (allowed) for (const v of new Set(offered.map(String))) if (!allowed.map(String).includes(v)) problem('query', `${name}=${v}`, `query parameter "${name}" value "${v}" is not one of the contract's (${allowed.join(', ')})`);
	}
	for (const [path, facts] of Object.entries(declared.body)) {
		if (!sentBody.has(path)) sentBody.set(path, { type: facts.expression || facts.type === 'any' ? undefined : facts.type, declared: facts });
		else sentBody.get(path).declared = facts;
	}
	for (const [path, sent] of sentBody) {
		const facts = op.body[path];
		if (!facts) {
			// fields inside a field the contract leaves open (an object without properties)
			const parent = path.replace(/(\[\])?\.[^.]+$|\[\]$/, '');
			if (parent !== path && op.body[parent] && ['object', 'any'].includes(op.body[parent].type) && !Object.keys(op.body).some((k) => k.startsWith(`${parent}.`) || k.startsWith(`${parent}[]`))) continue;
			problem('body', path, `body field "${path}" (${sent.declared?.field ?? 'sent'}) is not in the contract`, { unlisted: true });
			continue;
		}
		const expected = contractType(facts);
		if (sent.type && !fits(sent.type, expected) && !(sent.type === 'null')) {
			problem('body', `${path}:type`, `body field "${path}" is sent as ${sent.type}, the contract says ${expected}${facts.format ? ` (${facts.format})` : ''}`);
		}
		const allowed = allowedOf(facts);
		const offered = [...(sent.declared?.values ?? []), ...(sent.type && !['object', 'array'].includes(sent.type) ? [sent.value] : [])];
		if (allowed && facts.type !== 'boolean') for (const v of new Set(offered.filter((x) => x !== undefined && x !== '').map(String))) if (!allowed.map(String).includes(v)) problem('body', `${path}=${v}`, `body field "${path}" value "${v}" is not one of the contract's (${allowed.join(', ')})`);
	}
	if (complete) {
		// every query parameter and top-level body field the contract names is offered
		const offered = new Set([...sentQuery.keys(), ...[...sentBody.keys()].map((p) => p.split(/[.[]/)[0])]);
		for (const name of Object.keys(op.query)) if (!offered.has(name) && !op.query[name].inferred && !(contract.paging?.query ?? []).includes(name)) problem('missing', name, `query parameter "${name}" of the contract is not offered`);
		for (const name of Object.keys(op.body)) if (!name.includes('.') && !name.includes('[') && !offered.has(name) && !op.body[name].inferred) problem('missing', name, `body field "${name}" of the contract is not offered`);
	}
	return { problems, contractOp: op, captured, sentQuery, sentBody };
}

module.exports = {
	deepMerge,
	checkOperation,
	contractOperation,
	operationKeys,
	operationsOf,
	declaredRequest,
	filledParameters,
	choiceVariants,
	sentRequests,
	normalizePath,
	flatten,
	fits,
	contractType,
	jsonType,
	SAMPLE_IDS,
};
