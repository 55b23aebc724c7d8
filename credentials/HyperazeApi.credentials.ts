import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class HyperazeApi implements ICredentialType {
	name = 'hyperazeApi';

	displayName = 'Hyperaze API';

	icon: Icon = {
		light: 'file:../nodes/Hyperaze/hyperaze.svg',
		dark: 'file:../nodes/Hyperaze/hyperaze.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-subscription-billing/n8n-nodes-subscription-billing#hyperaze-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API key from your Hyperaze dashboard. It is sent as "Authorization: Bearer".',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.hyperaze.com/api/v1',
			required: true,
			placeholder: 'https://api.hyperaze.com/api/v1',
			description:
				'Root of the Hyperaze API. Change it only to go through a proxy or a test server.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(new RegExp("/+$"), "")}}',
			url: '/checkouts/list',
			qs: { page: 1, limit: 1 },
		},
	};
}
