import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { check, isEmail, required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { atLeastOneField } from '../../shared/validation';
import { contactPersonFields, contactPersonId, contactPersonCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a contact person',
	description: 'Update a contact person\'s email, name or phone numbers',
	routing: {
		request: {
			method: 'PUT',
			url: '/customers/{customerId}/contactpersons/{contactPersonId}',
		},
		send: {
			paginate: true,
			preSend: [
				required('customerId', 'Customer'),
				required('contactPersonId', 'Contact Person'),
				atLeastOneField('updateFields', 'Update Fields'),
				check('updateFields.email', 'Email', [isEmail]),
			],
		},
		output: { postReceive: [zohoRecord('contact_person')] },
	},
};

export const properties: INodeProperties[] = [
	notice('contactPerson', ['update'], 'Zoho\'s API does not update the fax number: set it when creating the contact person.'),
	contactPersonCustomer(['update']),
	contactPersonId(['update']),
	collection('contactPerson', ['update'], 'updateFields', 'Update Fields', contactPersonFields('updateFields', true)),
];
