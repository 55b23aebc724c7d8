import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { positiveNumber, required } from '../../../shared/validation';
import { rowsValue } from '../../shared/fields';
import { zohoActionResultWith } from '../../shared/output';
import { checkRows, isZohoId } from '../../shared/validation';
import { invoiceId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Apply Credits',
	value: 'applyCredits',
	action: 'Apply credits to an invoice',
	description: 'Pay an open invoice with credit notes of the same customer',
	routing: {
		request: { method: 'POST', url: '/invoices/{invoiceId}/credits' },
		send: {
			paginate: true,
			preSend: [
				required('invoiceId', 'Invoice'),
				checkRows(
					'creditNotes',
					'credit',
					'Credit Notes',
					[
						{ field: 'creditnote_id', label: 'Credit Note ID', required: true, checks: [isZohoId] },
						{ field: 'amount_applied', label: 'Amount', required: true, checks: [positiveNumber] },
					],
					{ min: 1 },
				),
			],
		},
		output: { postReceive: [zohoActionResultWith('apply_creditnotes')] },
	},
};

export const properties: INodeProperties[] = [
	invoiceId(['applyCredits']),
	{
		displayName: 'Credit Notes',
		name: 'creditNotes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Credit Note',
		required: true,
		default: {},
		description: 'The credit notes to apply and how much of each; in total at most the invoice\'s balance',
		displayOptions: showFor('invoice', ['applyCredits']),
		options: [
			{
				displayName: 'Credit',
				name: 'credit',
				values: [
					{
						displayName: 'Credit Note ID',
						name: 'creditnote_id',
						type: 'string',
						default: '',
						placeholder: '9030000079876',
						description: 'ID of a credit note of the invoice\'s customer',
					},
					{
						displayName: 'Amount',
						name: 'amount_applied',
						type: 'number',
						typeOptions: { minValue: 0, numberPrecision: 2 },
						default: 0,
						description: 'Credit amount to apply: more than 0 and at most the credit note\'s remaining credit',
					},
				],
			},
		],
		routing: { send: { type: 'body', property: 'apply_creditnotes', value: rowsValue('credit') } },
	},
];
