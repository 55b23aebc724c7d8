import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { priceListName, priceListChecks, priceListOptions } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a price list',
	description:
		'Create a price list (Zoho "pricebook": custom rates of plans and add-ons for some customers). Needs a name. Optional: description, currency code (ISO 4217, e.g. USD), price list type (e.g. per_item) and Items, each a plan or add-on (by item ID or code) with its custom rate. Outputs the new price list. The path POST /pricebooks is inferred from Zoho\'s documentation.',
	routing: {
		// inferred path (reference §2.4)
		request: { method: 'POST', url: '/pricebooks' },
		send: { paginate: true, preSend: priceListChecks('additionalFields') },
		output: { postReceive: [zohoRecord('pricebook')] },
	},
};

export const properties: INodeProperties[] = [
	priceListName(['create'], 'Name of the price list'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('priceList', ['create']),
		options: priceListOptions('additionalFields'),
	},
];
