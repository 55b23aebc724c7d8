import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check, isDateTime } from '../../../shared/validation';
import { zohoDateField } from '../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Postpone Renewal',
	value: 'postponeRenewal',
	action: 'Postpone the renewal of a subscription',
	description: 'Move a subscription\'s renewal date later, extending the current term',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/postpone' },
		send: { paginate: true, preSend: [subscriptionRequired, check('renewalAt', 'Renewal Date', [isDateTime], true)] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['postponeRenewal']),
	{
		...zohoDateField('renewalAt', 'Renewal Date', 'The new renewal (next billing) date; must be after the current one', 'renewal_at'),
		required: true,
		displayOptions: showFor(RESOURCE, ['postponeRenewal']),
	},
];
