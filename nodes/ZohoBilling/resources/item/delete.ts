import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { itemId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an item',
	description: 'Delete an item by its ID; Zoho refuses if the item is part of a transaction (mark it as inactive instead)',
	routing: {
		request: { method: 'DELETE', url: '/items/{itemId}' },
		send: { paginate: true, preSend: [required('itemId', 'Item')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [itemId(['delete'])];
