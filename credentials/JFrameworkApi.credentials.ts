import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

import { LOGIN_MODE, SESSION_OWNER_EXPRESSION, jfwPreAuthentication } from '../nodes/JFramework/shared/login';
import { httpsOnly } from '../nodes/shared/client';

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
				'Root of the API, up to and including "/api" (requests go to <base URL>/v1/...). Must start with https://, except for a server on this machine (localhost or 127.0.0.1); otherwise nothing is sent and the test fails.',
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
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'Auth Key',
					value: 'authKey',
					description: 'Paste the Auth-Key of a JFramework user (it expires: replace it when JFramework answers 401)',
				},
				{
					name: 'Username and Password',
					value: LOGIN_MODE,
					description: 'n8n logs in with POST /v1/users/auth and logs in again when the Auth-Key expires',
				},
			],
			default: 'authKey',
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
			displayOptions: { show: { authentication: ['authKey'] } },
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'name@example.com',
			description: 'The username (or email address) of the JFramework user n8n logs in as',
			displayOptions: { show: { authentication: [LOGIN_MODE] } },
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The password of that user; it is only sent to JFramework\'s login (POST /v1/users/auth)',
			displayOptions: { show: { authentication: [LOGIN_MODE] } },
		},
		{
			// the Auth-Key of the last login; n8n empties and refills it when JFramework answers 401
			displayName: 'Session Auth Key',
			name: 'sessionAuthKey',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			// the API, brand and user the session key was issued for (it is sent to no other)
			displayName: 'Session Owner',
			name: 'sessionOwner',
			type: 'hidden',
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		return await jfwPreAuthentication(this, credentials);
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'Brand-URL': '={{$credentials.brandUrl}}',
				'Auth-Key': `={{ $credentials.authentication === "${LOGIN_MODE}" ? ($credentials.sessionOwner === ${SESSION_OWNER_EXPRESSION} ? $credentials.sessionAuthKey : "") : $credentials.authKey }}`,
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			// the Auth-Key travels only over https (except to this machine), as with every request of the nodes
			baseURL: httpsOnly(
				'($credentials.environment === "custom" ? String($credentials.baseUrl).replace(new RegExp("/+$"), "") : ($credentials.environment === "dev" ? "https://protocol.jframework.dev/api" : "https://protocol.jframework.io/api"))',
			),
			url: '/v1/users/me',
		},
	};
}
