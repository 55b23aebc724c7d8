import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { priceListId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a price list',
	description:
		'Retrieve one price list by its ID: name, currency, type, status and the custom rates of its plans and add-ons. The path GET /pricebooks/{pricebook_id} is inferred.',
	routing: {
		// inferred path (reference §2.4)
		request: { method: 'GET', url: '/pricebooks/{priceListId}' },
		send: { paginate: true, preSend: [required('priceListId', 'Price List')] },
		output: { postReceive: [zohoRecord('pricebook')] },
	},
};

export const properties: INodeProperties[] = [priceListId(['get'])];
