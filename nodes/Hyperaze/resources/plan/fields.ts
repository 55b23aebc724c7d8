import type { INodeProperties } from 'n8n-workflow';

import { planLocator } from '../../shared/descriptions';
import { periodUnitOptions } from '../../shared/plans';

export const planId = (operations: string[], send: { type: 'body' | 'query'; property: string }): INodeProperties =>
	planLocator({
		resource: 'plan',
		operations,
		send,
		description: 'The pricing plan to work on: pick it from the list or enter its ID',
	});

/** Optional fields Create and Update share, sorted by name (sent under Hyperaze's own names). */
export const optionalPlanFields: INodeProperties[] = [
	{
		displayName: 'Initial Fee',
		name: 'initial_fee',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'An extra one-time fee charged at checkout, in the plan\'s currency (0 or more)',
		routing: { send: { type: 'body', property: 'initial_fee' } },
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Protects the plan\'s checkout page: buyers must enter it before paying',
		routing: { send: { type: 'body', property: 'password' } },
	},
	{
		displayName: 'Shuffle Key',
		name: 'shuffle_key',
		type: 'boolean',
		default: false,
		description: 'Whether the license key can be shuffled (replaced by a new one) by the member',
		routing: { send: { type: 'body', property: 'shuffle_key' } },
	},
	{
		displayName: 'Stocks',
		name: 'stocks',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'How many times the plan can be sold (a whole number)',
		routing: { send: { type: 'body', property: 'stocks' } },
	},
	{
		displayName: 'Trial Duration',
		name: 'trial_duration',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 7,
		description: 'Length of the free trial, counted in Trial Period Unit (set both); at most one year in total',
		routing: { send: { type: 'body', property: 'trial_duration' } },
	},
	{
		displayName: 'Trial Period Unit',
		name: 'trial_period_unit',
		type: 'options',
		options: periodUnitOptions,
		default: 'Day',
		description: 'Unit of Trial Duration (set both)',
		routing: { send: { type: 'body', property: 'trial_period_unit' } },
	},
];
