import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Taxes',
	value: 'getTaxes',
	action: 'Get the taxes of the organization',
	description:
		'List the taxes and tax groups set up in Zoho Billing (one item each: tax ID, name, percentage, type, tax authority, default flag); their tax IDs go into Tax ID fields of other operations. Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/settings/taxes' },
		send: { paginate: true },
		operations: { pagination: zohoList('taxes') },
	},
};

export const properties: INodeProperties[] = returnAllAndLimit('setting', 'getTaxes');
