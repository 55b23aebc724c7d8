import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { contactPersonFields, contactPersonCustomer, emailParameter } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a contact person',
	description: 'Add a contact person (an extra point of contact) to a customer',
	routing: {
		request: { method: 'POST', url: '/customers/{customerId}/contactpersons' },
		send: { paginate: true, preSend: [required('customerId', 'Customer')] },
		output: { postReceive: [zohoRecord('contact_person')] },
	},
};

export const properties: INodeProperties[] = [
	contactPersonCustomer(['create']),
	emailParameter,
	collection('contactPerson', ['create'], 'additionalFields', 'Additional Fields', contactPersonFields('additionalFields', false)),
];
