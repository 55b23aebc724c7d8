'use strict';
/** The YAML reader scripts/contract-fixtures.js reads Zoho's OpenAPI documents with. */
const { parseYaml } = require('../../scripts/yaml-lite');

describe('yaml-lite', () => {
	it('reads the block style of OpenAPI documents', () => {
		const text = [
			'openapi: 3.0.0',
			'info:',
			"  title: 'Events'",
			"  description: 'It''s a list: of events'",
			'  contact: {}',
			'paths:',
			"  '/events/{event_id}':",
			'    get:',
			'      tags:',
			'        - events',
			'      parameters:',
			'        -',
			'          name: event_id',
			'          in: path',
			'          required: true',
			'        - $ref: "#/components/parameters/organization_id"',
			'      deprecated: false',
			'components:',
			'  schemas:',
			'    amount:',
			'      type: number',
			'      example: 112.5',
			'    empty: []',
			'    nothing:',
			'# a comment',
			'    plain: a value: with a colon',
		].join('\n');
		expect(parseYaml(text)).toEqual({
			openapi: '3.0.0',
			info: { title: 'Events', description: "It's a list: of events", contact: {} },
			paths: {
				'/events/{event_id}': {
					get: {
						tags: ['events'],
						parameters: [{ name: 'event_id', in: 'path', required: true }, { $ref: '#/components/parameters/organization_id' }],
						deprecated: false,
					},
				},
			},
			components: { schemas: { amount: { type: 'number', example: 112.5 }, empty: [], nothing: null, plain: 'a value: with a colon' } },
		});
	});

	it('refuses what it does not read, with the line, instead of reading it wrong', () => {
		expect(() => parseYaml('a: |\n  text')).toThrow(/line 1: block scalars/);
		expect(() => parseYaml('a: [1, 2]')).toThrow(/line 1: flow collections/);
		expect(() => parseYaml('a: &x 1')).toThrow(/line 1: anchors/);
		expect(() => parseYaml('a: 1\na: 2')).toThrow(/line 2: duplicate key "a"/);
		expect(() => parseYaml("a: 'open")).toThrow(/line 1: unterminated/);
	});
});
