import type { INodeProperties } from 'n8n-workflow';

import { collection, number, shown, text } from '../../../shared/fields';
import { operation } from '../../../shared/operations';
import { check, readParameter, required } from '../../../shared/validation';
import { productLocator } from '../../shared/descriptions';
import { ENDPOINTS } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';
import {
	currencyCheck,
	currencyField,
	optionalPlanFieldChecks,
	optionalPlanFields,
	periodWithinAYear,
	priceCheck,
	pricingTypeCheck,
	pricingTypeField,
	renewalPeriodField,
	renewalPeriodUnitField,
} from './fields';

const endpoint = ENDPOINTS.planCreate;
const value = 'create';

/** Shown for a Subscription only, and then required. */
const forSubscription = (field: INodeProperties): INodeProperties => ({
	...shown('plan', [value], field, true),
	displayOptions: { show: { resource: ['plan'], operation: [value], pricingType: ['Subscription'] } },
});

export const { option, properties } = operation({
	resource: 'plan',
	value,
	name: 'Create',
	action: 'Create a pricing plan',
	description: 'Create a pricing plan for a product',
	request: { method: endpoint.method, url: endpoint.path },
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
	output: [hyperazeRecord()],
	properties: [
		productLocator({
			resource: 'plan',
			operations: [value],
			send: { type: 'body', property: 'product_id' },
			description: 'The product the plan sells: pick it from the list or enter its ID',
		}),
		shown('plan', [value], text('name', 'Name', 'Name of the plan, as buyers see it', 'body', { placeholder: 'Monthly' }), true),
		shown('plan', [value], number('price', 'Price', 'Price per purchase or per renewal period, in the currency below (0 or more, e.g. 9.99)', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } }), true),
		shown('plan', [value], currencyField('currency'), true),
		shown('plan', [value], pricingTypeField('pricingType', 'How the plan is paid for'), true),
		forSubscription(
			renewalPeriodField('renewalPeriod', 'How often the subscription renews, counted in Renewal Period Unit; at most one year (365 days, 52 weeks, 12 months or 1 year)'),
		),
		forSubscription(renewalPeriodUnitField('renewalPeriodUnit', 'Unit of the renewal period')),
		collection('plan', [value], 'additionalFields', 'Additional Fields', optionalPlanFields),
	],
});
