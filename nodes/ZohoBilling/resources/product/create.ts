import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
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
	collection('product', ['create'], 'additionalFields', 'Additional Fields', productFields),
];
