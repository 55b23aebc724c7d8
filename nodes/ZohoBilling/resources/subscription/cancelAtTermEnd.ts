import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Cancel at Term End',
	value: 'cancelAtTermEnd',
	action: 'Cancel a subscription at the end of its term',
	description: 'Cancel a subscription at the end of its current term',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/cancel?cancel_at_end=true' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [notice('subscription', ['cancelAtTermEnd'], 'The subscription stays active until the end of the current term (status non_renewing) and can be reactivated until then.'), subscriptionId(['cancelAtTermEnd'])];
