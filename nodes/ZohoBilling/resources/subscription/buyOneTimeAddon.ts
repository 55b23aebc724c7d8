import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, positiveNumber } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';
import { extraJsonOption } from '../../shared/fields';
import { addonChecks, addonsOption, byDisplayName, zohoRecordOf } from '../../shared/subscriptions';
import { RESOURCE, collection, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Buy One-Time Add-On',
	value: 'buyOneTimeAddon',
	action: 'Buy a one-time add-on for a subscription',
	description:
		'Sell one-time add-ons on a subscription (each: add-on code, quantity, optional price). Zoho invoices them at once (outputs the invoice), or with Add to Unbilled Charges keeps them for the next invoice (outputs the unbilled charge).',
	routing: {
		request: { method: 'POST', url: '/subscriptions/{subscriptionId}/buyonetimeaddon' },
		send: {
			paginate: true,
			preSend: [
				subscriptionRequired,
				addonChecks('oneTimeAddons.addon', 'Add-Ons', true),
				check('additionalFields.exchange_rate', 'Exchange Rate', [positiveNumber]),
			],
		},
		output: { postReceive: [zohoRecordOf(['invoice', 'unbilled_charge'])] },
	},
};

export const properties: INodeProperties[] = [
	subscriptionId(['buyOneTimeAddon']),
	{
		...addonsOption('The one-time add-ons to buy; each needs its code and a quantity', false),
		name: 'oneTimeAddons',
		required: true,
		displayOptions: showFor(RESOURCE, ['buyOneTimeAddon']),
	},
	collection(
		'additionalFields',
		'Additional Fields',
		['buyOneTimeAddon'],
		byDisplayName([
			{
				displayName: 'Add to Unbilled Charges',
				name: 'add_to_unbilled_charges',
				type: 'boolean',
				default: false,
				description: 'Whether to keep the charge as an unbilled charge for the next invoice instead of invoicing it now',
				routing: { send: { type: 'body', property: 'add_to_unbilled_charges' } },
			},
			{
				displayName: 'Coupon Code',
				name: 'coupon_code',
				type: 'string',
				default: '',
				placeholder: 'Flat10',
				description: 'Code of a coupon to apply to the one-time add-ons',
				routing: { send: { type: 'body', property: 'coupon_code' } },
			},
			{
				displayName: 'Exchange Rate',
				name: 'exchange_rate',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 6 },
				default: 1,
				description: 'Rate from the organization\'s currency to the customer\'s currency',
				routing: { send: { type: 'body', property: 'exchange_rate' } },
			},
			extraJsonOption('additionalFields'),
		]),
	),
];
