import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many organizations',
	description:
		'List the Zoho Billing organizations the connected user belongs to (one item each: organization ID, name, currency, time zone, whether it is the default). Useful to find the Organization ID for the credential. Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/organizations' },
		send: { paginate: true },
		operations: { pagination: zohoList('organizations') },
	},
};

export const properties: INodeProperties[] = returnAllAndLimit('organization', 'getAll');
