import type { INodeProperties } from 'n8n-workflow';

import { check, maxLength, nonNegativeNumber, positiveInteger } from '../../../shared/validation';
import { billingCycles, byDisplayName, codeListField, tagsOption, taxOptions, wholeNumberFrom } from '../../shared/catalog';
import { recordLocator, showFor } from '../../shared/descriptions';
import { sentAsText } from '../../shared/contractTypes';
import { customFieldsOption, extraJsonOption } from '../../shared/fields';

/** The plan picker used by every operation that addresses one plan (plans are keyed by code). */
export const planCode = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'planCode',
		displayName: 'Plan',
		resource: 'plan',
		operations,
		searchListMethod: 'searchPlans',
		idPlaceholder: 'basic-monthly',
		idRegex: null,
		description: 'The plan to work on: pick it from the list or enter its plan code',
	});

export const nameField = (operations: string[], description: string): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'Basic Monthly',
	description,
	displayOptions: showFor('plan', operations),
	routing: { send: { type: 'body', property: 'name', preSend: [check('name', 'Name', [maxLength(100)], true)] } },
});

const recurringPrice = (required: boolean): INodeProperties => ({
	displayName: 'Recurring Price',
	name: 'recurring_price',
	type: 'number',
	...(required ? { required: true } : {}),
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description: 'Amount charged every interval, in the organization\'s currency (0 or more)',
	routing: { send: { type: 'body', property: 'recurring_price' } },
});

const interval = (required: boolean): INodeProperties => ({
	displayName: 'Interval',
	name: 'interval',
	type: 'number',
	...(required ? { required: true } : {}),
	typeOptions: { minValue: 1 },
	default: 1,
	description: 'How many interval units between two bills: 2 with Interval Unit = Months bills every two months (whole number, 1 or more)',
	routing: { send: { type: 'body', property: 'interval' } },
});

/** Writable plan fields besides name, code, product, price and interval, as Zoho names them. */
const commonOptions: INodeProperties[] = [
	{
		displayName: 'Billing Cycles',
		name: 'billing_cycles',
		type: 'number',
		default: -1,
		description: 'How many times a subscription to this plan is billed before it expires; -1 renews until cancelled',
		routing: { send: { type: 'body', property: 'billing_cycles' } },
	},
	{
		displayName: 'Charge Setup Fee Immediately',
		name: 'can_charge_setup_fee_immediately',
		type: 'boolean',
		default: false,
		description: 'Whether the setup fee is charged upfront when a subscription is created or updated with this plan',
		routing: { send: { type: 'body', property: 'can_charge_setup_fee_immediately' } },
	},
	customFieldsOption(),
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Short description of the plan, shown to customers',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Interval Unit',
		name: 'interval_unit',
		type: 'options',
		default: 'months',
		description: 'Unit of the interval between bills (months when not set)',
		options: [
			{ name: 'Months', value: 'months' },
			{ name: 'Years', value: 'years' },
		],
		routing: { send: { type: 'body', property: 'interval_unit' } },
	},
	{
		displayName: 'Long Description',
		name: 'store_markup_description',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: 'Longer description of the plan (store_markup_description), e.g. the features it includes',
		routing: { send: { type: 'body', property: 'store_markup_description' } },
	},
	{
		displayName: 'Setup Fee',
		name: 'setup_fee',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'One-time fee charged when a subscription to this plan is created (0 or more)',
		routing: { send: { type: 'body', property: 'setup_fee' } },
	},
	{
		displayName: 'Setup Fee Account ID',
		name: 'setup_fee_account_id',
		type: 'string',
		default: '',
		placeholder: '903000987009905',
		description: 'ID of the income account the setup fee is recorded in',
		routing: { send: { type: 'body', property: 'setup_fee_account_id' } },
	},
	tagsOption,
	// Zoho's contract types a plan's is_taxable as a string (an item's as a boolean)
	...taxOptions(true).map((field) => (field.name === 'is_taxable' ? sentAsText(field) : field)),
	{
		displayName: 'Trial Period (Days)',
		name: 'trial_period',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Number of free trial days a new subscription to this plan gets (whole number, 0 or more)',
		routing: { send: { type: 'body', property: 'trial_period' } },
	},
	{
		displayName: 'Unit',
		name: 'unit',
		type: 'string',
		default: '',
		placeholder: 'user',
		description: 'Name of one unit of the plan, e.g. user or seat (subscriptions can then have a quantity)',
		routing: { send: { type: 'body', property: 'unit' } },
	},
];

/** Additional Fields of Create. */
export const createOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, extraJsonOption(collection)]);

/** Update Fields: everything Create offers (but the code and product), plus price, interval and add-ons. */
export const updateOptions = (collection: string): INodeProperties[] =>
	byDisplayName([
		...commonOptions,
		recurringPrice(false),
		interval(false),
		codeListField({
			name: 'addons',
			displayName: 'Add-Ons',
			entryName: 'addon',
			entryDisplayName: 'Add-On',
			codeKey: 'addon_code',
			codeLabel: 'Add-On Code',
			placeholder: 'Email-basic',
			description: 'The add-ons associated with the plan, by add-on code (replaces the current list)',
			property: 'addons',
		}),
		extraJsonOption(collection),
	]);

/** Required fields of Create besides the name and the product. */
export const createRequired: INodeProperties[] = [
	{ ...recurringPrice(true), displayOptions: showFor('plan', ['create']) },
	{ ...interval(true), displayOptions: showFor('plan', ['create']) },
];

/**
 * Checks shared by Create and Update, for fields inside the given collection; price and interval
 * are top-level fields on Create (`priceAtTop`) and inside Update Fields on Update.
 */
export const planChecks = (collection: string, priceAtTop: boolean) => {
	const at = (field: string) => (priceAtTop ? field : `${collection}.${field}`);
	return [
		check(at('recurring_price'), 'Recurring Price', [nonNegativeNumber]),
		check(at('interval'), 'Interval', [positiveInteger]),
		check(`${collection}.billing_cycles`, 'Billing Cycles', [billingCycles]),
		check(`${collection}.trial_period`, 'Trial Period (Days)', [wholeNumberFrom(0)]),
		check(`${collection}.setup_fee`, 'Setup Fee', [nonNegativeNumber]),
		check(`${collection}.description`, 'Description', [maxLength(2000)]),
	];
};
