import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { subscriptionTypeLocator } from '../../shared/descriptions';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';
import { subscriptionTypeChecks, subscriptionTypeFields, subscriptionTypeOptionalFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a subscription type',
	description: 'Replace a subscription type: name and unit are always sent; JFramework clears the optional fields (quantity, description, tags, sort order, status, default flag) that are not set. Outputs the subscription type.',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/subscription-types', 'subscriptionType') },
		send: { paginate: true, preSend: [required('subscriptionTypeId', 'Subscription Type'), ...subscriptionTypeChecks('updateFields')] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	subscriptionTypeLocator('subscriptionType', ['update']),
	...subscriptionTypeFields('update'),
	subscriptionTypeOptionalFields('update', 'updateFields', 'Update Fields', true),
];
