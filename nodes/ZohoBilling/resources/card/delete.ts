import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { cardId, cardCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a card',
	description: 'Delete a customer\'s credit card',
	routing: {
		request: {
			method: 'DELETE',
			url: '/customers/{customerId}/cards/{cardId}',
		},
		send: { paginate: true, preSend: [required('customerId', 'Customer'), required('cardId', 'Card')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	notice('card', ['delete'], 'Subscriptions charged to this card can no longer collect payments automatically.'),
	cardCustomer(['delete']),
	cardId(['delete']),
];
