import type { INodeProperties } from 'n8n-workflow';

import { boolean, choice, number, showFor, text } from '../../../shared/fields';
import { check, maxLength, nonNegativeNumber, positiveNumber } from '../../../shared/validation';
import { locatorOption, recordLocator } from '../../shared/descriptions';
import { AMOUNT_OR_PERCENT, customFieldsOption, extraJsonOption, LIST_VALUE, MEXICO_TAX_TREATMENTS, queryWhenSet, rowsValue, sentAsText, zohoDateField } from '../../shared/fields';
import { checkRows, isDiscount, isIdList, isZohoId, zohoDateCheck } from '../../shared/validation';
import { documentCustomer } from '../invoice/fields';

const RESOURCE = 'quote';

/** The quote picker (Zoho: "estimate") used by every operation that addresses one quote. */
export const quoteId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'quoteId',
		displayName: 'Quote',
		resource: RESOURCE,
		operations,
		searchListMethod: 'searchQuotes',
		idPlaceholder: '982000000567011',
		description: 'The quote to work on: pick it from the list (by number or customer) or enter its ID',
	});

/** The customer picker of quotes. */
export const quoteCustomer = (operations: string[], required: boolean, description: string): INodeProperties =>
	documentCustomer(RESOURCE, operations, { required, description });

/** Several quotes at once (the bulk operations): comma-separated IDs, sent as `estimate_ids`. */
export function quoteIdsField(operations: string[], max: number, what: string): INodeProperties {
	return {
		displayName: 'Quote IDs',
		name: 'quoteIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: '982000000567011, 982000000567012',
		description: `Comma-separated IDs of the quotes to ${what} (at most ${max})`,
		displayOptions: showFor(RESOURCE, operations),
		routing: {
			send: {
				type: 'query',
				property: 'estimate_ids',
				value: '={{ (Array.isArray($value) ? $value : String($value).split(",")).map(s => String(s).trim()).filter(s => s !== "").join(",") }}',
			},
		},
	};
}

export const quoteIdsCheck = (max: number) => check('quoteIds', 'Quote IDs', [isIdList({ max })], true);

const lineItemValues: INodeProperties[] = [
	{
		displayName: 'Item ID',
		name: 'item_id',
		type: 'string',
		default: '',
		placeholder: '982000000030049',
		description: 'ID of the item quoted (or leave empty and set a Name for a one-off line)',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'Hard Drive',
		description: 'Name of the line',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Description of the line',
	},
	{
		displayName: 'Rate',
		name: 'rate',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Unit price',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
		description: 'How many units (more than 0)',
	},
	{
		displayName: 'Unit',
		name: 'unit',
		type: 'string',
		default: '',
		placeholder: 'Nos',
		description: 'Unit of the quantity, e.g. hrs, kgs, Nos',
	},
	{
		displayName: 'Discount',
		name: 'discount',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Discount on the line (used when Discount Type is item level)',
	},
	{
		displayName: 'Tax ID',
		name: 'tax_id',
		type: 'string',
		default: '',
		description: 'ID of the tax or tax group of the line',
	},
	{
		displayName: 'Tax Exemption ID',
		name: 'tax_exemption_id',
		type: 'string',
		default: '',
		description: 'ID of the tax exemption, when the line is not taxed',
	},
];

export function quoteLineItems(options: { required: boolean; operations?: string[] }): INodeProperties {
	return {
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		required: options.required,
		default: {},
		description: options.required
			? 'The lines of the quote: an Item ID (or a Name), a Rate and a Quantity each'
			: 'The lines of the quote: they replace all current lines (to delete a line, leave it out)',
		...(options.operations ? { displayOptions: showFor(RESOURCE, options.operations) } : {}),
		options: [{ displayName: 'Line Item', name: 'item', values: [...lineItemValues].sort((a, b) => a.displayName.localeCompare(b.displayName)) }],
		routing: { send: { type: 'body', property: 'line_items', value: rowsValue('item') } },
	};
}

export const quoteLineItemChecks = (parameterName: string, min: number) =>
	checkRows(
		parameterName,
		'item',
		'Line Items',
		[
			{ field: 'item_id', label: 'Item ID', checks: [isZohoId] },
			{ field: 'name', label: 'Name' },
			{ field: 'rate', label: 'Rate', required: true, checks: [nonNegativeNumber] },
			{ field: 'quantity', label: 'Quantity', required: true, checks: [positiveNumber] },
			{ field: 'discount', label: 'Discount', checks: [nonNegativeNumber] },
		],
		{ min, oneOf: [['item_id', 'name']] },
	);

/** Writable quote fields (create: Additional Fields; update: Update Fields), alphabetical. */
export function quoteFields(collection: 'additionalFields' | 'updateFields'): INodeProperties[] {
	const update = collection === 'updateFields';
	const fields: INodeProperties[] = [
		text('adjustment_description', 'Adjustment Description', 'Label of the adjustment on the quote, e.g. Rounding off'),
		number('adjustment', 'Adjustment', 'Amount added to (or, negative, taken off) the total'),
		{
			displayName: 'Contact Person IDs',
			name: 'contact_persons',
			type: 'string',
			default: '',
			placeholder: '982000000567003, 982000000567019',
			description: 'Comma-separated IDs of the customer\'s contact persons the quote is for',
			routing: { send: { type: 'body', property: 'contact_persons', value: LIST_VALUE } },
		},
		customFieldsOption(),
		text('custom_body', 'Email Body', 'Custom body of the email sent with the quote (with Send to Customer)', 'body', { typeOptions: { rows: 3 } }),
		text('custom_subject', 'Email Subject', 'Custom subject of the email sent with the quote (with Send to Customer)'),
		...(update
			? [
					locatorOption(quoteCustomer(['update'], false, 'The customer the quote is for'), {
						type: 'body',
						property: 'customer_id',
					}),
				]
			: []),
		zohoDateField('date', 'Date', 'Date of the quote (Zoho uses today when it is not set)'),
		text('discount', 'Discount', 'Discount on the whole quote: an amount (190, sent as a number) or a percentage (12.5%, sent as text as Zoho describes it)', 'body', { placeholder: '12.5%', routing: { send: { type: 'body', property: 'discount', value: AMOUNT_OR_PERCENT } } }),
		choice('discount_type', 'Discount Type', 'Whether the discount applies to the whole quote or per line', [
			{ name: 'Entity Level (Whole Quote)', value: 'entity_level' },
			{ name: 'Item Level (Per Line)', value: 'item_level' },
		]),
		number('exchange_rate', 'Exchange Rate', 'Exchange rate of the quote currency to the organization\'s base currency', 'body', { typeOptions: { minValue: 0 } }),
		zohoDateField('expiry_date', 'Expiry Date', 'Date until which the quote is valid'),
		text('gst_no', 'GST Number', '15-character GST identification number of the customer (India)'),
		choice('gst_treatment', 'GST Treatment', 'GST registration of the customer (India)', [
			{ name: 'Business (GST Registered)', value: 'business_gst' },
			{ name: 'Business (Unregistered)', value: 'business_none' },
			{ name: 'Consumer', value: 'consumer' },
			{ name: 'Overseas', value: 'overseas' },
		]),
		boolean('is_discount_before_tax', 'Is Discount Before Tax', 'Whether the discount is applied before tax is calculated'),
		boolean('is_inclusive_tax', 'Is Inclusive Tax', 'Whether the line rates include tax'),
		...(update ? [quoteLineItems({ required: false })] : []),
		text('notes', 'Notes', 'Notes shown on the quote', 'body', { typeOptions: { rows: 2 } }),
		text('place_of_supply', 'Place of Supply', 'Code of the state where the supply happens, e.g. TN (India)'),
		text('project_id', 'Project ID', 'ID of the project the quote belongs to'),
		{
			displayName: 'Quote Number',
			name: 'estimate_number',
			type: 'string',
			default: '',
			placeholder: 'EST-00002',
			description:
				'Your own number for the quote. The node then also sends ignore_auto_number_generation=true, so Zoho does not number it.',
			routing: {
				send: {
					type: 'body',
					property: 'estimate_number',
					preSend: [queryWhenSet(`${collection}.estimate_number`, 'ignore_auto_number_generation', 'true')],
				},
			},
		},
		text('reference_number', 'Reference Number', 'Your reference for the quote, e.g. QRT-12346'),
		text('salesperson_name', 'Salesperson Name', 'Name of the salesperson of the quote'),
		...(update
			? []
			: [
					boolean('send', 'Send to Customer', 'Whether Zoho emails the quote to the customer\'s contact persons once it is created (its status is then sent, not draft)', 'query') as INodeProperties,
				]),
		sentAsText(number('shipping_charge', 'Shipping Charge', 'Shipping charge added to the quote (sent as text, as Zoho\'s API types it)', 'body', { typeOptions: { minValue: 0 } })),
		text('tax_authority_id', 'Tax Authority ID', 'ID of the tax authority (US sales tax)'),
		text('tax_exemption_id', 'Tax Exemption ID', 'ID of the tax exemption of the quote'),
		text('tax_id', 'Tax ID', 'ID of the tax or tax group applied to the quote'),
		choice('tax_treatment', 'Tax Treatment', 'Tax treatment of the customer (Mexico organizations only)', MEXICO_TAX_TREATMENTS, 'body', { default: 'home_country_mexico' }),
		text('template_id', 'Template ID', 'ID of the PDF template of the quote (see List Templates)'),
		text('terms', 'Terms', 'Terms and conditions of the quote', 'body', { typeOptions: { rows: 2 } }),
		text('vat_treatment', 'VAT Treatment', 'VAT treatment of the customer, e.g. uk, eu_vat_registered, overseas (UK and EU)'),
		extraJsonOption(collection),
	];
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export const quoteChecks = (collection: string) => [
	zohoDateCheck(`${collection}.date`, 'Date'),
	zohoDateCheck(`${collection}.expiry_date`, 'Expiry Date'),
	check(`${collection}.notes`, 'Notes', [maxLength(5000)]),
	check(`${collection}.discount`, 'Discount', [isDiscount]),
	check(`${collection}.contact_persons`, 'Contact Person IDs', [isIdList({ optional: true })]),
];
