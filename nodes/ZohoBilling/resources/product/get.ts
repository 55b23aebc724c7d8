import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { productId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a product',
	description: 'Retrieve a product by its ID',
	routing: {
		request: { method: 'GET', url: '/products/{productId}' },
		send: { paginate: true, preSend: [required('productId', 'Product')] },
		output: { postReceive: [zohoRecord('product')] },
	},
};

export const properties: INodeProperties[] = [productId(['get'])];
