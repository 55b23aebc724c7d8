import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { cardCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many cards',
	description:
		'List the active credit cards of one customer (pick the Customer): card_id, last four digits, expiry and payment gateway. Return All reads every page; otherwise Limit sets how many cards to output.',
	routing: {
		request: { method: 'GET', url: '/customers/{customerId}/cards' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		operations: { pagination: zohoList('cards') },
	},
};

export const properties: INodeProperties[] = [cardCustomer(['getAll']), ...returnAllAndLimit('card', 'getAll')];
