import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { priceListName, priceListChecks, priceListOptions, inferredPathNotice } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a price list',
	description: 'Create a price list of custom plan and add-on rates (inferred path)',
	routing: {
		// inferred path (reference §2.4)
		request: { method: 'POST', url: '/pricebooks' },
		send: { paginate: true, preSend: priceListChecks('additionalFields') },
		output: { postReceive: [zohoRecord('pricebook')] },
	},
};

export const properties: INodeProperties[] = [
	inferredPathNotice('create', 'POST /pricebooks'),
	priceListName(['create'], 'Name of the price list'),
	collection('priceList', ['create'], 'additionalFields', 'Additional Fields', priceListOptions('additionalFields')),
];
