import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { zohoActionResult } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Card',
	value: 'removeCard',
	action: 'Remove the card from a subscription',
	description: 'Remove the card from a subscription',
	routing: {
		request: { method: 'DELETE', url: '/subscriptions/{subscriptionId}/card' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('subscription', ['removeCard'], 'The subscription becomes offline: Zoho no longer charges its invoices automatically.'), subscriptionId(['removeCard'])];
