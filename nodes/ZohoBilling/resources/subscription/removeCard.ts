import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoActionResult } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Card',
	value: 'removeCard',
	action: 'Remove the card from a subscription',
	description: 'Detach the card from a subscription; the subscription becomes offline (invoices are no longer charged automatically)',
	routing: {
		request: { method: 'DELETE', url: '/subscriptions/{subscriptionId}/card' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [subscriptionId(['removeCard'])];
