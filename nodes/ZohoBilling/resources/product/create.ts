import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { productName, productChecks, productFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a product',
	description: 'Create a product, the service its plans and add-ons belong to',
	routing: {
		request: { method: 'POST', url: '/products' },
		send: { paginate: true, preSend: productChecks('additionalFields') },
		output: { postReceive: [zohoRecord('product')] },
	},
};

export const properties: INodeProperties[] = [
	productName(['create'], 'Name of the product, as shown to customers'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('product', ['create']),
		options: productFields,
	},
];
