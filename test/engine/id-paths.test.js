'use strict';
/**
 * No value that arrives by expression can make an operation touch another record: for every
 * operation of the three nodes and every ID it sends (in its path, and every record picker,
 * whether its ID goes into the path, the query or the body), values that could leave the path segment
 * (".", "..", "a/b", "%2e%2e", a list, an object, CR/LF, 10,000 characters) are stopped before
 * anything is sent, with an error that names the field.
 */
const { runNode, nodeTypeOf } = require('../harness/engine');
const { startZohoEmulator, startJFrameworkEmulator, startHyperazeEmulator } = require('../emulators');
const { zohoCredentials, jframeworkCredentials, hyperazeCredentials } = require('../helpers');

const BAD = {
	dot: '={{ "." }}',
	dotdot: '={{ ".." }}',
	slash: '={{ "a/b" }}',
	encodedDots: '={{ "%2e%2e" }}',
	list: '={{ [1, 2] }}',
	object: '={{ { id: 1 } }}',
	crlf: '={{ "12\\r\\nX-Injected: 1" }}',
	huge: '={{ "7".repeat(10000) }}',
};

const NODES = [
	{ type: 'zohoBilling', start: startZohoEmulator, credentials: zohoCredentials },
	{ type: 'jFramework', start: startJFrameworkEmulator, credentials: jframeworkCredentials },
	{ type: 'hyperaze', start: startHyperazeEmulator, credentials: hyperazeCredentials },
];

function shownFor(property, resource, operation) {
	const show = property.displayOptions && property.displayOptions.show;
	if (!show) return false;
	return (show.resource || []).includes(resource) && (show.operation || []).includes(operation);
}

/** Every operation of a node with the `{name}` placeholders of its URL. */
function operationsOf(description) {
	const out = [];
	for (const property of description.properties) {
		if (property.name !== 'operation') continue;
		const resource = property.displayOptions.show.resource[0];
		for (const option of property.options) {
			const url = option.routing && option.routing.request && option.routing.request.url;
			const names = typeof url === 'string' ? [...url.matchAll(/\{([A-Za-z0-9_.]+)\}/g)].map((m) => m[1]) : [];
			out.push({ resource, operation: option.value, names });
		}
	}
	return out;
}

/** A value for a field that only has to get the item past the editor's "required" check. */
function filler(property) {
	if (property.type === 'resourceLocator') return { __rl: true, mode: 'id', value: '={{ "1" }}' };
	if (property.type === 'fixedCollection' || property.type === 'collection') return {};
	if (property.type === 'boolean') return false;
	if (property.type === 'number') return 1;
	if (property.type === 'options' && property.options && property.options.length) return property.options[0].value;
	if (property.type === 'multiOptions' && property.options && property.options.length) return [property.options[0].value];
	return '={{ "1" }}';
}

for (const node of NODES) {
	describe(`${node.type}: IDs in paths and record pickers`, () => {
		let emu;
		let description;
		beforeAll(async () => {
			emu = await node.start();
			description = (await nodeTypeOf(node.type)).description;
		});
		afterAll(async () => emu.close());

		it('every ID in every path is refused, naming its field, before anything is sent', async () => {
			const operations = operationsOf(description).map((o) => {
				const pickers = description.properties
					.filter((p) => p.type === 'resourceLocator' && shownFor(p, o.resource, o.operation))
					.map((p) => p.name);
				return { ...o, names: [...new Set([...o.names, ...pickers])] };
			}).filter((o) => o.names.length);
			expect(operations.length).toBeGreaterThan(node.type === 'zohoBilling' ? 150 : 10);
			const failures = [];
			let runs = 0;
			for (const { resource, operation, names } of operations) {
				const visible = description.properties.filter((p) => shownFor(p, resource, operation));
				for (const name of names) {
					const field = visible.find((p) => p.name === name);
					if (!field) {
						failures.push(`${resource}.${operation}: {${name}} is not a field of the operation`);
						continue;
					}
					const base = { resource, operation };
					for (const p of visible) if (p.required && p.name !== name) base[p.name] = filler(p);
					for (const [kind, expression] of Object.entries(BAD)) {
						emu.clearRequests();
						const value = field.type === 'resourceLocator' ? { __rl: true, mode: 'id', value: expression } : expression;
						const r = await runNode({ type: node.type, parameters: { ...base, [name]: value }, credentials: node.credentials(emu) });
						runs++;
						const sent = emu.requests.filter((q) => !q.path.includes('/oauth/') && !q.path.endsWith('/users/auth'));
						const message = r.error ? r.error.message : '(no error)';
						if (sent.length || !message.startsWith(`${field.displayName}:`)) {
							failures.push(`${resource}.${operation} ${name} ${kind}: ${sent.length} sent, "${message.slice(0, 120)}"`);
						}
					}
				}
			}
			expect(runs).toBeGreaterThan(0);
			expect(failures).toEqual([]);
		}, 300_000);
	});
}
