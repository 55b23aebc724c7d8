import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { itemId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an item',
	description: 'Retrieve an item by its ID',
	routing: {
		request: { method: 'GET', url: '/items/{itemId}' },
		send: { paginate: true, preSend: [required('itemId', 'Item')] },
		output: { postReceive: [zohoRecord('item')] },
	},
};

export const properties: INodeProperties[] = [itemId(['get'])];
