import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Cancel Now',
	value: 'cancelNow',
	action: 'Cancel a subscription now',
	description: 'Cancel a subscription immediately',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/cancel?cancel_at_end=false' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [notice('subscription', ['cancelNow'], 'The subscription is cancelled at once (status cancelled); to let it run until the end of the paid term, use Cancel at Term End.'), subscriptionId(['cancelNow'])];
