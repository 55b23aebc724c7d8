import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { arrayBody } from '../../shared/fields';
import { zohoActionResult } from '../../shared/output';
import { checkRows, isZohoId } from '../../shared/validation';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Custom Fields by ID',
	value: 'updateCustomFieldsById',
	action: 'Update custom fields of an invoice by ID',
	description: 'Update an invoice\'s custom fields, each named by its ID',
	routing: {
		request: { method: 'PUT', url: '/invoice/{invoiceId}/customfields' },
		send: {
			paginate: true,
			preSend: [
				required('invoiceId', 'Invoice'),
				checkRows('customFieldValues', 'field', 'Custom Fields', [{ field: 'customfield_id', label: 'Custom Field ID', required: true, checks: [isZohoId] }], {
					min: 1,
				}),
				arrayBody('customFieldValues', 'field', (row) => ({ customfield_id: String(row.customfield_id).trim(), value: row.value ?? '' })),
			],
		},
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [
	invoiceId(['updateCustomFieldsById']),
	{
		displayName: 'Custom Fields',
		name: 'customFieldValues',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		required: true,
		default: {},
		description: 'The custom fields to set, each by its ID (Settings → Preferences → Invoices → Field Customization in Zoho)',
		displayOptions: showFor('invoice', ['updateCustomFieldsById']),
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Custom Field ID', name: 'customfield_id', type: 'string', default: '', placeholder: '46000000012845' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
];
