import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { productId } from './fields';
import { notice } from '../../../shared/fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a product',
	description: 'Delete a product',
	routing: {
		request: { method: 'DELETE', url: '/products/{productId}' },
		send: { paginate: true, preSend: [required('productId', 'Product')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('product', ['delete'], 'Zoho refuses to delete a product that plans or add-ons still belong to.'), productId(['delete'])];
