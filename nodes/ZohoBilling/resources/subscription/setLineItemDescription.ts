import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { zohoActionResult } from '../../shared/output';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Line Item Description',
	value: 'setLineItemDescription',
	action: 'Set the description of a subscription line item',
	description: 'Set the invoice description of a subscription\'s plan or add-on',
	routing: {
		request: {
			method: 'POST',
			url: '/subscriptions/{subscriptionId}/lineitems/{itemCode}',
		},
		send: { paginate: true, preSend: [subscriptionRequired, required('itemCode', 'Line Item')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['setLineItemDescription']),
	recordLocator({
		name: 'itemCode',
		displayName: 'Line Item',
		resource: RESOURCE,
		operations: ['setLineItemDescription'],
		searchListMethod: 'searchSubscriptionItems',
		idPlaceholder: 'basic-monthly',
		description: 'The plan or add-on of the subscription: pick it from the subscription\'s items or enter its plan or add-on code',
	}),
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'Includes 24/7 support',
		description: 'The text shown with this line item on the subscription\'s invoices; empty removes it',
		displayOptions: showFor(RESOURCE, ['setLineItemDescription']),
		routing: { send: { type: 'body', property: 'description' } },
	},
];
