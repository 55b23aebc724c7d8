import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { cardId, cardCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a card',
	description:
		'Delete a customer\'s credit card by customer and card ID; subscriptions charged to it can no longer collect automatically. Outputs success and Zoho\'s message.',
	routing: {
		request: {
			method: 'DELETE',
			url: '/customers/{customerId}/cards/{cardId}',
		},
		send: { paginate: true, preSend: [required('customerId', 'Customer'), required('cardId', 'Card')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [cardCustomer(['delete']), cardId(['delete'])];
