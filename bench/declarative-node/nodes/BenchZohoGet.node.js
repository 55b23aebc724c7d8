'use strict';
/**
 * Benchmark only: the smallest declarative node that does what the Zoho Billing node's
 * Product → Get does (same OAuth2 credential kind, same base URL rule, organization header, one GET,
 * the record under its root key), with nothing of the package's client: n8n's routing alone.
 * bench/run.js installs it (as dist/nodes/) next to the package in a real n8n.
 */
class BenchZohoGet {
	constructor() {
		this.description = {
			displayName: 'Bench Zoho Get',
			name: 'benchZohoGet',
			group: ['transform'],
			version: 1,
			description: 'Benchmark baseline: one declarative GET on the Zoho Billing credential',
			defaults: { name: 'Bench Zoho Get' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'zohoBillingOAuth2Api', required: true }],
			requestDefaults: {
				baseURL:
					'={{ ($credentials.oauthTokenData && $credentials.oauthTokenData.api_domain ? String($credentials.oauthTokenData.api_domain).replace(new RegExp("/+$"), "") : "https://www.zohoapis." + $credentials.dataCenter) + "/billing/v1" }}',
				headers: { Accept: 'application/json', 'X-com-zoho-subscriptions-organizationid': '={{ $credentials.organizationId }}' },
				json: true,
			},
			properties: [
				{
					displayName: 'Operation',
					name: 'operation',
					type: 'options',
					noDataExpression: true,
					default: 'get',
					options: [
						{
							name: 'Get',
							value: 'get',
							action: 'Get a product',
							routing: {
								request: { method: 'GET', url: '=/products/{{ encodeURIComponent($parameter.productId) }}' },
								output: { postReceive: [{ type: 'rootProperty', properties: { property: 'product' } }] },
							},
						},
					],
				},
				{ displayName: 'Product ID', name: 'productId', type: 'string', default: '', required: true },
			],
		};
	}
}

module.exports = { BenchZohoGet };
