import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { boolean, collection, notice, number, showFor, text } from '../../../shared/fields';
import { check, positiveNumber } from '../../../shared/validation';
import { byDisplayName, extraJsonOption } from '../../shared/fields';
import { zohoRecordAmong } from '../../shared/output';
import { addonChecks, addonsOption } from './fields';
import { RESOURCE, subscriptionId, subscriptionRequired } from './fields';

export const option: INodePropertyOptions = {
	name: 'Buy One-Time Add-On',
	value: 'buyOneTimeAddon',
	action: 'Buy a one-time add-on for a subscription',
	description: 'Buy one-time add-ons for a subscription',
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
		output: { postReceive: [zohoRecordAmong(['invoice', 'unbilled_charge'])] },
	},
};

export const properties: INodeProperties[] = [
	notice('subscription', ['buyOneTimeAddon'], 'Zoho invoices the add-ons at once and the node outputs the invoice; with Add to Unbilled Charges on, it outputs the unbilled charge instead.'),
	subscriptionId(['buyOneTimeAddon']),
	{
		...addonsOption('The one-time add-ons to buy; each needs its code and a quantity', false),
		name: 'oneTimeAddons',
		required: true,
		displayOptions: showFor(RESOURCE, ['buyOneTimeAddon']),
	},
	collection(RESOURCE, ['buyOneTimeAddon'], 'additionalFields', 'Additional Fields', byDisplayName([
			boolean('add_to_unbilled_charges', 'Add to Unbilled Charges', 'Whether to keep the charge as an unbilled charge for the next invoice instead of invoicing it now'),
			text('coupon_code', 'Coupon Code', 'Code of a coupon to apply to the one-time add-ons', 'body', { placeholder: 'Flat10' }),
			number('exchange_rate', 'Exchange Rate', 'Rate from the organization\'s currency to the customer\'s currency', 'body', { typeOptions: { minValue: 0, numberPrecision: 6 }, default: 1 }),
			extraJsonOption('additionalFields'),
		])),
];
