import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	check,
	isCurrencyCode,
	isUrl,
	maxLength,
	nonNegativeNumber,
	required,
} from '../../../shared/validation';
import { packageLocator, recordLocator, showFor, subscriptionTypeLocator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a price',
	description:
		'Replace a price: package, subscription type, code, name, amount and currency are always sent; JFramework clears optional fields that are not set',
	routing: {
		request: { method: 'PUT', url: '=/v1/prices/{{ encodeURIComponent($parameter.priceId) }}' },
		send: {
			paginate: true,
			preSend: [
				required('priceId', 'Price'),
				required('packageId', 'Package'),
				required('subscriptionTypeId', 'Subscription Type'),
				check('code', 'Code', [maxLength(100)], true),
				check('name', 'Name', [maxLength(200)], true),
				check('amount', 'Amount', [nonNegativeNumber], true),
				check('currency', 'Currency', [isCurrencyCode], true),
				check('updateFields.checkoutLink', 'Checkout Link', [isUrl]),
			],
		},
		output: { postReceive: [jfwData()] },
	},
};

const show = showFor('price', ['update']);

export const properties: INodeProperties[] = [
	recordLocator({
		name: 'priceId',
		displayName: 'Price',
		resource: 'price',
		operations: ['update'],
		searchListMethod: 'searchPrices',
		description: 'The price to replace: pick it from the list or enter its ID',
	}),
	packageLocator('price', ['update'], { type: 'body', property: 'packageId' }),
	subscriptionTypeLocator('price', ['update'], { type: 'body', property: 'subscriptionTypeId' }),
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'PRO-MONTHLY',
		description: 'Your code for the price',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'code' } },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Pro, monthly',
		description: 'Name of the price, as shown to buyers',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		required: true,
		default: 0,
		description: 'The price amount, in the currency below',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'amount' } },
	},
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		required: true,
		default: 'USD',
		placeholder: 'USD',
		description: 'ISO 4217 currency code, three capital letters (USD, EUR, GBP, …)',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'currency' } },
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [
			{
				displayName: 'Checkout Link',
				name: 'checkoutLink',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/buy/pro',
				description: 'Where buyers who click the price are sent (a full URL)',
				routing: { send: { type: 'body', property: 'checkoutLink' } },
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				description: 'Description of the price',
				routing: { send: { type: 'body', property: 'description' } },
			},
			{
				displayName: 'Sort Order',
				name: 'zOrder',
				type: 'number',
				typeOptions: { numberPrecision: 0 },
				default: 1,
				description: 'Position of the price in lists (JFramework\'s zOrder; higher comes later)',
				routing: { send: { type: 'body', property: 'zOrder' } },
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				description: 'Tags of the price, as one string',
				routing: { send: { type: 'body', property: 'tags' } },
			},
		],
	},
];
