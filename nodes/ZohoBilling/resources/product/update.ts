import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { productName, productChecks, productFields, productId } from './fields';
import { notice } from '../../../shared/fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a product',
	description: 'Update a product\'s name, description, emails or redirect URL',
	routing: {
		request: { method: 'PUT', url: '/products/{productId}' },
		send: { paginate: true, preSend: [required('productId', 'Product'), ...productChecks('updateFields')] },
		output: { postReceive: [zohoRecord('product')] },
	},
};

export const properties: INodeProperties[] = [
	notice('product', ['update'], 'Zoho needs the name on every update: repeat the current one to keep it.'),
	productId(['update']),
	productName(['update'], 'Name of the product (Zoho requires it on every update; repeat the current one to keep it)'),
	collection('product', ['update'], 'updateFields', 'Update Fields', productFields),
];
