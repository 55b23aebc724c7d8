import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoRecord } from '../../shared/output';
import { subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Cancel at Term End',
	value: 'cancelAtTermEnd',
	action: 'Cancel a subscription at the end of its term',
	description:
		'Stop a subscription from renewing: it stays active until the end of the current term (status becomes non_renewing) and can be reactivated until then. Outputs the subscription.',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/cancel?cancel_at_end=true' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [subscriptionId(['cancelAtTermEnd'])];
