import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { itemId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Active',
	value: 'markAsActive',
	action: 'Mark an item as active',
	description: 'Make an inactive item available again for transactions',
	routing: {
		request: { method: 'POST', url: '/items/{itemId}/active' },
		send: { paginate: true, preSend: [required('itemId', 'Item')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [itemId(['markAsActive'])];
