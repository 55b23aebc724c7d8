import type { INodeProperties } from 'n8n-workflow';

import { boolean, choice, number, showFor, text } from '../../../shared/fields';
import { check, maxLength, nonNegativeNumber, positiveInteger } from '../../../shared/validation';
import { recordLocator } from '../../shared/descriptions';
import { byDisplayName, codeListField, customFieldsOption, extraJsonOption, requiredName, sentAsText, tagsOption, taxOptions } from '../../shared/fields';
import { isBillingCycles, wholeNumberFrom } from '../../shared/validation';

/** The plan picker used by every operation that addresses one plan (plans are keyed by code). */
export const planCode = (operations: string[], description = 'The plan to work on: pick it from the list or enter its plan code'): INodeProperties =>
	recordLocator({
		name: 'planCode',
		displayName: 'Plan',
		resource: 'plan',
		operations,
		searchListMethod: 'searchPlans',
		idPlaceholder: 'basic-monthly',
		description,
	});

export const planName = (operations: string[], description: string): INodeProperties =>
	requiredName('plan', operations, description, 'Basic Monthly');

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

/** The unit of the interval: Zoho's months or years (months when not sent). */
const intervalUnit = choice(
	'interval_unit',
	'Interval Unit',
	'Unit of the interval between two bills',
	[
		{ name: 'Months', value: 'months' },
		{ name: 'Years', value: 'years' },
	],
	'body',
	{ default: 'months' },
);

/** Writable plan fields besides name, code, product, price and interval, as Zoho names them. */
const commonOptions: INodeProperties[] = [
	number('billing_cycles', 'Billing Cycles', 'How many times a subscription to this plan is billed before it expires; -1 renews until cancelled', 'body', { default: -1 }),
	boolean('can_charge_setup_fee_immediately', 'Charge Setup Fee Immediately', 'Whether the setup fee is charged upfront when a subscription is created or updated with this plan'),
	customFieldsOption(),
	text('description', 'Description', 'Short description of the plan, shown to customers', 'body', { typeOptions: { rows: 2 } }),
	text('store_markup_description', 'Long Description', 'Longer description of the plan (store_markup_description), e.g. the features it includes', 'body', { typeOptions: { rows: 4 } }),
	number('setup_fee', 'Setup Fee', 'One-time fee charged when a subscription to this plan is created (0 or more)', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } }),
	text('setup_fee_account_id', 'Setup Fee Account ID', 'ID of the income account the setup fee is recorded in', 'body', { placeholder: '903000987009905' }),
	tagsOption,
	// Zoho's contract types a plan's is_taxable as a string (an item's as a boolean)
	...taxOptions(true).map((field) => (field.name === 'is_taxable' ? sentAsText(field) : field)),
	number('trial_period', 'Trial Period (Days)', 'Number of free trial days a new subscription to this plan gets (whole number, 0 or more)', 'body', { typeOptions: { minValue: 0 } }),
	text('unit', 'Unit', 'Name of one unit of the plan, e.g. user or seat (subscriptions can then have a quantity)', 'body', { placeholder: 'user' }),
];

/** Additional Fields of Create. */
export const planCreateOptions = (collection: string): INodeProperties[] =>
	byDisplayName([...commonOptions, extraJsonOption(collection)]);

/** Update Fields: everything Create offers (but the code and product), plus price, interval and add-ons. */
export const planUpdateOptions = (collection: string): INodeProperties[] =>
	byDisplayName([
		...commonOptions,
		recurringPrice(false),
		interval(false),
		intervalUnit,
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

/** Required fields of Create besides the name and the product: the price, and the interval with its unit next to it. */
export const createRequired: INodeProperties[] = [
	{ ...recurringPrice(true), displayOptions: showFor('plan', ['create']) },
	{ ...interval(true), displayOptions: showFor('plan', ['create']) },
	{ ...intervalUnit, displayOptions: showFor('plan', ['create']) },
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
		check(`${collection}.billing_cycles`, 'Billing Cycles', [isBillingCycles]),
		check(`${collection}.trial_period`, 'Trial Period (Days)', [wholeNumberFrom(0)]),
		check(`${collection}.setup_fee`, 'Setup Fee', [nonNegativeNumber]),
		check(`${collection}.description`, 'Description', [maxLength(2000)]),
	];
};
