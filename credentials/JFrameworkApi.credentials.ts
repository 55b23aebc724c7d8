import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class JFrameworkApi implements ICredentialType {
	name = 'jFrameworkApi';

	displayName = 'JFramework API';

	icon: Icon = {
		light: 'file:../nodes/JFramework/jframework.svg',
		dark: 'file:../nodes/JFramework/jframework.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-subscription-billing/n8n-nodes-subscription-billing#jframework-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{
					name: 'Live',
					value: 'live',
					description: 'https://protocol.jframework.io/api',
				},
				{
					name: 'Development',
					value: 'dev',
					description: 'https://protocol.jframework.dev/api',
				},
				{
					name: 'Custom Base URL',
					value: 'custom',
					description: 'A proxy or a test server',
				},
			],
			default: 'live',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://protocol.example.com/api',
			description:
				'Root of the API, up to and including "/api" (requests go to <base URL>/v1/...). Must be https, except for a server on this machine (localhost or 127.0.0.1).',
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'Brand URL',
			name: 'brandUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'shop.example.com',
			description: 'The domain of your JFramework brand, sent as the "Brand-URL" header',
		},
		{
			displayName: 'Auth Key',
			name: 'authKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The Auth-Key of a JFramework user (the "authKey" returned by POST /v1/users/auth), sent as the "Auth-Key" header',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'Brand-URL': '={{$credentials.brandUrl}}',
				'Auth-Key': '={{$credentials.authKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.environment === "custom" ? $credentials.baseUrl.replace(new RegExp("/+$"), "") : ($credentials.environment === "dev" ? "https://protocol.jframework.dev/api" : "https://protocol.jframework.io/api")}}',
			url: '/v1/users/me',
		},
	};
}
