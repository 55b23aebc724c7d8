import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice, returnAllAndLimit } from '../../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Taxes',
	value: 'getTaxes',
	action: 'Get the taxes of the organization',
	description: 'Retrieve the organization\'s taxes and tax groups',
	routing: {
		request: { method: 'GET', url: '/settings/taxes' },
		send: { paginate: true },
		operations: { pagination: zohoList('taxes') },
	},
};

export const properties: INodeProperties[] = [
	notice('setting', ['getTaxes'], 'Their tax_id values go into the Tax ID fields of other operations.'),
	...returnAllAndLimit('setting', 'getTaxes'),
];
