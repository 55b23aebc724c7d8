import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Zoho's accounts server differs per data centre; Canada is the odd one out (zohocloud.ca).
 * The API base follows the token response's `api_domain` when Zoho returns one (see the node's
 * request defaults), else the data centre chosen here.
 */
const accountsServer =
	'"https://" + ($self["dataCenter"] === "ca" ? "accounts.zohocloud.ca" : "accounts.zoho." + $self["dataCenter"])';

export class ZohoBillingOAuth2Api implements ICredentialType {
	name = 'zohoBillingOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Zoho Billing OAuth2 API';

	icon: Icon = {
		light: 'file:../nodes/ZohoBilling/zohoBilling.svg',
		dark: 'file:../nodes/ZohoBilling/zohoBilling.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-subscription-billing/n8n-nodes-subscription-billing#zoho-billing-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Data Centre',
			name: 'dataCenter',
			type: 'options',
			description:
				'Where your Zoho account lives: the domain you sign in to (zoho.com, zoho.eu, …). It sets the sign-in, token and API addresses.',
			options: [
				{ name: 'Australia (zoho.com.au)', value: 'com.au' },
				{ name: 'Canada (zohocloud.ca)', value: 'ca' },
				{ name: 'China (zoho.com.cn)', value: 'com.cn' },
				{ name: 'Europe (zoho.eu)', value: 'eu' },
				{ name: 'India (zoho.in)', value: 'in' },
				{ name: 'Japan (zoho.jp)', value: 'jp' },
				{ name: 'Saudi Arabia (zoho.sa)', value: 'sa' },
				{ name: 'United States (zoho.com)', value: 'com' },
			],
			default: 'com',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `={{${accountsServer} + "/oauth/v2/auth"}}`,
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `={{${accountsServer} + "/oauth/v2/token"}}`,
			required: true,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: 'ZohoSubscriptions.fullaccess.all',
			description:
				'Comma-separated Zoho scopes. The default grants the whole Billing API; a narrower list such as "ZohoSubscriptions.products.ALL,ZohoSubscriptions.settings.READ" also works for the operations it covers.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			// offline + consent: Zoho issues a refresh token on every connection, not only the first
			default: 'access_type=offline&prompt=consent',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		{
			displayName: 'Organization ID',
			name: 'organizationId',
			type: 'string',
			default: '',
			required: true,
			placeholder: '10234695',
			description:
				'The Zoho Billing organization to work in (Settings → Organization Profile, or the "Get Many Organizations" operation). Sent as the X-com-zoho-subscriptions-organizationid header.',
		},
		{
			displayName: 'Requests per Minute',
			name: 'requestsPerMinute',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 100,
			description:
				"The share of the organization's Zoho request limit this n8n process may use. Zoho allows 100 requests a minute per organization (less on some plans: enter your plan's limit). The nodes pace their requests to stay within it, whatever the number of items or workflows. In queue mode every worker counts on its own: give each worker its share (e.g. 50 with two workers), and leave room for other apps using the organization.",
		},
		{
			displayName: 'Budget Window (Seconds)',
			name: 'budgetWindowSeconds',
			type: 'hidden',
			// Zoho counts requests per minute
			default: 60,
		},
	];
}
