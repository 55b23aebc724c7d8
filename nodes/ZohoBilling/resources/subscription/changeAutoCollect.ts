import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Change Online/Offline Mode',
	value: 'changeAutoCollect',
	action: 'Change the online or offline mode of a subscription',
	description: 'Switch a subscription between online and offline mode',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/autocollect' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['changeAutoCollect']),
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		required: true,
		default: 'online',
		description: 'The mode to switch to (sent as auto_collect true or false)',
		displayOptions: showFor(RESOURCE, ['changeAutoCollect']),
		options: [
			{ name: 'Offline', value: 'offline', description: 'Auto collect off: invoices are paid by other means' },
			{ name: 'Online', value: 'online', description: 'Auto collect on: Zoho charges the customer\'s card or bank account at every renewal' },
		],
		routing: { send: { type: 'body', property: 'auto_collect', value: '={{ $value === "online" }}' } },
	},
];
