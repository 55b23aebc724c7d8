import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { itemId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an item',
	description: 'Delete an item',
	routing: {
		request: { method: 'DELETE', url: '/items/{itemId}' },
		send: { paginate: true, preSend: [required('itemId', 'Item')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('item', ['delete'], 'Zoho refuses to delete an item that is part of a transaction: mark it as inactive instead.'), itemId(['delete'])];
