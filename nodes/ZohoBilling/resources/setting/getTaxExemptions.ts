import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Tax Exemptions',
	value: 'getTaxExemptions',
	action: 'Get the tax exemptions of the organization',
	description:
		'List the tax exemptions (one item each: tax exemption ID, code, description, and whether it applies to customers or items). Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/settings/taxexemptions' },
		send: { paginate: true },
		operations: { pagination: zohoList('tax_exemptions') },
	},
};

export const properties: INodeProperties[] = returnAllAndLimit('setting', 'getTaxExemptions');
