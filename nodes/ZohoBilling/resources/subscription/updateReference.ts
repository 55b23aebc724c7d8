import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Reference',
	value: 'updateReference',
	action: 'Update the reference of a subscription',
	description: 'Set the reference ID of a subscription',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/reference' },
		send: { paginate: true, preSend: [subscriptionRequired] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['updateReference']),
	{
		displayName: 'Reference ID',
		name: 'referenceId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'order-10023',
		description: 'Your own reference, such as an order number or an ID from your app; Get Many → Reference Contains finds the subscription by it',
		displayOptions: showFor(RESOURCE, ['updateReference']),
		routing: { send: { type: 'body', property: 'reference_id', preSend: [check('referenceId', 'Reference ID', [], true)] } },
	},
];
