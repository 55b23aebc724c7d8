import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Tax Authorities',
	value: 'getTaxAuthorities',
	action: 'Get the tax authorities of the organization',
	description: 'Retrieve the organization\'s tax authorities',
	routing: {
		request: { method: 'GET', url: '/settings/taxauthorities' },
		send: { paginate: true },
		operations: { pagination: zohoList('tax_authorities') },
	},
};

export const properties: INodeProperties[] = returnAllAndLimit('setting', 'getTaxAuthorities');
