import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { boolean, choice, number, showFor, text } from '../../../shared/fields';
import { check, maxLength, positiveNumber } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { byDisplayName, customFieldsOption, extraJsonOption, sentAsText, zohoDateField } from '../../shared/fields';
import { checkRows, isZohoId, zohoDateCheck } from '../../shared/validation';

/** The expense picker used by Get, Update and Delete. */
export const expenseId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'expenseId',
		displayName: 'Expense',
		resource: 'expense',
		operations,
		searchListMethod: 'searchExpenses',
		idPlaceholder: '982000000030049',
		description: 'The expense to work on: pick it from the list or enter its ID',
	});

/** Account ID and Amount: required by Zoho on Create and on every Update. */
export function accountAndAmount(resource: string, operations: string[], what: string, update: boolean): INodeProperties[] {
	const repeat = update ? ' Zoho requires it on every update: repeat the current value to keep it.' : '';
	return [
		{
			displayName: 'Account ID',
			name: 'account_id',
			type: 'string',
			required: true,
			default: '',
			placeholder: '982000000561057',
			description: `ID of the expense account (chart of accounts) the ${what} is recorded in, e.g. Rent or Travel.${repeat}`,
			displayOptions: showFor(resource, operations),
			routing: { send: { type: 'body', property: 'account_id' } },
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			required: true,
			default: 0,
			typeOptions: { numberPrecision: 2 },
			description: `Amount of the ${what} in its currency, greater than 0.${repeat}`,
			displayOptions: showFor(resource, operations),
			routing: { send: { type: 'body', property: 'amount' } },
		},
	];
}

export const accountAndAmountChecks = (): PreSendAction[] => [
	check('account_id', 'Account ID', [isZohoId], true),
	check('amount', 'Amount', [positiveNumber], true),
];

/** Itemized expense: `line_items: [{ account_id, amount, description, tax_id, … }]`. */
export function lineItemsOption(): INodeProperties {
	return {
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		description: 'Split the expense over several expense accounts (an itemized expense); each line needs an account ID and an amount',
		options: [
			{
				displayName: 'Line Item',
				name: 'item',
				values: [
					{ displayName: 'Account ID', name: 'account_id', type: 'string', default: '', description: 'ID of the expense account of this line' },
					{ displayName: 'Amount', name: 'amount', type: 'number', default: 0, typeOptions: { numberPrecision: 2 }, description: 'Amount of this line, greater than 0' },
					{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'What this line is for (at most 100 characters)' },
					{
						displayName: 'Product Type',
						name: 'product_type',
						type: 'options',
						default: '',
						description: 'UK and EU organizations: whether the line is a purchase of goods or of services',
						options: [
							{ name: 'Goods', value: 'goods' },
							{ name: 'Not Set', value: '' },
							{ name: 'Service', value: 'service' },
						],
					},
					{ displayName: 'Reverse Charge Tax ID', name: 'reverse_charge_tax_id', type: 'string', default: '', description: 'ID of the reverse charge tax of this line (India)' },
					{ displayName: 'Tax Exemption ID', name: 'tax_exemption_id', type: 'string', default: '', description: 'ID of the tax exemption of this line (Setting → Get Tax Exemptions lists them)' },
					{ displayName: 'Tax ID', name: 'tax_id', type: 'string', default: '', description: 'ID of the tax of this line (Setting → Get Taxes lists them)' },
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: 'line_items',
				value:
					'={{ ($value.item || []).map(i => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== "" && v !== null && v !== undefined))) }}',
			},
		},
	};
}

export const lineItemsCheck = (collection: string): PreSendAction =>
	checkRows(`${collection}.lineItems`, 'item', 'Line Items', [
		{ field: 'account_id', label: 'Account ID', required: true, checks: [isZohoId] },
		{ field: 'amount', label: 'Amount', checks: [positiveNumber] },
		{ field: 'description', label: 'Description', checks: [maxLength(100)] },
	]);

/** Fields only organizations in India (GST) or the UK / EU (VAT) use; shared with recurring expenses. */
export function regionalTaxFields(): INodeProperties[] {
	return [
		text('acquisition_vat_id', 'Acquisition VAT ID', 'UK and EU organizations: ID of the tax applied when acquisition VAT is reported on an EU goods expense'),
		text('destination_of_supply', 'Destination of Supply', 'India (GST): state code where the goods or services are supplied to, e.g. TN (the organization\'s home state when not set)'),
		text('gst_no', 'GST Number', 'India (GST): 15-digit GST identification number of the vendor', 'body', { placeholder: '22AAAAA0000A1Z5' }),
		choice('product_type', 'Product Type', 'UK and EU organizations: whether the expense is a purchase of goods or of services', [
			{ name: 'Goods', value: 'goods' },
			{ name: 'Service', value: 'service' },
		]),
		text('reverse_charge_tax_id', 'Reverse Charge Tax ID', 'India (GST): ID of the reverse charge tax'),
		text('reverse_charge_vat_id', 'Reverse Charge VAT ID', 'UK and EU organizations: ID of the tax applied when reverse charge VAT is reported on a non-UK service expense'),
		text('source_of_supply', 'Source of Supply', 'India (GST): state code the goods or services are supplied from, e.g. AP (the contact\'s place when not set)'),
		choice('vat_treatment', 'VAT Treatment', 'UK and EU organizations: where the vendor is, for VAT', [
			{ name: 'EU, VAT Not Registered', value: 'eu_vat_not_registered' },
			{ name: 'EU, VAT Registered', value: 'eu_vat_registered' },
			{ name: 'Non-EU', value: 'non_eu' },
			{ name: 'Overseas', value: 'overseas' },
			{ name: 'UK', value: 'uk' },
		]),
	];
}

/** Fields of a mileage expense (Mileage Type Manual: distance; Odometer: start and end readings). */
function mileageFields(): INodeProperties[] {
	return [
		sentAsText(boolean('can_reclaim_vat_on_mileage', 'Can Reclaim VAT on Mileage', 'Whether VAT can be reclaimed on this mileage expense (UK)')),
		sentAsText(number('distance', 'Distance', 'Distance travelled, for Mileage Type Manual (in the Mileage Unit)')),
		text('employee_id', 'Employee ID', 'ID of the employee who submitted this mileage expense (UK)'),
		number('end_reading', 'End Reading', 'Odometer reading at the end, for Mileage Type Odometer'),
		choice('engine_capacity_range', 'Engine Capacity Range', 'Engine capacity of the vehicle of a mileage expense (UK)', [
			{ name: '1400cc to 1600cc', value: 'between_1400cc_and_1600cc' },
			{ name: '1600cc to 2000cc', value: 'between_1600cc_and_2000cc' },
			{ name: 'Less Than 1400cc', value: 'less_than_1400cc' },
			{ name: 'More Than 2000cc', value: 'more_than_2000cc' },
		]),
		choice('fuel_type', 'Fuel Type', 'Fuel of the vehicle of a mileage expense (UK)', [
			{ name: 'Diesel', value: 'diesel' },
			{ name: 'LPG', value: 'lpg' },
			{ name: 'Petrol', value: 'petrol' },
		]),
		number('mileage_rate', 'Mileage Rate', 'Rate per distance unit of a mileage expense', 'body', { typeOptions: { numberPrecision: 2 } }),
		choice('mileage_type', 'Mileage Type', 'Whether this is a mileage expense, and how its distance is given', [
			{ name: 'Manual (Distance)', value: 'manual' },
			{ name: 'Not Mileage', value: 'non_mileage' },
			{ name: 'Odometer (Start and End Readings)', value: 'odometer' },
		]),
		choice('mileage_unit', 'Mileage Unit', 'Unit of the distance travelled', [
			{ name: 'Kilometres', value: 'km' },
			{ name: 'Miles', value: 'mile' },
		]),
		number('start_reading', 'Start Reading', 'Odometer reading at the start, for Mileage Type Odometer'),
		choice('vehicle_type', 'Vehicle Type', 'Vehicle of a mileage expense (UK)', [
			{ name: 'Bike', value: 'bike' },
			{ name: 'Car', value: 'car' },
			{ name: 'Motorcycle', value: 'motorcycle' },
			{ name: 'Van', value: 'van' },
		]),
	];
}

/** Optional expense fields, as Zoho names them (Additional Fields on Create, Update Fields on Update). */
export function expenseFields(collection: string, update: boolean): INodeProperties[] {
	return byDisplayName([
		boolean('is_billable', 'Billable', 'Whether the expense can be billed to a customer (set Customer ID too)'),
		text('currency_id', 'Currency ID', 'ID of the currency of the expense when it is not the organization\'s base currency'),
		customFieldsOption('custom_fields', 'id'),
		text('customer_id', 'Customer ID', 'ID of the customer the expense is for (needed for a billable expense)', 'body', { placeholder: '982000000567001' }),
		zohoDateField('date', 'Date', update ? 'Date of the expense' : 'Date of the expense; today when not set'),
		text('description', 'Description', 'What the expense was for (at most 100 characters)'),
		number('exchange_rate', 'Exchange Rate', 'Exchange rate from the expense\'s currency to the base currency, greater than 0', 'body', { typeOptions: { numberPrecision: 6 } }),
		extraJsonOption(collection),
		text('hsn_or_sac', 'HSN or SAC Code', 'India (GST): HSN or SAC code of the goods or services'),
		boolean('is_inclusive_tax', 'Inclusive of Tax', 'Whether Amount already includes the tax'),
		lineItemsOption(),
		text('project_id', 'Project ID', 'ID of the project the expense belongs to (Project → Get Many lists them)'),
		text('reference_number', 'Reference Number', 'Your reference for the expense, e.g. the receipt number (at most 100 characters)'),
		text('tax_id', 'Tax ID', 'ID of the tax applied to the expense (Setting → Get Taxes lists them)'),
		...regionalTaxFields(),
		...mileageFields(),
		...(update
			? [
					{
						displayName: 'Delete Receipt',
						name: 'delete_receipt',
						type: 'boolean' as const,
						default: false,
						description: 'Whether to remove the receipt attached to the expense',
						routing: { send: { type: 'query' as const, property: 'delete_receipt' } },
					},
				]
			: []),
	]);
}

/** Checks of the optional fields, inside the given collection. */
export function expenseFieldChecks(collection: string): PreSendAction[] {
	const at = (name: string) => `${collection}.${name}`;
	return [
		zohoDateCheck(at('date'), 'Date'),
		check(at('description'), 'Description', [maxLength(100)]),
		check(at('reference_number'), 'Reference Number', [maxLength(100)]),
		check(at('customer_id'), 'Customer ID', [isZohoId]),
		check(at('project_id'), 'Project ID', [isZohoId]),
		check(at('currency_id'), 'Currency ID', [isZohoId]),
		check(at('tax_id'), 'Tax ID', [isZohoId]),
		check(at('exchange_rate'), 'Exchange Rate', [positiveNumber]),
		lineItemsCheck(collection),
	];
}
