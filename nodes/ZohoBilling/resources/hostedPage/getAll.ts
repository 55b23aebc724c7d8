import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { zohoList } from '../../shared/transport';
import { returnAllAndLimit } from '../../../shared/fields';
import { RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many hosted pages',
	description: 'Retrieve many hosted pages created through the API',
	routing: {
		request: { method: 'GET', url: '/hostedpages' },
		send: { paginate: true },
		operations: { pagination: zohoList('hosted_pages') },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit(RESOURCE, 'getAll'),
];
