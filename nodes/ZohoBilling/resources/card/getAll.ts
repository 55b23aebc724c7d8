import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { cardCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many cards',
	description: 'Retrieve the active credit cards of a customer',
	routing: {
		request: { method: 'GET', url: '/customers/{customerId}/cards' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		operations: { pagination: zohoList('cards') },
	},
};

export const properties: INodeProperties[] = [cardCustomer(['getAll']), ...returnAllAndLimit('card', 'getAll')];
