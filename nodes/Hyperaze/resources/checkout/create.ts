import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { recordLocator, showFor } from '../../shared/descriptions';
import { ENDPOINTS, unlistedField } from '../../shared/endpoints';
import { hyperazeRecord } from '../../shared/transport';
import { limitedNeedsStocks, stockTypeOptions, writableChecks, writableFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a checkout link',
	description:
		'Create a checkout link (a payment page URL) that sells a pricing plan. Needs the plan ID; Stock Type Limited also needs Stocks (how many purchases, 1 or more). Optional: password, release method, and start and end dates in ISO format (2026-01-31T10:00:00); Hyperaze\'s published page does not list release method and the dates (they are inferred from the checkout object), so Hyperaze may ignore them. Outputs the checkout link object with its link.',
	routing: {
		request: { method: ENDPOINTS.checkoutCreate.method, url: ENDPOINTS.checkoutCreate.path },
		send: {
			paginate: true,
			preSend: [
				required('planId', 'Pricing Plan'),
				limitedNeedsStocks('stockType', 'stocks'),
				...writableChecks('additionalFields'),
			],
		},
		output: { postReceive: [hyperazeRecord()] },
	},
};

export const properties: INodeProperties[] = [
	recordLocator({
		name: 'planId',
		displayName: 'Pricing Plan',
		resource: 'checkout',
		operations: ['create'],
		searchListMethod: 'searchPlans',
		description: 'The pricing plan the checkout link sells',
		placeholder: 'plan_01HZX3…',
		send: { type: 'body', property: 'plan_id' },
	}),
	{
		displayName: 'Stock Type',
		name: 'stockType',
		type: 'options',
		options: stockTypeOptions,
		default: 'Unlimited',
		description: 'Whether the number of purchases through this link is limited',
		displayOptions: showFor('checkout', ['create']),
		routing: { send: { type: 'body', property: 'stock_type' } },
	},
	{
		displayName: 'Stocks',
		name: 'stocks',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		required: true,
		default: 1,
		description: 'How many purchases the link allows',
		displayOptions: { show: { resource: ['checkout'], operation: ['create'], stockType: ['Limited'] } },
		routing: { send: { type: 'body', property: 'stocks' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('checkout', ['create']),
		// the published page lists plan_id, password, stocks and stock_type; the rest is inferred
		options: writableFields.map((field) => (field.name === 'password' ? field : unlistedField(field, 'Create a checkout link'))),
	},
];
