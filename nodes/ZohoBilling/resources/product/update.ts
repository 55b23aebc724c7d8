import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { zohoRecord } from '../../shared/output';
import { nameField, productChecks, productFields, productId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a product',
	description: 'Change a product\'s name, description, notification emails or redirect URL',
	routing: {
		request: { method: 'PUT', url: '/products/{productId}' },
		send: { paginate: true, preSend: [required('productId', 'Product'), ...productChecks('updateFields')] },
		output: { postReceive: [zohoRecord('product')] },
	},
};

export const properties: INodeProperties[] = [
	productId(['update']),
	nameField(['update'], 'Name of the product (Zoho requires it on every update; repeat the current one to keep it)'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('product', ['update']),
		options: productFields,
	},
];
