import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Get Churn Message Preferences',
	value: 'getChurnMessagePreferences',
	action: 'Get the churn message preferences',
	description:
		'Get the cancellation reasons customers choose from when they cancel a subscription (churn_messages: ID, label, order), and whether a reason is mandatory. Needs no input; outputs one item.',
	routing: {
		request: { method: 'GET', url: '/settings/preferences/churnmessages' },
		send: { paginate: true },
		output: { postReceive: [zohoRecord('churn_messages_settings')] },
	},
};

export const properties: INodeProperties[] = [];
