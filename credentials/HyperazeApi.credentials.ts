import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { httpsOnly } from '../nodes/shared/client';

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
				'Root of the Hyperaze API. Change it only to go through a proxy or a test server. Must start with https:// (plain http only to a server on this machine: localhost or 127.0.0.1); otherwise nothing is sent and the test fails.',
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
			// keys travel only over https (except to this machine), as with every request of the nodes
			baseURL: httpsOnly('String($credentials.baseUrl).replace(new RegExp("/+$"), "")'),
			url: '/checkouts/list',
			qs: { page: 1, limit: 1 },
		},
		// the test reads the checkout links, whose path no published Hyperaze page confirms (it is
		// inferred): a 404 may mean that path is wrong, not the credential
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'Hyperaze answered 404 (not found) to GET /checkouts/list. That path is inferred: no published Hyperaze page confirms it, so the API key may still be right. Check the Base URL; if it is right, try the key in a workflow (Membership → Validate License Key uses a documented path).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Hyperaze refused the API key (401). Check the API key and the Base URL.',
				},
			},
		],
	};
}
