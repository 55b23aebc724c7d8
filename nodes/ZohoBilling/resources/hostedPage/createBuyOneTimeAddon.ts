import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { addonChecks, addonsOption } from '../subscription/fields';
import { RESOURCE, additionalChecks, additionalFields, options, pageNotice, subscriptionField } from './fields';
import { subscriptionRequired } from '../subscription/fields';

const OPERATION = 'createBuyOneTimeAddon';

export const option: INodePropertyOptions = {
	name: 'Create Buy One-Time Add-On Page',
	value: OPERATION,
	action: 'Create a hosted page for buying a one-time add-on',
	description: 'Create a page where a customer buys one-time add-ons',
	routing: {
		request: { method: 'POST', url: '/hostedpages/buyonetimeaddon' },
		send: { paginate: true, preSend: [subscriptionRequired, addonChecks('oneTimeAddons.addon', 'Add-Ons', true), ...additionalChecks] },
		output: { postReceive: [zohoRecord('hostedpage')] },
	},
};

export const properties: INodeProperties[] = [
	pageNotice(OPERATION),
	subscriptionField([OPERATION]),
	{
		...addonsOption('The one-time add-ons to sell; each needs its code and a quantity', false),
		name: 'oneTimeAddons',
		required: true,
		displayOptions: showFor(RESOURCE, [OPERATION]),
	},
	additionalFields([OPERATION], [options.couponCode, options.exchangeRate, options.extraJson, options.paymentGateways, options.redirectUrl]),
];
