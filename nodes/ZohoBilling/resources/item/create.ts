import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { itemCreateOptions, itemChecks, itemName, rateField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an item',
	description: 'Create an item: a good or service sold outside plans and add-ons',
	routing: {
		request: { method: 'POST', url: '/items' },
		send: { paginate: true, preSend: itemChecks('additionalFields', true) },
		output: { postReceive: [zohoRecord('item')] },
	},
};

export const properties: INodeProperties[] = [
	itemName(['create'], 'Name of the item, unique in the organization (at most 100 characters)'),
	rateField,
	collection('item', ['create'], 'additionalFields', 'Additional Fields', itemCreateOptions('additionalFields')),
];
