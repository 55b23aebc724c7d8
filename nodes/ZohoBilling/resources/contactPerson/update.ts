import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { check, isEmail, required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { atLeastOneField } from '../../shared/validation';
import { contactPersonFields, contactPersonId, contactPersonCustomer } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a contact person',
	description:
		'Change a customer\'s contact person: only the fields set under Update Fields are sent (email, first and last name, phone, mobile; Zoho\'s API updates no fax). Outputs the updated contact person.',
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
	contactPersonCustomer(['update']),
	contactPersonId(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('contactPerson', ['update']),
		options: contactPersonFields('updateFields', true),
	},
];
