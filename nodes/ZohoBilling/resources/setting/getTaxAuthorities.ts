import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Tax Authorities',
	value: 'getTaxAuthorities',
	action: 'Get the tax authorities of the organization',
	description:
		'List the tax authorities (one item each: tax authority ID, name, description), e.g. for US sales tax by state. Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/settings/taxauthorities' },
		send: { paginate: true },
		operations: { pagination: zohoList('tax_authorities') },
	},
};

export const properties: INodeProperties[] = returnAllAndLimit('setting', 'getTaxAuthorities');
