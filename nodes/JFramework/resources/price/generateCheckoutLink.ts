import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator, shown, text } from '../../shared/descriptions';
import { jfwValue, withoutBody } from '../../shared/lists';
import { idPath } from '../../shared/operations';

const operation = 'generateCheckoutLink';

export const option: INodePropertyOptions = {
	name: 'Generate Checkout Link',
	value: operation,
	action: 'Generate a checkout link for a price',
	description: 'Get a payment page URL that sells a price through a payment app integration (e.g. the brand\'s PayPal or Stripe); after payment JFramework emails the license to the buyer. Outputs { priceId, checkoutLink }.',
	routing: {
		request: { method: 'POST', url: idPath('/v1/prices', 'price', '/generate-checkout-link') },
		send: { paginate: true, preSend: [required('priceId', 'Price'), required('appIntegrationId', 'App Integration ID'), withoutBody] },
		output: { postReceive: [jfwValue('checkoutLink', { priceId: 'priceId' })] },
	},
};

export const properties = [
	locator('price', 'price', [operation], { description: 'The price to sell: pick it from the list or enter its ID' }),
	shown('price', [operation], text('appIntegrationId', 'App Integration ID', 'The ID of the payment app integration (payment gateway) that takes the payment', 'query'), true),
];
