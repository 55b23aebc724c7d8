import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { isZohoId } from '../../shared/subscriptions';
import { zohoRecord } from '../../shared/output';
import { RESOURCE, collection, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Sales Person',
	value: 'updateSalesperson',
	action: 'Update the sales person of a subscription',
	description:
		'Assign a sales person to a subscription, by name (and optionally the sales person\'s ID in Zoho). Outputs the subscription.',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/salesperson' },
		send: { paginate: true, preSend: [subscriptionRequired, check('additionalFields.salesperson_id', 'Sales Person ID', [isZohoId])] },
		output: { postReceive: [zohoRecord('subscription')] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['updateSalesperson']),
	{
		displayName: 'Sales Person Name',
		name: 'salespersonName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Franklin',
		description: 'Name of the sales person',
		displayOptions: showFor(RESOURCE, ['updateSalesperson']),
		routing: {
			send: { type: 'body', property: 'salesperson_name', preSend: [check('salespersonName', 'Sales Person Name', [], true)] },
		},
	},
	collection('additionalFields', 'Additional Fields', ['updateSalesperson'], [
		{
			displayName: 'Sales Person ID',
			name: 'salesperson_id',
			type: 'string',
			default: '',
			placeholder: '903000000058001',
			description: 'ID of the sales person in Zoho',
			routing: { send: { type: 'body', property: 'salesperson_id' } },
		},
	]),
];
