import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { atLeastOneField } from '../../shared/validation';
import { customerChecks, customerFields, customerId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a customer',
	description: 'Update a customer\'s contact, address, currency or tax details',
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
	notice('customer', ['update'], 'Zoho\'s API does not update payment terms, notes, website, department, designation or ACH support: set them when creating the customer.'),
	customerId(['update']),
	collection('customer', ['update'], 'updateFields', 'Update Fields', customerFields('updateFields', true)),
];
