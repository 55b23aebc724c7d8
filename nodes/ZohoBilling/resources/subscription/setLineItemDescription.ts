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
	description:
		'Add or change the description shown on invoices for one line item of a subscription: its plan or one of its add-ons, by plan or add-on code. An empty description removes it.',
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
		idRegex: null,
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
		description: 'The text shown with this line item on the subscription\'s invoices',
		displayOptions: showFor(RESOURCE, ['setLineItemDescription']),
		routing: { send: { type: 'body', property: 'description' } },
	},
];
