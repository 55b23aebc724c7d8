import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { contactPersonId, contactPersonCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a contact person',
	description: 'Retrieve a contact person of a customer',
	routing: {
		request: {
			method: 'GET',
			url: '/customers/{customerId}/contactpersons/{contactPersonId}',
		},
		send: { paginate: true, preSend: [required('customerId', 'Customer'), required('contactPersonId', 'Contact Person')] },
		output: { postReceive: [zohoRecord('contact_person')] },
	},
};

export const properties: INodeProperties[] = [contactPersonCustomer(['get']), contactPersonId(['get'])];
