import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, showFor, text } from '../../../shared/fields';
import { check, maxLength, nonNegativeNumber } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { byDisplayName, codeListField, customFieldsOption, extraJsonOption, requiredName, tagsOption, taxOptions } from '../../shared/fields';
import { checkRows, requireCodes, wholeNumberFrom } from '../../shared/validation';

/** The add-on picker used by every operation that addresses one add-on (add-ons are keyed by code). */
export const addonCode = (operations: string[], description = 'The add-on to work on: pick it from the list or enter its add-on code'): INodeProperties =>
	recordLocator({
		name: 'addonCode',
		displayName: 'Add-On',
		resource: 'addon',
		operations,
		searchListMethod: 'searchAddons',
		idPlaceholder: 'Email-basic',
		description,
	});

export const addonName = (operations: string[], description: string): INodeProperties =>
	requiredName('addon', operations, description, 'Email Addon');

/* ------------------------------------------------------------------------------------------------
 * Pricing: the scheme decides the shape of price_brackets
 *   unit → [{ price }], package → [{ end_quantity, price }], tier/volume → [{ start_quantity, end_quantity, price }]
 * ---------------------------------------------------------------------------------------------- */

const scheme = (name: string, value: string, description: string): INodePropertyOptions => ({
	name,
	value,
	description,
	// the option itself sends the scheme, so "Don't Change" (Update) sends nothing
	routing: { send: { type: 'body', property: 'pricing_scheme', value } },
});

/** The pricing scheme; on Update it has "Don't Change" (the default), which leaves pricing alone. */
export const pricingScheme = (operation: 'create' | 'update'): INodeProperties => ({
	displayName: 'Pricing Scheme',
	name: 'pricingScheme',
	type: 'options',
	default: 'unit',
	...(operation === 'update' ? { default: 'keep' } : {}),
	description:
		operation === 'create'
			? 'How the add-on is priced; it decides which price fields are shown'
			: 'Whether to change the add-on\'s pricing; choosing a scheme replaces the price brackets with the ones below',
	displayOptions: showFor('addon', [operation]),
	options: [
		...(operation === 'update'
			? [{ name: 'Don\'t Change', value: 'keep', description: 'Keep the current scheme and price brackets' }]
			: []),
		scheme('Package', 'package', 'A price for each package of units, e.g. 10 for every 50 units'),
		scheme('Tier', 'tier', 'Each unit is priced by the quantity range (tier) it falls in'),
		scheme('Unit', 'unit', 'One price per unit'),
		scheme('Volume', 'volume', 'All units are priced by the range the total quantity falls in'),
	],
});

const PRICE_LABEL = 'Price Brackets';

const rangeCheck = (parameter: string) =>
	checkRows(
		parameter,
		'bracket',
		PRICE_LABEL,
		[
			{ field: 'start_quantity', label: 'Start Quantity', required: true, checks: [wholeNumberFrom(1)] },
			{ field: 'end_quantity', label: 'End Quantity', required: true, checks: [wholeNumberFrom(1)] },
			{ field: 'price', label: 'Price', required: true, checks: [nonNegativeNumber] },
		],
		{
			min: 1,
			row: (bracket, index, all) => {
				if (Number(bracket.end_quantity) < Number(bracket.start_quantity))
					return `End Quantity must be a whole number of at least Start Quantity (${String(bracket.start_quantity)} → ${String(bracket.end_quantity)})`;
				if (index > 0 && Number(bracket.start_quantity) <= Number(all[index - 1].end_quantity))
					return `Start Quantity must be after the previous bracket's End Quantity (${String(all[index - 1].end_quantity)})`;
				return undefined;
			},
		},
	);

const packageCheck = (parameter: string) =>
	checkRows(
		parameter,
		'bracket',
		PRICE_LABEL,
		[
			{ field: 'end_quantity', label: 'End Quantity', required: true, checks: [wholeNumberFrom(1)] },
			{ field: 'price', label: 'Price', required: true, checks: [nonNegativeNumber] },
		],
		{ min: 1 },
	);

const quantity = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 1,
	description,
});

const bracketPrice: INodeProperties = {
	displayName: 'Price',
	name: 'price',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description: 'Price per unit in this range (Tier, Volume) or price of the whole package (Package)',
};

/** The price fields of one operation: Unit Price, or the brackets of the chosen scheme. */
export const priceFields = (operation: 'create' | 'update'): INodeProperties[] => [
	{
		displayName: 'Unit Price',
		name: 'unitPrice',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Price of one unit of the add-on (0 or more); sent as price_brackets [{ price }]',
		displayOptions: { show: { resource: ['addon'], operation: [operation], pricingScheme: ['unit'] } },
		routing: {
			send: {
				type: 'body',
				property: 'price_brackets',
				value: '={{ [{ price: $value }] }}',
				preSend: [check('unitPrice', 'Unit Price', [nonNegativeNumber], true)],
			},
		},
	},
	{
		displayName: 'Price Brackets',
		name: 'packageBrackets',
		type: 'fixedCollection',
		required: true,
		typeOptions: { multipleValues: true },
		placeholder: 'Add Package',
		default: {},
		description: 'Package prices: each bracket is a package size (End Quantity) and its price; sent as price_brackets [{ end_quantity, price }]',
		displayOptions: { show: { resource: ['addon'], operation: [operation], pricingScheme: ['package'] } },
		options: [
			{
				displayName: 'Bracket',
				name: 'bracket',
				values: [quantity('end_quantity', 'End Quantity', 'Number of units in the package'), bracketPrice],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: 'price_brackets',
				value: '={{ ($value.bracket || []).map(b => ({ end_quantity: b.end_quantity, price: b.price })) }}',
				preSend: [packageCheck('packageBrackets')],
			},
		},
	},
	{
		displayName: 'Price Brackets',
		name: 'rangeBrackets',
		type: 'fixedCollection',
		required: true,
		typeOptions: { multipleValues: true },
		placeholder: 'Add Bracket',
		default: {},
		description:
			'Quantity ranges in ascending order, each with a price per unit, e.g. 1–50 at 10 and 51–100 at 8; sent as price_brackets [{ start_quantity, end_quantity, price }]',
		displayOptions: { show: { resource: ['addon'], operation: [operation], pricingScheme: ['tier', 'volume'] } },
		options: [
			{
				displayName: 'Bracket',
				name: 'bracket',
				values: [
					quantity('start_quantity', 'Start Quantity', 'First quantity of the range'),
					quantity('end_quantity', 'End Quantity', 'Last quantity of the range'),
					bracketPrice,
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: 'price_brackets',
				value: '={{ ($value.bracket || []).map(b => ({ start_quantity: b.start_quantity, end_quantity: b.end_quantity, price: b.price })) }}',
				preSend: [rangeCheck('rangeBrackets')],
			},
		},
	},
];

/* ------------------------------------------------------------------------------------------------
 * Plans the add-on applies to: applicable_to_all_plans, or plans[{ plan_code }]
 * ---------------------------------------------------------------------------------------------- */

const planScope = (name: string, value: string, all: boolean): INodePropertyOptions => ({
	name,
	value,
	routing: { send: { type: 'body', property: 'applicable_to_all_plans', value: all ? '={{ true }}' : '={{ false }}' } },
});

export const planFields = (operation: 'create' | 'update'): INodeProperties[] => [
	{
		displayName: 'Applicable Plans',
		name: 'applicablePlans',
		type: 'options',
		default: 'all',
		...(operation === 'update' ? { default: 'keep' } : {}),
		description:
			operation === 'create'
				? 'Which plans of the product the add-on can be bought with'
				: 'Which plans of the product the add-on can be bought with; Don\'t Change keeps the current ones, Selected Plans sends the plan codes below',
		displayOptions: showFor('addon', [operation]),
		options: [
			planScope('All Plans', 'all', true),
			...(operation === 'update' ? [{ name: 'Don\'t Change', value: 'keep' }] : []),
			planScope('Selected Plans', 'select', false),
		],
	},
	codeListField({
		name: 'plans',
		displayName: 'Plans',
		entryName: 'plan',
		entryDisplayName: 'Plan',
		codeKey: 'plan_code',
		codeLabel: 'Plan Code',
		placeholder: 'basic-monthly',
		description: 'The plans the add-on can be bought with, by plan code; sent as plans [{ plan_code }]',
		property: 'plans',
		displayOptions: { show: { resource: ['addon'], operation: [operation], applicablePlans: ['select'] } },
		// runs only when the list is shown, i.e. for "Selected Plans"
		preSend: [requireCodes('plans', 'plan', 'Plans')],
	}),
];

/* ------------------------------------------------------------------------------------------------
 * The other writable fields
 * ---------------------------------------------------------------------------------------------- */

const commonOptions: INodeProperties[] = [
	customFieldsOption(),
	text('description', 'Description', 'Short description of the add-on, shown to customers', 'body', { typeOptions: { rows: 2 } }),
	choice('interval_unit', 'Interval Unit', 'Recurring add-ons only: how often the add-on is billed (monthly when not set)', [
		{ name: 'Monthly', value: 'monthly' },
		{ name: 'Yearly', value: 'yearly' },
	]),
	text('store_markup_description', 'Long Description', 'Longer description of the add-on (store_markup_description)', 'body', { typeOptions: { rows: 4 } }),
	tagsOption,
	...taxOptions(false),
	choice('type', 'Type', 'Recurring add-ons are billed with every renewal; one-time add-ons once (recurring when not set)', [
		{ name: 'One Time', value: 'one_time' },
		{ name: 'Recurring', value: 'recurring' },
	], 'body', { default: 'recurring' }),
];

export const addonCreateOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, extraJsonOption(collection)]);

export const addonUpdateOptions = (collection: string): INodeProperties[] =>
	byDisplayName([
		...commonOptions,
		text('unit_name', 'Unit Name', 'Name of one unit of the add-on, e.g. Email or GB', 'body', { placeholder: 'Email' }),
		extraJsonOption(collection),
	]);

export const descriptionCheck = (collection: string) => check(`${collection}.description`, 'Description', [maxLength(2000)]);
