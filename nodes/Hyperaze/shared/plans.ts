import type { IExecuteSingleFunctions, IHttpRequestOptions, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { check, nonNegativeNumber } from '../../shared/validation';
import { badInput, isBlank, oneOf, readParameter, wholeNumberAtLeast } from './checks';

/** Pricing-plan rules from Hyperaze's "Update a plan" page (the reference's §1.4). */

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

export const PLAN_CURRENCY_CODES = CURRENCIES.map(([code]) => code);

export const currencyOptions: INodePropertyOptions[] = CURRENCIES.map(([code, name]) => ({
	name: `${code} (${name})`,
	value: code,
}));

export const PRICING_TYPES = ['Free', 'One-time Fee', 'Subscription'] as const;

export const pricingTypeOptions: INodePropertyOptions[] = [
	{ name: 'Free', value: 'Free', description: 'Costs nothing' },
	{ name: 'One-Time Fee', value: 'One-time Fee', description: 'Paid once; the membership does not renew' },
	{
		name: 'Subscription',
		value: 'Subscription',
		description: 'Paid again every renewal period (Renewal Period and Renewal Period Unit are required)',
	},
];

/** How many of each unit make at most one year (Hyperaze: "must not exceed 1 year"). */
export const MAX_PER_UNIT: Record<string, number> = { Day: 365, Week: 52, Month: 12, Year: 1 };
export const PERIOD_UNITS = Object.keys(MAX_PER_UNIT);

export const periodUnitOptions: INodePropertyOptions[] = [
	{ name: 'Day', value: 'Day' },
	{ name: 'Month', value: 'Month' },
	{ name: 'Week', value: 'Week' },
	{ name: 'Year', value: 'Year' },
];

const YEAR_LIMITS = 'at most 365 days, 52 weeks, 12 months or 1 year';

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
			if (required(this)) badInput(this, period.label, 'a value is required');
			return requestOptions;
		}
		if (isBlank(amount)) badInput(this, period.label, `a value is required when ${unit.label} is set`);
		if (isBlank(unitValue)) badInput(this, unit.label, `a value is required when ${period.label} is set`);
		const unitProblem = oneOf(PERIOD_UNITS, 'a period unit').call(this, unitValue);
		if (unitProblem) badInput(this, unit.label, unitProblem);
		const amountProblem = wholeNumberAtLeast(1).call(this, amount);
		if (amountProblem) badInput(this, period.label, amountProblem);
		const n = Number(amount);
		const u = String(unitValue);
		if (n > MAX_PER_UNIT[u]) {
			badInput(
				this,
				period.label,
				`${n} ${u.toLowerCase()}s is more than a year; Hyperaze allows ${YEAR_LIMITS}`,
			);
		}
		return requestOptions;
	};
}

/** Renewal fields only make sense for a Subscription (Update: when the type is changed in the same call). */
export function renewalOnlyForSubscription(
	pricingTypeParameter: string,
	fields: Array<{ parameter: string; label: string }>,
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const pricingType = readParameter(this, pricingTypeParameter);
		if (isBlank(pricingType) || pricingType === 'Subscription') return requestOptions;
		for (const field of fields) {
			if (!isBlank(readParameter(this, field.parameter))) {
				badInput(this, field.label, `only applies to Subscription plans, and the Pricing Type is ${String(pricingType)}`);
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
