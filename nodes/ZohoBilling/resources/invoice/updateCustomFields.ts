import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { customFieldsOption } from '../../shared/fields';
import { zohoActionResultWith } from '../../shared/output';
import { checkRows } from '../../shared/validation';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Custom Fields',
	value: 'updateCustomFields',
	action: 'Update custom fields of an invoice',
	description: 'Update an invoice\'s custom fields, each named by its label',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/customfields' },
		send: {
			paginate: true,
			preSend: [
				required('invoiceId', 'Invoice'),
				checkRows('customFields', 'field', 'Custom Fields', [{ field: 'label', label: 'Label', required: true }], { min: 1 }),
			],
		},
		output: { postReceive: [zohoActionResultWith('custom_fields')] },
	},
};

export const properties: INodeProperties[] = [
	invoiceId(['updateCustomFields']),
	{
		...customFieldsOption(),
		required: true,
		description:
			'The custom fields to set, each by its label as shown in Zoho (to name them by ID, use Update Custom Fields by ID); the other custom fields keep their values',
		displayOptions: showFor('invoice', ['updateCustomFields']),
	},
];
