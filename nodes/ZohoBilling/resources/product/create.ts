import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { nameField, productChecks, productFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a product',
	description: 'Create a product (the service plans and add-ons belong to); only the name is required',
	routing: {
		request: { method: 'POST', url: '/products' },
		send: { paginate: true, preSend: productChecks('additionalFields') },
		output: { postReceive: [zohoRecord('product')] },
	},
};

export const properties: INodeProperties[] = [
	nameField(['create'], 'Name of the product, as shown to customers'),
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
