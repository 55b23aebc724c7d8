import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { contactPersonCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many contact persons',
	description: 'Retrieve many contact persons of a customer',
	routing: {
		request: { method: 'GET', url: '/customers/{customerId}/contactpersons' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		operations: { pagination: zohoList('contact_persons') },
	},
};

export const properties: INodeProperties[] = [contactPersonCustomer(['getAll']), ...returnAllAndLimit('contactPerson', 'getAll')];
