import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { priceListId, inferredPathNotice } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a price list',
	description: 'Retrieve a price list with its custom rates (inferred path)',
	routing: {
		// inferred path (reference §2.4)
		request: { method: 'GET', url: '/pricebooks/{priceListId}' },
		send: { paginate: true, preSend: [required('priceListId', 'Price List')] },
		output: { postReceive: [zohoRecord('pricebook')] },
	},
};

export const properties: INodeProperties[] = [inferredPathNotice('get', 'GET /pricebooks/{pricebook_id}'), priceListId(['get'])];
