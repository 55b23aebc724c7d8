import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { cardId, cardCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a card',
	description: 'Retrieve a customer\'s credit card',
	routing: {
		request: {
			method: 'GET',
			url: '/customers/{customerId}/cards/{cardId}',
		},
		send: { paginate: true, preSend: [required('customerId', 'Customer'), required('cardId', 'Card')] },
		output: { postReceive: [zohoRecord('card')] },
	},
};

export const properties: INodeProperties[] = [cardCustomer(['get']), cardId(['get'])];
