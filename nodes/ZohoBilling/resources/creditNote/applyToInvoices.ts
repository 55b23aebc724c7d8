import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { positiveNumber, required } from '../../../shared/validation';
import { rowsValue } from '../../shared/fields';
import { zohoActionResultWith } from '../../shared/output';
import { checkRows, isZohoId } from '../../shared/validation';
import { creditNoteId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Apply to Invoices',
	value: 'applyToInvoices',
	action: 'Apply credits to invoices',
	description: 'Use an open credit note to pay the customer\'s open invoices',
	routing: {
		request: { method: 'POST', url: '/creditnotes/{creditNoteId}/invoices' },
		send: {
			paginate: true,
			preSend: [
				required('creditNoteId', 'Credit Note'),
				checkRows(
					'invoices',
					'invoice',
					'Invoices',
					[
						{ field: 'invoice_id', label: 'Invoice ID', required: true, checks: [isZohoId] },
						{ field: 'amount_applied', label: 'Amount', required: true, checks: [positiveNumber] },
					],
					{ min: 1 },
				),
			],
		},
		output: { postReceive: [zohoActionResultWith('invoices')] },
	},
};

export const properties: INodeProperties[] = [
	creditNoteId(['applyToInvoices']),
	{
		displayName: 'Invoices',
		name: 'invoices',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Invoice',
		required: true,
		default: {},
		description: 'The invoices to pay with the credit, and how much for each; in total at most the credit note\'s remaining credit',
		displayOptions: showFor('creditNote', ['applyToInvoices']),
		options: [
			{
				displayName: 'Invoice',
				name: 'invoice',
				values: [
					{ displayName: 'Invoice ID', name: 'invoice_id', type: 'string', default: '', placeholder: '90300000079426' },
					{
						displayName: 'Amount',
						name: 'amount_applied',
						type: 'number',
						typeOptions: { minValue: 0, numberPrecision: 2 },
						default: 0,
						description: 'Credit amount to apply to this invoice (greater than 0, at most the invoice\'s balance)',
					},
				],
			},
		],
		routing: { send: { type: 'body', property: 'invoices', value: rowsValue('invoice') } },
	},
];
