import type { INodeProperties } from 'n8n-workflow';

import { boolean, choice, number, showFor, text } from '../../../shared/fields';
import { check, maxLength, nonNegativeNumber, positiveNumber } from '../../../shared/validation';
import { customerLocator, invoiceLocator, locatorOption } from '../../shared/descriptions';
import { AMOUNT_OR_PERCENT, customFieldsOption, extraJsonOption, LIST_VALUE, MEXICO_TAX_TREATMENTS, queryWhenSet, sentAsText, zohoDateField } from '../../shared/fields';
import { checkRows, isDiscount, isIdList, isZohoId, zohoDateCheck } from '../../shared/validation';

const RESOURCE = 'invoice';

/** The invoice picker used by every operation that addresses one invoice. */
export const invoiceId = (operations: string[]): INodeProperties => invoiceLocator(RESOURCE, operations);

/** The customer an invoice (or credit note, quote) is raised to, sent as `customer_id`. */
export const documentCustomer = (resource: string, operations: string[], options: { required: boolean; description: string }): INodeProperties =>
	customerLocator(resource, operations, { ...options, send: { type: 'body', property: 'customer_id' } });

/** A line item of an invoice as Zoho names its fields (`invoice_items[]`). */
const lineItemValues: INodeProperties[] = [
	{
		displayName: 'Product ID',
		name: 'product_id',
		type: 'string',
		default: '',
		placeholder: '903000000045027',
		description: 'ID of the Zoho Billing product (or item) the line bills',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Name of the line as shown on the invoice (Zoho takes the product\'s when empty)',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		description: 'Short description of the line',
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Unit price, in the customer\'s currency',
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
		description: 'Discount amount on the line (used when the invoice\'s Discount Type is item level)',
	},
	{
		displayName: 'Tax ID',
		name: 'tax_id',
		type: 'string',
		default: '',
		description: 'ID of the tax or tax group applied to the line',
	},
	{
		displayName: 'Tax Exemption ID',
		name: 'tax_exemption_id',
		type: 'string',
		default: '',
		description: 'ID of the tax exemption, when the line is not taxed',
	},
	{
		displayName: 'Project ID',
		name: 'project_id',
		type: 'string',
		default: '',
		description: 'ID of the project the line bills',
	},
];

/** The invoice's line items (`invoice_items`), one entry per line. */
export function lineItemsField(options: { name: string; required: boolean; operations?: string[] }): INodeProperties {
	return {
		displayName: 'Line Items',
		name: options.name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		required: options.required,
		description: options.required
			? 'The lines of the invoice: a Product ID, a Price and a Quantity each'
			: 'The lines of the invoice: they replace all current lines (to delete a line, leave it out)',
		...(options.operations ? { displayOptions: showFor(RESOURCE, options.operations) } : {}),
		options: [{ displayName: 'Line Item', name: 'item', values: [...lineItemValues].sort((a, b) => a.displayName.localeCompare(b.displayName)) }],
		// the price goes as text: Zoho's contract types invoice_items[].price as a string
		routing: {
			send: {
				type: 'body',
				property: 'invoice_items',
				value:
					'={{ ($value.item || []).map(row => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== "" && v !== null && v !== undefined).map(([k, v]) => [k, k === "price" ? String(v) : v]))) }}',
			},
		},
	};
}

/** Checks of line items: Product ID, Price (0 or more) and Quantity (more than 0). */
export const lineItemChecks = (parameterName: string, min: number) =>
	checkRows(
		parameterName,
		'item',
		'Line Items',
		[
			{ field: 'product_id', label: 'Product ID', required: true, checks: [isZohoId] },
			{ field: 'price', label: 'Price', required: true, checks: [nonNegativeNumber] },
			{ field: 'quantity', label: 'Quantity', required: true, checks: [positiveNumber] },
			{ field: 'discount', label: 'Discount', checks: [nonNegativeNumber] },
		],
		{ min },
	);

/** Writable invoice fields (create: Additional Fields; update: Update Fields), alphabetical. */
export function invoiceFields(collection: 'additionalFields' | 'updateFields'): INodeProperties[] {
	const update = collection === 'updateFields';
	const fields: INodeProperties[] = [
		text('adjustment_description', 'Adjustment Description', 'Label of the adjustment on the invoice, e.g. Rounding off'),
		number('adjustment', 'Adjustment', 'Amount added to (or, negative, taken off) the total'),
		boolean('allow_partial_payments', 'Allow Partial Payments', 'Whether the customer may pay the invoice in parts'),
		{
			displayName: 'Contact Person IDs',
			name: 'contact_persons',
			type: 'string',
			default: '',
			placeholder: '982000000567003, 982000000567019',
			description: 'Comma-separated IDs of the customer\'s contact persons who receive the invoice',
			routing: {
				send: {
					type: 'body',
					property: 'contact_persons',
					value:
						'={{ (Array.isArray($value) ? $value : String($value).split(",")).map(s => String(s).trim()).filter(s => s !== "").map(id => ({ contactperson_id: id })) }}',
				},
			},
		},
		customFieldsOption(),
		text('custom_body', 'Email Body', 'Custom body of the email sent with the invoice (with Send to Customer)', 'body', { typeOptions: { rows: 3 } }),
		text('custom_subject', 'Email Subject', 'Custom subject of the email sent with the invoice (with Send to Customer)'),
		...(update
			? [
					locatorOption(documentCustomer(RESOURCE, ['update'], { required: false, description: 'The customer the invoice is raised to' }), {
						type: 'body',
						property: 'customer_id',
					}),
				]
			: []),
		...(update ? [zohoDateField('date', 'Date', 'Invoice date')] : []),
		text('discount', 'Discount', 'Discount on the whole invoice: an amount (190, sent as a number) or a percentage (12.5%, sent as text as Zoho describes it)', 'body', { placeholder: '12.5%', routing: { send: { type: 'body', property: 'discount', value: AMOUNT_OR_PERCENT } } }),
		choice('discount_type', 'Discount Type', 'Whether the discount applies to the whole invoice or per line', [
			{ name: 'Entity Level (Whole Invoice)', value: 'entity_level' },
			{ name: 'Item Level (Per Line)', value: 'item_level' },
		]),
		zohoDateField('due_date', 'Due Date', 'Date the payment is due; after it the invoice is overdue'),
		number('exchange_rate', 'Exchange Rate', 'Exchange rate of the invoice currency to the organization\'s base currency', 'body', { typeOptions: { minValue: 0 } }),
		text('gst_no', 'GST Number', '15-character GST identification number of the customer (India)'),
		choice('gst_treatment', 'GST Treatment', 'GST registration of the customer (India)', [
			{ name: 'Business (GST Registered)', value: 'business_gst' },
			{ name: 'Business (Unregistered)', value: 'business_none' },
			{ name: 'Consumer', value: 'consumer' },
			{ name: 'Overseas', value: 'overseas' },
		]),
		{
			displayName: 'Invoice Number',
			name: 'invoice_number',
			type: 'string',
			default: '',
			placeholder: 'INV-000384',
			description:
				'Your own number for the invoice. The node then also sends ignore_auto_number_generation=true, so Zoho does not number it.',
			routing: {
				send: {
					type: 'body',
					property: 'invoice_number',
					preSend: [queryWhenSet(`${collection}.invoice_number`, 'ignore_auto_number_generation', 'true')],
				},
			},
		},
		boolean('is_discount_before_tax', 'Is Discount Before Tax', 'Whether the discount is applied before tax is calculated'),
		boolean('is_inclusive_tax', 'Is Inclusive Tax', 'Whether the line prices include tax'),
		...(update ? [lineItemsField({ name: 'lineItems', required: false })] : []),
		text('notes', 'Notes', 'Notes shown on the invoice, e.g. a thank-you', 'body', { typeOptions: { rows: 2 } }),
		number('payment_terms', 'Payment Terms (Days)', 'Days the customer has to pay, e.g. 15, 30, 60; Zoho sets the due date from them', 'body', { typeOptions: { minValue: 0 } }),
		text('payment_terms_label', 'Payment Terms Label', 'Label of the payment terms, e.g. Net 15'),
		text('place_of_supply', 'Place of Supply', 'Code of the state where the supply happens, e.g. TN (India)'),
		text('project_id', 'Project ID', 'ID of the project the invoice belongs to'),
		text('reference_number', 'Reference Number', 'Your reference for the invoice, e.g. a purchase order number'),
		text('salesperson_name', 'Salesperson Name', 'Name of the salesperson of the invoice'),
		...(update
			? []
			: [
					boolean('send', 'Send to Customer', 'Whether Zoho emails the invoice to the customer\'s contact persons once it is created (its status is then sent, not draft)', 'query') as INodeProperties,
				]),
		sentAsText(number('shipping_charge', 'Shipping Charge', 'Shipping charge added to the invoice (sent as text, as Zoho\'s API types it)', 'body', { typeOptions: { minValue: 0 } })),
		text('tax_authority_id', 'Tax Authority ID', 'ID of the tax authority (US sales tax)'),
		text('tax_exemption_id', 'Tax Exemption ID', 'ID of the tax exemption of the invoice'),
		choice('tax_treatment', 'Tax Treatment', 'Tax treatment of the customer (Mexico organizations only)', MEXICO_TAX_TREATMENTS, 'body', { default: 'home_country_mexico' }),
		text('template_id', 'Template ID', 'ID of the PDF template of the invoice'),
		text('terms', 'Terms', 'Terms and conditions shown on the invoice', 'body', { typeOptions: { rows: 2 } }),
		text('vat_treatment', 'VAT Treatment', 'VAT treatment of the customer, e.g. uk, eu_vat_registered, overseas (UK and EU)'),
		extraJsonOption(collection),
	];
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Checks of the writable fields, for fields inside the given collection. */
export const invoiceChecks = (collection: string) => [
	zohoDateCheck(`${collection}.date`, 'Date'),
	zohoDateCheck(`${collection}.due_date`, 'Due Date'),
	check(`${collection}.notes`, 'Notes', [maxLength(5000)]),
	check(`${collection}.payment_terms_label`, 'Payment Terms Label', [maxLength(100)]),
	check(`${collection}.discount`, 'Discount', [isDiscount]),
	check(`${collection}.contact_persons`, 'Contact Person IDs', [isIdList({ optional: true })]),
];

/** Email fields of Email Invoice / Email Credit Note: Zoho's `to_mail_ids`, `cc_mail_ids`, subject and body. */
export function emailFields(resource: string, what: string): INodeProperties[] {
	return [
		{
			displayName: 'To',
			name: 'toMailIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'benjamin@example.com, paul@example.com',
			description: `Comma-separated email addresses the ${what} is sent to`,
			displayOptions: showFor(resource, ['email']),
			routing: { send: { type: 'body', property: 'to_mail_ids', value: LIST_VALUE } },
		},
		{
			displayName: 'Subject',
			name: 'subject',
			type: 'string',
			required: true,
			default: '',
			description: 'Subject of the email',
			displayOptions: showFor(resource, ['email']),
			routing: { send: { type: 'body', property: 'subject' } },
		},
		{
			displayName: 'Body',
			name: 'body',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: `Text of the email; Zoho attaches the ${what} PDF`,
			displayOptions: showFor(resource, ['email']),
			routing: { send: { type: 'body', property: 'body' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'emailFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: showFor(resource, ['email']),
			options: [
				{
					displayName: 'CC',
					name: 'cc_mail_ids',
					type: 'string',
					default: '',
					placeholder: 'accounts@example.com',
					description: 'Comma-separated email addresses copied on the email',
					routing: { send: { type: 'body', property: 'cc_mail_ids', value: LIST_VALUE } },
				},
			],
		},
	];
}
