import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, isUrl, required } from '../../../shared/validation';
import { packageLocator, recordLocator, showFor } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const operation = 'upgradeCheckout';

const text = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
	routing: { send: { type: 'body', property: name } },
});

export const option: INodePropertyOptions = {
	name: 'Upgrade Checkout',
	value: operation,
	action: 'Renew or upgrade to a package',
	description:
		'Renew or upgrade the current user\'s package at a price; outputs the amounts taken from or refunded to wallets and a checkout link',
	routing: {
		request: { method: 'POST', url: '=/v1/packages/{{ encodeURIComponent($parameter.packageId) }}/upgrade/checkout' },
		send: {
			paginate: true,
			preSend: [
				required('packageId', 'Package'),
				required('priceId', 'Price'),
				check('additionalFields.cancelLink', 'Cancel Link', [isUrl]),
				check('additionalFields.returnLink', 'Return Link', [isUrl]),
			],
		},
		output: { postReceive: [jfwData()] },
	},
};

export const properties: INodeProperties[] = [
	packageLocator('package', [operation]),
	recordLocator({
		name: 'priceId',
		displayName: 'Price',
		resource: 'package',
		operations: [operation],
		searchListMethod: 'searchPrices',
		description: 'The price of the package to renew or upgrade at',
		send: { type: 'body', property: 'priceId' },
	}),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('package', [operation]),
		options: [
			text('appIntegrationId', 'App Integration ID', 'The payment app integration to use'),
			{ ...text('cancelLink', 'Cancel Link', 'Where the buyer goes if they cancel (a full URL; default: the brand\'s setting)'), placeholder: 'https://example.com/cancelled' },
			text('couponCode', 'Coupon Code', 'A coupon to apply to the price'),
			text('refundWalletId', 'Refund Wallet ID', 'The wallet that receives the prorated refund, if the upgrade costs less than what is left'),
			{ ...text('returnLink', 'Return Link', 'Where the buyer goes after paying (a full URL; default: the brand\'s setting)'), placeholder: 'https://example.com/thanks' },
			text('walletId', 'Wallet ID', 'The wallet to pay from'),
		],
	},
];
