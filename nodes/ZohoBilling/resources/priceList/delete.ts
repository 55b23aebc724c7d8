import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { priceListId, inferredPathNotice } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a price list',
	description: 'Delete a price list (inferred path)',
	routing: {
		// inferred path (reference §2.4)
		request: { method: 'DELETE', url: '/pricebooks/{priceListId}' },
		send: { paginate: true, preSend: [required('priceListId', 'Price List')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [inferredPathNotice('delete', 'DELETE /pricebooks/{pricebook_id}'), priceListId(['delete'])];
