import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { atLeastOneField } from '../../shared/validation';
import { customerChecks, customerFields, customerId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a customer',
	description:
		'Change a customer by ID: only the fields set under Update Fields are sent (display name, email, names, company, phone, currency, addresses, tax details, custom fields; payment terms, notes, website, department, designation and ACH support are set only when the customer is created, as Zoho\'s API updates none of them). Outputs the updated customer.',
	routing: {
		request: { method: 'PUT', url: '/customers/{customerId}' },
		send: {
			paginate: true,
			preSend: [required('customerId', 'Customer'), atLeastOneField('updateFields', 'Update Fields'), ...customerChecks('updateFields')],
		},
		output: { postReceive: [zohoRecord('customer')] },
	},
};

export const properties: INodeProperties[] = [
	customerId(['update']),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('customer', ['update']),
		options: customerFields('updateFields', true),
	},
];
