import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { collection, locator, optionalLocator, packageLocator, text } from '../../shared/descriptions';
import { idPath } from '../../shared/operations';
import { jfwData } from '../../shared/transport';

const operation = 'calculateTotalPrice';

export const option: INodePropertyOptions = {
	name: 'Calculate Total Price',
	value: operation,
	action: 'Calculate the total price of a package',
	description: 'Quote what renewing or upgrading the current user\'s package at a price would cost, with an optional wallet and coupon code; outputs the wallet amount used and refunded, prorated amount, subtotal, tax, total and currency. Nothing is charged.',
	routing: {
		request: { method: 'POST', url: idPath('/v1/packages', 'package', '/calculate-total-price-checkout') },
		send: { paginate: true, preSend: [required('packageId', 'Package'), required('priceId', 'Price')] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	packageLocator('package', [operation]),
	locator('price', 'package', [operation], { send: { type: 'body', property: 'priceId' }, description: 'The price of the package to quote: pick it from the list or enter its ID' }),
	collection('package', [operation], 'additionalFields', 'Additional Fields', [
		text('couponCode', 'Coupon Code', 'A coupon code to apply to the price'),
		optionalLocator('wallet', { type: 'body', property: 'walletId' }, { description: 'The wallet to pay from (its balance is deducted first)' }),
	]),
];
