import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { customerChecks, customerFields, displayNameParameter } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a customer',
	description: 'Create a customer with contact, address and tax details',
	routing: {
		request: { method: 'POST', url: '/customers' },
		send: { paginate: true, preSend: customerChecks('additionalFields') },
		output: { postReceive: [zohoRecord('customer')] },
	},
};

export const properties: INodeProperties[] = [
	displayNameParameter,
	collection('customer', ['create'], 'additionalFields', 'Additional Fields', customerFields('additionalFields', false)),
];
