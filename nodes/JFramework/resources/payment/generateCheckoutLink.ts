import { collection, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { idPath } from '../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwValue } from '../../shared/output';

const value = 'generateCheckoutLink';

export const { option, properties } = operation({
	resource: 'payment',
	value,
	name: 'Generate Checkout Link',
	action: 'Generate a checkout link for a payment',
	description: 'Generate a payment page URL to pay an unpaid payment',
	request: { method: 'POST', url: idPath('/v1/payments', 'payment', '/generate-checkout-link') },
	preSend: [required('paymentId', 'Payment'), withoutBody],
	output: [jfwValue('checkoutLink', { paymentId: 'paymentId' })],
	notice: 'Outputs { paymentId, checkoutLink }.',
	properties: [
		locator('payment', 'payment', [value]),
		collection('payment', [value], 'additionalFields', 'Additional Fields', [
			text('appIntegrationId', 'App Integration ID', 'The payment app integration (gateway) to pay through (default: the payment\'s own)', 'query'),
		]),
	],
});
