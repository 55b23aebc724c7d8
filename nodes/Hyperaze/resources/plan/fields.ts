import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { boolean, choice, integer, number, text } from '../../../shared/fields';
import { check, failInput, isBlank, nonNegativeNumber, readParameter, wholeNumberAtLeast } from '../../../shared/validation';
import { planLocator } from '../../shared/descriptions';
import { oneOf } from '../../shared/validation';

/** Pricing plans: the fields Create and Update share, Hyperaze's lists, and the rules of its "Update a plan" page. */

export const planId = (operations: string[], send: { type: 'body' | 'query'; property: string }): INodeProperties =>
	planLocator({
		resource: 'plan',
		operations,
		send,
		description: 'The pricing plan to work on: pick it from the list or enter its ID',
	});

/** The currencies Hyperaze lists for a plan, and only those. */
const CURRENCIES: Array<[code: string, name: string]> = [
	['AUD', 'Australian Dollar'],
	['CAD', 'Canadian Dollar'],
	['CNY', 'Chinese Yuan'],
	['EUR', 'Euro'],
	['GBP', 'British Pound'],
	['HKD', 'Hong Kong Dollar'],
	['IDR', 'Indonesian Rupiah'],
	['INR', 'Indian Rupee'],
	['JPY', 'Japanese Yen'],
	['KRW', 'South Korean Won'],
	['MYR', 'Malaysian Ringgit'],
	['NOK', 'Norwegian Krone'],
	['SGD', 'Singapore Dollar'],
	['THB', 'Thai Baht'],
	['TWD', 'New Taiwan Dollar'],
	['USD', 'US Dollar'],
	['VND', 'Vietnamese Dong'],
];

const PLAN_CURRENCY_CODES = CURRENCIES.map(([code]) => code);

const currencyOptions: INodePropertyOptions[] = CURRENCIES.map(([code, name]) => ({ name: `${code} (${name})`, value: code }));

const PRICING_TYPES = ['Free', 'One-time Fee', 'Subscription'] as const;

const pricingTypeOptions: INodePropertyOptions[] = [
	{ name: 'Free', value: 'Free', description: 'Costs nothing' },
	{ name: 'One-Time Fee', value: 'One-time Fee', description: 'Paid once; the membership does not renew' },
	{
		name: 'Subscription',
		value: 'Subscription',
		description: 'Paid again every renewal period (Renewal Period and Renewal Period Unit are required)',
	},
];

/** How many of each unit make at most one year (Hyperaze: "must not exceed 1 year"). */
const MAX_PER_UNIT: Record<string, number> = { Day: 365, Week: 52, Month: 12, Year: 1 };
const PERIOD_UNITS = Object.keys(MAX_PER_UNIT);

const periodUnitOptions: INodePropertyOptions[] = PERIOD_UNITS.map((unit) => ({ name: unit, value: unit }));

const YEAR_LIMITS = 'at most 365 days, 52 weeks, 12 months or 1 year';

/* ---------------------------------------------------------------------------------------------
 * Fields (sent under Hyperaze's own names)
 * ------------------------------------------------------------------------------------------- */

export const currencyField = (name: string): INodeProperties =>
	choice(name, 'Currency', 'Currency of the price and the initial fee (only the currencies Hyperaze accepts)', currencyOptions, 'body', { default: 'USD' }, 'currency');

export const pricingTypeField = (name: string, description: string): INodeProperties =>
	choice(name, 'Pricing Type', description, pricingTypeOptions, 'body', { default: 'One-time Fee' }, 'pricing_type');

export const renewalPeriodField = (name: string, description: string): INodeProperties =>
	integer(name, 'Renewal Period', description, 'body', { typeOptions: { minValue: 1, numberPrecision: 0 } }, 'renewal_period');

export const renewalPeriodUnitField = (name: string, description: string): INodeProperties =>
	choice(name, 'Renewal Period Unit', description, periodUnitOptions, 'body', { default: 'Month' }, 'renewal_period_unit');

/** Optional fields Create and Update share, sorted by name. */
export const optionalPlanFields: INodeProperties[] = [
	number('initial_fee', 'Initial Fee', 'An extra one-time fee charged at checkout, in the plan\'s currency (0 or more)', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } }),
	text('password', 'Password', 'Protects the plan\'s checkout page: buyers must enter it before paying', 'body', { typeOptions: { password: true } }),
	boolean('shuffle_key', 'Shuffle Key', 'Whether the license key can be shuffled (replaced by a new one) by the member'),
	integer('stocks', 'Stocks', 'How many times the plan can be sold (a whole number)', 'body', { default: 0, typeOptions: { minValue: 0, numberPrecision: 0 } }),
	integer('trial_duration', 'Trial Duration', 'Length of the free trial, counted in Trial Period Unit (set both); at most one year in total', 'body', { default: 7, typeOptions: { minValue: 1, numberPrecision: 0 } }),
	choice('trial_period_unit', 'Trial Period Unit', 'Unit of Trial Duration (set both)', periodUnitOptions, 'body', { default: 'Day' }),
];

/* ---------------------------------------------------------------------------------------------
 * Checks
 * ------------------------------------------------------------------------------------------- */

/**
 * A period given as number + unit (renewal, trial): both or neither, a whole number of at least 1,
 * a known unit, and at most one year in total. `required` makes "neither" an error too.
 */
export function periodWithinAYear(
	period: { parameter: string; label: string },
	unit: { parameter: string; label: string },
	required: (context: IExecuteSingleFunctions) => boolean = () => false,
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const amount = readParameter(this, period.parameter);
		const unitValue = readParameter(this, unit.parameter);
		if (isBlank(amount) && isBlank(unitValue)) {
			if (required(this)) failInput(this, period.label, 'a value is required');
			return requestOptions;
		}
		if (isBlank(amount)) failInput(this, period.label, `a value is required when ${unit.label} is set`);
		if (isBlank(unitValue)) failInput(this, unit.label, `a value is required when ${period.label} is set`);
		const unitProblem = oneOf(PERIOD_UNITS, 'a period unit').call(this, unitValue);
		if (unitProblem) failInput(this, unit.label, unitProblem);
		const amountProblem = wholeNumberAtLeast(1).call(this, amount);
		if (amountProblem) failInput(this, period.label, amountProblem);
		const n = Number(amount);
		const u = String(unitValue);
		if (n > MAX_PER_UNIT[u]) {
			failInput(this, period.label, `${n} ${u.toLowerCase()}s is more than a year; Hyperaze allows ${YEAR_LIMITS}`);
		}
		return requestOptions;
	};
}

/** Renewal fields only make sense for a Subscription (Update: when the type is changed in the same call). */
export function renewalOnlyForSubscription(pricingTypeParameter: string, fields: Array<{ parameter: string; label: string }>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const pricingType = readParameter(this, pricingTypeParameter);
		if (isBlank(pricingType) || pricingType === 'Subscription') return requestOptions;
		for (const field of fields) {
			if (!isBlank(readParameter(this, field.parameter))) {
				failInput(this, field.label, `only applies to Subscription plans, and the Pricing Type is ${String(pricingType)}`);
			}
		}
		return requestOptions;
	};
}

/** Checks of the optional fields Create ("additionalFields") and Update ("updateFields") share. */
export function optionalPlanFieldChecks(collection: string): PreSendAction[] {
	return [
		check(`${collection}.initial_fee`, 'Initial Fee', [nonNegativeNumber]),
		check(`${collection}.stocks`, 'Stocks', [wholeNumberAtLeast(0)]),
		periodWithinAYear(
			{ parameter: `${collection}.trial_duration`, label: 'Trial Duration' },
			{ parameter: `${collection}.trial_period_unit`, label: 'Trial Period Unit' },
		),
	];
}

export const currencyCheck = (parameter: string, required = false): PreSendAction =>
	check(parameter, 'Currency', [oneOf(PLAN_CURRENCY_CODES, 'a currency')], required);

export const pricingTypeCheck = (parameter: string, required = false): PreSendAction =>
	check(parameter, 'Pricing Type', [oneOf(PRICING_TYPES, 'a pricing type')], required);

export const priceCheck = (parameter: string, required = false): PreSendAction =>
	check(parameter, 'Price', [nonNegativeNumber], required);
