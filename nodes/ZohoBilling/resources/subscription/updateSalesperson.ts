import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, showFor, text } from '../../../shared/fields';
import { check } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { isZohoId } from '../../shared/validation';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Sales Person',
	value: 'updateSalesperson',
	action: 'Update the sales person of a subscription',
	description: 'Assign a sales person to a subscription',
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
	collection(RESOURCE, ['updateSalesperson'], 'additionalFields', 'Additional Fields', [
		text('salesperson_id', 'Sales Person ID', 'ID of the sales person in Zoho', 'body', { placeholder: '903000000058001' }),
	]),
];
