import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { priceListName, priceListChecks, priceListId, priceListOptions, inferredPathNotice } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a price list',
	description: 'Update a price list\'s name, currency or custom rates (inferred path)',
	routing: {
		// inferred path (reference §2.4)
		request: { method: 'PUT', url: '/pricebooks/{priceListId}' },
		send: { paginate: true, preSend: [required('priceListId', 'Price List'), ...priceListChecks('updateFields')] },
		output: { postReceive: [zohoRecord('pricebook')] },
	},
};

export const properties: INodeProperties[] = [
	inferredPathNotice('update', 'PUT /pricebooks/{pricebook_id}'),
	priceListId(['update']),
	priceListName(['update'], 'Name of the price list (required on every update; repeat the current one to keep it)'),
	collection('priceList', ['update'], 'updateFields', 'Update Fields', priceListOptions('updateFields')),
];
