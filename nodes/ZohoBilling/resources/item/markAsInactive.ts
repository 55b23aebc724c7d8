import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { itemId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark as Inactive',
	value: 'markAsInactive',
	action: 'Mark an item as inactive',
	description: 'Stop using an item in new transactions; existing ones keep it',
	routing: {
		request: { method: 'POST', url: '/items/{itemId}/inactive' },
		send: { paginate: true, preSend: [required('itemId', 'Item')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [itemId(['markAsInactive'])];
