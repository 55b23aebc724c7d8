import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Get Churn Message Preferences',
	value: 'getChurnMessagePreferences',
	action: 'Get the churn message preferences',
	description: 'Retrieve the reasons customers pick from when they cancel',
	routing: {
		request: { method: 'GET', url: '/settings/preferences/churnmessages' },
		send: { paginate: true },
		output: { postReceive: [zohoRecord('churn_messages_settings')] },
	},
};

export const properties: INodeProperties[] = [];
