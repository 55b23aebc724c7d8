import { collection, number, text } from '../../../shared/fields';
import { operation } from '../../../shared/operations';
import { required } from '../../../shared/validation';
import { productLocator } from '../../shared/descriptions';
import { ENDPOINTS } from '../../shared/endpoints';
import { notEmptyWhenAdded } from '../../shared/validation';
import { hyperazeRecord } from '../../shared/transport';
import {
	currencyCheck,
	currencyField,
	optionalPlanFieldChecks,
	optionalPlanFields,
	periodWithinAYear,
	planId,
	priceCheck,
	pricingTypeCheck,
	pricingTypeField,
	renewalOnlyForSubscription,
	renewalPeriodField,
	renewalPeriodUnitField,
} from './fields';

const endpoint = ENDPOINTS.planUpdate;

export const { option, properties } = operation({
	resource: 'plan',
	value: 'update',
	name: 'Update',
	action: 'Update a pricing plan',
	description: 'Change a pricing plan; only the fields set are sent',
	request: { method: endpoint.method, url: endpoint.path },
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
	output: [hyperazeRecord()],
	properties: [
		planId(['update'], { type: 'body', property: 'id' }),
		collection('plan', ['update'], 'updateFields', 'Update Fields', [
			currencyField('currency'),
			text('name', 'Name', 'Name of the plan, as buyers see it'),
			number('price', 'Price', 'Price per purchase or per renewal period, in the plan\'s currency (0 or more)', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } }),
			pricingTypeField('pricing_type', 'How the plan is paid for; a plan that becomes a Subscription needs Renewal Period and Renewal Period Unit'),
			productLocator({
				name: 'product',
				send: { type: 'body', property: 'product_id' },
				description: 'Move the plan to another product: pick it from the list or enter its ID',
			}),
			renewalPeriodField('renewal_period', 'How often a Subscription renews, counted in Renewal Period Unit (set both); at most one year'),
			renewalPeriodUnitField('renewal_period_unit', 'Unit of the renewal period (set both)'),
			...optionalPlanFields,
		]),
	],
});
