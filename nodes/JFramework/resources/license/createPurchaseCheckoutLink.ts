import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, dateOrder, isDateTime, isUrl, positiveInteger, required } from '../../../shared/validation';
import { packageLocator, showFor, subscriptionTypeLocator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const operation = 'createPurchaseCheckoutLink';

export const option: INodePropertyOptions = {
	name: 'Create Purchase Checkout Link',
	value: operation,
	action: 'Create a checkout link to buy licenses',
	description:
		'Get a payment page URL that buys licenses of a package and subscription type for the given period; outputs { checkoutLink }',
	routing: {
		request: { method: 'POST', url: '/v1/licenses/purchase/checkout-link' },
		send: {
			paginate: true,
			preSend: [
				required('packageId', 'Package'),
				required('subscriptionTypeId', 'Subscription Type'),
				check('startDate', 'Start Date', [isDateTime], true),
				check('endDate', 'End Date', [isDateTime], true),
				dateOrder('startDate', 'Start Date', 'endDate', 'End Date'),
				check('additionalFields.returnURL', 'Return URL', [isUrl]),
				check('additionalFields.cancelURL', 'Cancel URL', [isUrl]),
				check('additionalFields.quantity', 'Quantity', [positiveInteger]),
			],
		},
		output: { postReceive: [jfwData('checkoutLink')] },
	},
};

export const properties: INodeProperties[] = [
	packageLocator('license', [operation], { type: 'body', property: 'packageId' }),
	subscriptionTypeLocator('license', [operation], { type: 'body', property: 'subscriptionTypeId' }),
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the purchased licenses start (ISO date, e.g. 2025-01-01)',
		displayOptions: showFor('license', [operation]),
		routing: { send: { type: 'body', property: 'startDate' } },
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the purchased licenses end (after the start date)',
		displayOptions: showFor('license', [operation]),
		routing: { send: { type: 'body', property: 'endDate' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('license', [operation]),
		options: [
			{
				displayName: 'Cancel URL',
				name: 'cancelURL',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/cancelled',
				description: 'Where the buyer goes if they cancel the payment',
				routing: { send: { type: 'body', property: 'cancelURL' } },
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description: 'How many licenses to buy',
				routing: { send: { type: 'body', property: 'quantity' } },
			},
			{
				displayName: 'Return URL',
				name: 'returnURL',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/thanks',
				description: 'Where the buyer goes after paying',
				routing: { send: { type: 'body', property: 'returnURL' } },
			},
			{
				displayName: 'Test Mode',
				name: 'testMode',
				type: 'boolean',
				default: false,
				description: 'Whether to create the checkout in test mode (no real payment)',
				routing: { send: { type: 'body', property: 'testMode' } },
			},
		],
	},
];
