import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';

export const option: INodePropertyOptions = {
	name: 'Get by CRM Reference',
	value: 'getByReference',
	action: 'Get a customer by CRM reference',
	description: 'Retrieve the customer linked to a Zoho CRM account or contact',
	routing: {
		request: {
			method: 'GET',
			url: '/customers/reference/{referenceId}',
		},
		send: { paginate: true, preSend: [required('referenceId', 'CRM Reference ID')] },
		output: { postReceive: [zohoRecord('customer')] },
	},
};

export const properties: INodeProperties[] = [
	{
		displayName: 'CRM Reference ID',
		name: 'referenceId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '903000800069001',
		description: 'ID of the Zoho CRM account or contact the customer is synced with',
		displayOptions: showFor('customer', ['getByReference']),
	},
	{
		displayName: 'Reference Type',
		name: 'referenceIdType',
		type: 'options',
		default: 'zcrm_account_id',
		description: 'Which kind of Zoho CRM ID the reference is',
		options: [
			{
				name: 'CRM Account ID',
				value: 'zcrm_account_id',
				description: 'For organizations that sync CRM accounts (with or without their contacts)',
			},
			{
				name: 'CRM Contact ID',
				value: 'zcrm_contact_id',
				description: 'For organizations that sync CRM contacts only',
			},
		],
		displayOptions: showFor('customer', ['getByReference']),
		routing: { send: { type: 'query', property: 'reference_id_type' } },
	},
];
