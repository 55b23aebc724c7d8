import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice, returnAllAndLimit } from '../../../shared/fields';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many organizations',
	description: 'Retrieve the organizations the connected user belongs to',
	routing: {
		request: { method: 'GET', url: '/organizations' },
		send: { paginate: true },
		operations: { pagination: zohoList('organizations') },
	},
};

export const properties: INodeProperties[] = [
	notice('organization', ['getAll'], 'Each organization\'s organization_id is what the credential\'s Organization ID takes.'),
	...returnAllAndLimit('organization', 'getAll'),
];
