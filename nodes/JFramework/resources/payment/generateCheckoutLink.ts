import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { collection, locator, text } from '../../shared/descriptions';
import { jfwValue, withoutBody } from '../../shared/lists';
import { idPath } from '../../shared/operations';

const operation = 'generateCheckoutLink';

export const option: INodePropertyOptions = {
	name: 'Generate Checkout Link',
	value: operation,
	action: 'Generate a checkout link for a payment',
	description:
		'Get a payment page URL to pay an existing (unpaid) payment, optionally through a given payment app integration; outputs { checkoutLink }',
	routing: {
		request: { method: 'POST', url: idPath('/v1/payments', 'payment', '/generate-checkout-link') },
		send: { paginate: true, preSend: [required('paymentId', 'Payment'), withoutBody] },
		output: { postReceive: [jfwValue('checkoutLink', { paymentId: 'paymentId' })] },
	},
};

export const properties = [
	locator('payment', 'payment', [operation]),
	collection('payment', [operation], 'additionalFields', 'Additional Fields', [
		text('appIntegrationId', 'App Integration ID', 'The payment app integration (gateway) to pay through (default: the payment\'s own)', 'query'),
	]),
];
