import { collection, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { idPath } from '../../shared/operations';
import { locator, optionalLocator, packageLocator } from '../../shared/descriptions';
import { jfwData } from '../../shared/transport';

const value = 'calculateTotalPrice';

export const { option, properties } = operation({
	resource: 'package',
	value,
	name: 'Calculate Total Price',
	action: 'Calculate the total price of a package',
	description: 'Quote renewing or upgrading the user\'s package at a price',
	request: { method: 'POST', url: idPath('/v1/packages', 'package', '/calculate-total-price-checkout') },
	preSend: [required('packageId', 'Package'), required('priceId', 'Price')],
	output: [jfwData()],
	notice: 'Nothing is charged. Outputs the wallet amounts used and refunded, the prorated amount, subtotal, tax, total and currency.',
	properties: [
		packageLocator('package', [value]),
		locator('price', 'package', [value], { send: { type: 'body', property: 'priceId' }, description: 'The price of the package to quote: pick it from the list or enter its ID' }),
		collection('package', [value], 'additionalFields', 'Additional Fields', [
			text('couponCode', 'Coupon Code', 'A coupon code to apply to the price'),
			optionalLocator('wallet', { type: 'body', property: 'walletId' }, { description: 'The wallet to pay from (its balance is deducted first)' }),
		]),
	],
});
