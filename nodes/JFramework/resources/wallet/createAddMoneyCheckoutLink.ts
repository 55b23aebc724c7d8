import { boolean, choice, collection, CURRENCY_OPTIONS, number, shown, text } from '../../../shared/fields';
import { check, isCurrencyCode, isUrl, positiveNumber } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { jfwValue } from '../../shared/output';

const value = 'createAddMoneyCheckoutLink';

export const { option, properties } = operation({
	resource: 'wallet',
	value,
	name: 'Create Add Money Checkout Link',
	action: 'Create a checkout link to add money to a wallet',
	description: 'Create a payment page URL where the user tops up their wallet',
	request: { method: 'POST', url: '/v1/wallets/add-money/checkout-link' },
	preSend: [
		check('currencyCode', 'Currency', [isCurrencyCode], true),
		check('amount', 'Amount', [positiveNumber], true),
		check('returnLink', 'Return Link', [isUrl], true),
		check('cancelLink', 'Cancel Link', [isUrl], true),
		withoutBody,
	],
	output: [jfwValue('checkoutLink', { currencyCode: 'currencyCode', amount: 'amount' })],
	notice: 'Outputs { currencyCode, amount, checkoutLink }.',
	properties: [
		shown('wallet', [value], choice('currencyCode', 'Currency', 'The currency of the money added (ISO 4217; by expression, a code such as USD)', CURRENCY_OPTIONS, 'query', { default: 'USD' }), true),
		shown('wallet', [value], number('amount', 'Amount', 'How much to add, in the currency above; greater than 0', 'query', { default: 10, typeOptions: { minValue: 0, numberPrecision: 2 } }), true),
		shown('wallet', [value], text('returnLink', 'Return Link', 'Where the user goes after paying (a full URL)', 'query', { placeholder: 'https://example.com/thanks' }), true),
		shown('wallet', [value], text('cancelLink', 'Cancel Link', 'Where the user goes if they cancel (a full URL)', 'query', { placeholder: 'https://example.com/cancelled' }), true),
		collection('wallet', [value], 'additionalFields', 'Additional Fields', [
			boolean('testMode', 'Test Mode', 'Whether to create the checkout in test mode (no real payment)', 'query'),
		]),
	],
});
