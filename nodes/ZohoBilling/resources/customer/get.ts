import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { customerId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a customer',
	description: 'Retrieve a customer, with its outstanding amount and unused credits',
	routing: {
		request: { method: 'GET', url: '/customers/{customerId}' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		output: { postReceive: [zohoRecord('customer')] },
	},
};

export const properties: INodeProperties[] = [customerId(['get'])];
