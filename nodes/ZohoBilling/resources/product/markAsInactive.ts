import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { productId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Inactive',
	value: 'markAsInactive',
	action: 'Mark a product as inactive',
	description: 'Stop offering a product; existing subscriptions continue',
	routing: {
		request: { method: 'POST', url: '/products/{productId}/markasinactive' },
		send: { paginate: true, preSend: [required('productId', 'Product')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [productId(['markAsInactive'])];
