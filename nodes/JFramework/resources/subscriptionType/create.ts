import type { INodePropertyOptions } from 'n8n-workflow';

import { jfwData } from '../../shared/transport';
import { subscriptionTypeChecks, subscriptionTypeFields, subscriptionTypeOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a subscription type',
	description: 'Create a subscription type (billing period): name and unit (Hour, Day, Week, Month or Year) are required; quantity of units, description, tags, sort order, status and default flag are optional. Outputs the subscription type.',
	routing: {
		request: { method: 'POST', url: '/v1/subscription-types' },
		send: { paginate: true, preSend: subscriptionTypeChecks('additionalFields') },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	...subscriptionTypeFields('create'),
	subscriptionTypeOptionalFields('create', 'additionalFields', 'Additional Fields', false),
];
