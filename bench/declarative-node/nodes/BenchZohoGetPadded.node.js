'use strict';
/**
 * Benchmark only: Bench Zoho Get (./BenchZohoGet.node.js) with as many properties as the Zoho
 * Billing node, none of them ever shown. n8n's routing looks at every property of a declarative
 * node for every item, so per-item time grows with the number of properties whatever the node
 * does; against this node, what is left is the package's client. bench/run.js writes
 * padding.json (the Zoho Billing node's properties, as data) next to this file.
 */
const { BenchZohoGet } = require('./BenchZohoGet.node.js');

class BenchZohoGetPadded extends BenchZohoGet {
	constructor() {
		super();
		const padding = require('./padding.json');
		this.description = {
			...this.description,
			displayName: 'Bench Zoho Get (padded)',
			name: 'benchZohoGetPadded',
			defaults: { name: 'Bench Zoho Get (padded)' },
			properties: [
				...this.description.properties,
				...padding.map((property) => ({ ...property, name: `padding_${property.name}`, displayOptions: { show: { operation: ['never'] } } })),
			],
		};
	}
}

module.exports = { BenchZohoGetPadded };
