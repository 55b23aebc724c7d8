import type { INodeProperties } from 'n8n-workflow';

import { showFor, text } from '../../../shared/fields';
import { check, maxLength, nonNegativeNumber, positiveNumber } from '../../../shared/validation';
import { AS_TEXT, customFieldsOption, extraJsonOption, LIST_VALUE, rowsValue } from '../../shared/fields';
import { checkRows, isIdList, zohoDateCheck } from '../../shared/validation';

const RESOURCE = 'creditNote';

/**
 * The credit note to work on, by ID. Zoho documents no credit-note list, so there is no list to
 * pick from: the ID comes from Create, from an invoice's or customer's credits, or from Zoho's UI.
 */
export const creditNoteId = (operations: string[]): INodeProperties => ({
	displayName: 'Credit Note',
	name: 'creditNoteId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description: 'ID of the credit note (Zoho offers no list of credit notes to pick from)',
	displayOptions: showFor(RESOURCE, operations),
	modes: [
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '903000006345',
		},
	],
});

const itemValues: INodeProperties[] = [
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		default: '',
		placeholder: 'basic-monthly',
		description: 'Code of the plan or add-on credited',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		placeholder: 'prorated amount for items',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Unit price credited',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
	},
	{
		displayName: 'Account ID',
		name: 'account_id',
		type: 'string',
		default: '',
		description: 'ID of the income account the credit is booked to',
	},
	{
		displayName: 'Tax ID',
		name: 'tax_id',
		type: 'string',
		default: '',
		description: 'ID of the tax of the line',
	},
	{
		displayName: 'Tax Exemption ID',
		name: 'tax_exemption_id',
		type: 'string',
		default: '',
		description: 'ID of the tax exemption, when the line is not taxed',
	},
];

export const creditNoteItems: INodeProperties = {
	displayName: 'Line Items',
	name: 'lineItems',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Line Item',
	required: true,
	default: {},
	description: 'What is credited: a plan or add-on Code, a Price and a Quantity per line',
	displayOptions: showFor(RESOURCE, ['create']),
	options: [{ displayName: 'Line Item', name: 'item', values: [...itemValues].sort((a, b) => a.displayName.localeCompare(b.displayName)) }],
	routing: { send: { type: 'body', property: 'creditnote_items', value: rowsValue('item') } },
};

export const creditNoteItemChecks = checkRows(
	'lineItems',
	'item',
	'Line Items',
	[
		{ field: 'code', label: 'Code', required: true },
		{ field: 'price', label: 'Price', required: true, checks: [nonNegativeNumber] },
		{ field: 'quantity', label: 'Quantity', required: true, checks: [positiveNumber] },
	],
	{ min: 1 },
);

/** Optional fields of Create, alphabetical. */
export const creditNoteFields: INodeProperties[] = ([
	{
		displayName: 'Contact Person IDs',
		name: 'contact_persons',
		type: 'string',
		default: '',
		placeholder: '903000006532',
		description: 'Comma-separated IDs of the customer\'s contact persons for the credit note',
		routing: { send: { type: 'body', property: 'contact_persons', value: LIST_VALUE } },
	},
	{
		displayName: 'Credit Note Number',
		name: 'creditnote_number',
		type: 'string',
		default: '',
		placeholder: 'CN-00029',
		description:
			'Your own number for the credit note. The node then also sends ignore_auto_number_generation: true, so Zoho does not number it.',
		routing: {
			send: { type: 'body', property: 'creditnote_number' },
		},
	},
	customFieldsOption(),
	{
		displayName: 'Exchange Rate',
		name: 'exchange_rate',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
		description: 'Exchange rate of the customer\'s currency to the organization\'s base currency (sent as text, as Zoho\'s API types it)',
		routing: { send: { type: 'body', property: 'exchange_rate', value: AS_TEXT } },
	},
	extraJsonOption('additionalFields'),
	text('notes', 'Notes', 'A short note on the credit note', 'body', { typeOptions: { rows: 2 } }),
	text('reference_number', 'Reference Number', 'Your reference, e.g. the invoice the credit is for (INV-000384)'),
	text('template_id', 'Template ID', 'ID of the PDF template of the credit note'),
	text('terms', 'Terms', 'Terms and conditions shown on the credit note', 'body', { typeOptions: { rows: 2 } }),
	text('tax_treatment', 'Tax Treatment', 'VAT treatment, e.g. vat_registered, home_country_mexico'),
] as INodeProperties[]).sort((a, b) => a.displayName.localeCompare(b.displayName));

export const creditNoteChecks = [
	zohoDateCheck('date', 'Date'),
	check('additionalFields.notes', 'Notes', [maxLength(5000)]),
	check('additionalFields.contact_persons', 'Contact Person IDs', [isIdList({ optional: true })]),
];
