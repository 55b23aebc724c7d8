import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { itemChecks, itemId, itemName, itemUpdateOptions } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an item',
	description: 'Update an item\'s name, rate, description, SKU or tax',
	routing: {
		request: { method: 'PUT', url: '/items/{itemId}' },
		send: { paginate: true, preSend: [required('itemId', 'Item'), ...itemChecks('updateFields', false)] },
		output: { postReceive: [zohoRecord('item')] },
	},
};

export const properties: INodeProperties[] = [
	notice('item', ['update'], 'Zoho needs the name on every update: repeat the current one to keep it.'),
	itemId(['update']),
	itemName(['update'], 'Name of the item (Zoho requires it on every update; repeat the current one to keep it)'),
	collection('item', ['update'], 'updateFields', 'Update Fields', itemUpdateOptions('updateFields')),
];
