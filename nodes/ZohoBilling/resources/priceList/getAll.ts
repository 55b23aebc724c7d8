import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { getManyProperties } from '../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many price lists',
	description: 'Retrieve many price lists (Zoho: pricebooks)',
	routing: {
		// documented in Zoho's legacy Postman collection (reference §2.4/§2.5)
		request: { method: 'GET', url: '/pricebooks' },
		send: { paginate: true },
		operations: { pagination: zohoList('pricebooks') },
	},
};

export const properties: INodeProperties[] = getManyProperties('priceList');
