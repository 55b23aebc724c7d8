import { collection, text } from '../../../shared/fields';
import { check, isUrl, required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { locator, optionalLocator, packageLocator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const value = 'upgradeCheckout';

export const { option, properties } = operation({
	resource: 'package',
	value,
	name: 'Upgrade Checkout',
	action: 'Renew or upgrade to a package',
	description: 'Renew or upgrade the user\'s package at a price',
	request: { method: 'POST', url: '/v1/packages/{packageId}/upgrade/checkout' },
	preSend: [
		required('packageId', 'Package'),
		required('priceId', 'Price'),
		check('additionalFields.cancelLink', 'Cancel Link', [isUrl]),
		check('additionalFields.returnLink', 'Return Link', [isUrl]),
	],
	output: [jfwData()],
	notice: 'Outputs the amounts taken from or refunded to wallets, and a checkout link.',
	properties: [
		packageLocator('package', [value]),
		locator('price', 'package', [value], {
			send: { type: 'body', property: 'priceId' },
			description: 'The price of the package to renew or upgrade at',
		}),
		collection('package', [value], 'additionalFields', 'Additional Fields', [
			text('appIntegrationId', 'App Integration ID', 'The payment app integration to use'),
			text('cancelLink', 'Cancel Link', 'Where the buyer goes if they cancel (a full URL; default: the brand\'s setting)', 'body', { placeholder: 'https://example.com/cancelled' }),
			text('couponCode', 'Coupon Code', 'A coupon to apply to the price'),
			optionalLocator('wallet', { type: 'body', property: 'refundWalletId' }, {
				displayName: 'Refund Wallet',
				description: 'The wallet that receives the prorated refund, if the upgrade costs less than what is left',
			}),
			text('returnLink', 'Return Link', 'Where the buyer goes after paying (a full URL; default: the brand\'s setting)', 'body', { placeholder: 'https://example.com/thanks' }),
			optionalLocator('wallet', { type: 'body', property: 'walletId' }, { displayName: 'Wallet', description: 'The wallet to pay from' }),
		]),
	],
});
