import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { productId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a product',
	description: 'Delete a product; Zoho refuses if plans or add-ons still belong to it',
	routing: {
		request: { method: 'DELETE', url: '/products/{productId}' },
		send: { paginate: true, preSend: [required('productId', 'Product')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [productId(['delete'])];
