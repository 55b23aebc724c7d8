import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { contactPersonId, contactPersonCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a contact person',
	description: 'Delete a contact person of a customer',
	routing: {
		request: {
			method: 'DELETE',
			url: '/customers/{customerId}/contactpersons/{contactPersonId}',
		},
		send: { paginate: true, preSend: [required('customerId', 'Customer'), required('contactPersonId', 'Contact Person')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [contactPersonCustomer(['delete']), contactPersonId(['delete'])];
