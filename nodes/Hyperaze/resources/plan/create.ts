import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, required } from '../../../shared/validation';
import { readParameter } from '../../shared/checks';
import { productLocator, showFor } from '../../shared/descriptions';
import { ENDPOINTS } from '../../shared/endpoints';
import {
	currencyCheck,
	currencyOptions,
	optionalPlanFieldChecks,
	periodUnitOptions,
	periodWithinAYear,
	priceCheck,
	pricingTypeCheck,
	pricingTypeOptions,
} from '../../shared/plans';
import { hyperazeRecord } from '../../shared/transport';
import { optionalPlanFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a pricing plan',
	description:
		'Create a pricing plan for a product. Needs the product ID, a name, a price (0 or more), a currency (AUD, CAD, CNY, EUR, GBP, HKD, IDR, INR, JPY, KRW, MYR, NOK, SGD, THB, TWD, USD or VND) and a pricing type (Free, One-time Fee or Subscription); a Subscription also needs a renewal period and unit (Day, Week, Month or Year) of at most one year. Outputs the new plan.',
	routing: {
		request: { method: ENDPOINTS.planCreate.method, url: ENDPOINTS.planCreate.path },
		send: {
			paginate: true,
			preSend: [
				required('productId', 'Product'),
				check('name', 'Name', [], true),
				priceCheck('price', true),
				currencyCheck('currency', true),
				pricingTypeCheck('pricingType', true),
				periodWithinAYear(
					{ parameter: 'renewalPeriod', label: 'Renewal Period' },
					{ parameter: 'renewalPeriodUnit', label: 'Renewal Period Unit' },
					(context) => readParameter(context, 'pricingType') === 'Subscription',
				),
				...optionalPlanFieldChecks('additionalFields'),
			],
		},
		output: { postReceive: [hyperazeRecord()] },
	},
};

const show = showFor('plan', ['create']);
const showForSubscription = { show: { resource: ['plan'], operation: ['create'], pricingType: ['Subscription'] } };

export const properties: INodeProperties[] = [
	productLocator({
		resource: 'plan',
		operations: ['create'],
		send: { type: 'body', property: 'product_id' },
		description: 'The product the plan sells: pick it from the list or enter its ID',
	}),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Monthly',
		description: 'Name of the plan, as buyers see it',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		required: true,
		default: 0,
		description: 'Price per purchase or per renewal period, in the currency below (0 or more, e.g. 9.99)',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'price' } },
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'options',
		options: currencyOptions,
		required: true,
		default: 'USD',
		description: 'Currency of the price and the initial fee (only the currencies Hyperaze accepts)',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'currency' } },
	},
	{
		displayName: 'Pricing Type',
		name: 'pricingType',
		type: 'options',
		options: pricingTypeOptions,
		required: true,
		default: 'One-time Fee',
		description: 'How the plan is paid for',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'pricing_type' } },
	},
	{
		displayName: 'Renewal Period',
		name: 'renewalPeriod',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		required: true,
		default: 1,
		description: 'How often the subscription renews, counted in Renewal Period Unit; at most one year (365 days, 52 weeks, 12 months or 1 year)',
		displayOptions: showForSubscription,
		routing: { send: { type: 'body', property: 'renewal_period' } },
	},
	{
		displayName: 'Renewal Period Unit',
		name: 'renewalPeriodUnit',
		type: 'options',
		options: periodUnitOptions,
		required: true,
		default: 'Month',
		description: 'Unit of the renewal period',
		displayOptions: showForSubscription,
		routing: { send: { type: 'body', property: 'renewal_period_unit' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: optionalPlanFields,
	},
];
