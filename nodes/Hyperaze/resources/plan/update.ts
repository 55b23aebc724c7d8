import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { notEmptyWhenAdded } from '../../shared/checks';
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
	renewalOnlyForSubscription,
} from '../../shared/plans';
import { hyperazeRecord } from '../../shared/transport';
import { optionalPlanFields, planId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a pricing plan',
	description:
		'Change a pricing plan by ID; only the fields set are sent. Same rules as Create: price and initial fee 0 or more, currency and pricing type from Hyperaze\'s lists, renewal period and trial each given with their unit and at most one year. Outputs the updated plan.',
	routing: {
		request: { method: ENDPOINTS.planUpdate.method, url: ENDPOINTS.planUpdate.path },
		send: {
			paginate: true,
			preSend: [
				required('planId', 'Pricing Plan'),
				notEmptyWhenAdded('updateFields.product', 'Product'),
				priceCheck('updateFields.price'),
				currencyCheck('updateFields.currency'),
				pricingTypeCheck('updateFields.pricing_type'),
				periodWithinAYear(
					{ parameter: 'updateFields.renewal_period', label: 'Renewal Period' },
					{ parameter: 'updateFields.renewal_period_unit', label: 'Renewal Period Unit' },
				),
				renewalOnlyForSubscription('updateFields.pricing_type', [
					{ parameter: 'updateFields.renewal_period', label: 'Renewal Period' },
					{ parameter: 'updateFields.renewal_period_unit', label: 'Renewal Period Unit' },
				]),
				...optionalPlanFieldChecks('updateFields'),
			],
		},
		output: { postReceive: [hyperazeRecord()] },
	},
};

const updateOnlyFields: INodeProperties[] = [
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'options',
		options: currencyOptions,
		default: 'USD',
		description: 'Currency of the price and the initial fee (only the currencies Hyperaze accepts)',
		routing: { send: { type: 'body', property: 'currency' } },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Name of the plan, as buyers see it',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Price',
		name: 'price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Price per purchase or per renewal period (0 or more)',
		routing: { send: { type: 'body', property: 'price' } },
	},
	{
		displayName: 'Pricing Type',
		name: 'pricing_type',
		type: 'options',
		options: pricingTypeOptions,
		default: 'One-time Fee',
		description: 'How the plan is paid for; a plan that becomes a Subscription needs Renewal Period and Renewal Period Unit',
		routing: { send: { type: 'body', property: 'pricing_type' } },
	},
	productLocator({
		name: 'product',
		send: { type: 'body', property: 'product_id' },
		description: 'Move the plan to another product: pick it from the list or enter its ID',
	}),
	{
		displayName: 'Renewal Period',
		name: 'renewal_period',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'How often a Subscription renews, counted in Renewal Period Unit (set both); at most one year',
		routing: { send: { type: 'body', property: 'renewal_period' } },
	},
	{
		displayName: 'Renewal Period Unit',
		name: 'renewal_period_unit',
		type: 'options',
		options: periodUnitOptions,
		default: 'Month',
		description: 'Unit of the renewal period (set both)',
		routing: { send: { type: 'body', property: 'renewal_period_unit' } },
	},
];

export const properties: INodeProperties[] = [
	planId(['update'], { type: 'body', property: 'id' }),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('plan', ['update']),
		options: [...updateOnlyFields, ...optionalPlanFields].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	},
];
