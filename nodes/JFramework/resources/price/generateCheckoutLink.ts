import { shown, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { idPath } from '../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwValue } from '../../shared/output';

const value = 'generateCheckoutLink';

export const { option, properties } = operation({
	resource: 'price',
	value,
	name: 'Generate Checkout Link',
	action: 'Generate a checkout link for a price',
	description: 'Generate a payment page URL that sells a price',
	request: { method: 'POST', url: idPath('/v1/prices', 'price', '/generate-checkout-link') },
	preSend: [required('priceId', 'Price'), required('appIntegrationId', 'App Integration ID'), withoutBody],
	output: [jfwValue('checkoutLink', { priceId: 'priceId' })],
	notice: 'After payment, JFramework emails the license to the buyer. Outputs { priceId, checkoutLink }.',
	properties: [
		locator('price', 'price', [value], { description: 'The price to sell: pick it from the list or enter its ID' }),
		shown(
			'price',
			[value],
			text('appIntegrationId', 'App Integration ID', 'The ID of the payment app integration (payment gateway, e.g. the brand\'s PayPal or Stripe) that takes the payment', 'query'),
			true,
		),
	],
});
