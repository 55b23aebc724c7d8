import type { INodePropertyOptions } from 'n8n-workflow';

import { check, isCurrencyCode, isUrl, positiveNumber } from '../../../shared/validation';
import { boolean, collection, number, shown, text } from '../../shared/descriptions';
import { jfwValue, withoutBody } from '../../shared/lists';

const operation = 'createAddMoneyCheckoutLink';

export const option: INodePropertyOptions = {
	name: 'Create Add Money Checkout Link',
	value: operation,
	action: 'Create a checkout link to add money to a wallet',
	description: 'Get a payment page URL where the current user tops up their wallet in an ISO 4217 currency by an amount greater than 0; return and cancel links (full URLs) are required. Outputs { currencyCode, amount, checkoutLink }.',
	routing: {
		request: { method: 'POST', url: '/v1/wallets/add-money/checkout-link' },
		send: {
			paginate: true,
			preSend: [
				check('currencyCode', 'Currency', [isCurrencyCode], true),
				check('amount', 'Amount', [positiveNumber], true),
				check('returnLink', 'Return Link', [isUrl], true),
				check('cancelLink', 'Cancel Link', [isUrl], true),
				withoutBody,
			],
		},
		output: { postReceive: [jfwValue('checkoutLink', { currencyCode: 'currencyCode', amount: 'amount' })] },
	},
};

export const properties = [
	shown('wallet', [operation], text('currencyCode', 'Currency', 'ISO 4217 currency code of the money added, three capital letters (USD, EUR, …)', 'query', { default: 'USD', placeholder: 'USD' }), true),
	shown('wallet', [operation], number('amount', 'Amount', 'How much to add, greater than 0', 'query', { default: 10, typeOptions: { minValue: 0, numberPrecision: 2 } }), true),
	shown('wallet', [operation], text('returnLink', 'Return Link', 'Where the user goes after paying (a full URL)', 'query', { placeholder: 'https://example.com/thanks' }), true),
	shown('wallet', [operation], text('cancelLink', 'Cancel Link', 'Where the user goes if they cancel (a full URL)', 'query', { placeholder: 'https://example.com/cancelled' }), true),
	collection('wallet', [operation], 'additionalFields', 'Additional Fields', [
		boolean('testMode', 'Test Mode', 'Whether to create the checkout in test mode (no real payment)', 'query'),
	]),
];
