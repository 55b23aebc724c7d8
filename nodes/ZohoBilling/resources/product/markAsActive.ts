import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { productId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Active',
	value: 'markAsActive',
	action: 'Mark a product as active',
	description: 'Make an inactive product available for new subscriptions',
	routing: {
		request: { method: 'POST', url: '/products/{productId}/markasactive' },
		send: { paginate: true, preSend: [required('productId', 'Product')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [productId(['markAsActive'])];
