import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Tax Exemptions',
	value: 'getTaxExemptions',
	action: 'Get the tax exemptions of the organization',
	description: 'Retrieve the organization\'s tax exemptions',
	routing: {
		request: { method: 'GET', url: '/settings/taxexemptions' },
		send: { paginate: true },
		operations: { pagination: zohoList('tax_exemptions') },
	},
};

export const properties: INodeProperties[] = returnAllAndLimit('setting', 'getTaxExemptions');
