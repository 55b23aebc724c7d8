import { boolean, choice, collection, CURRENCY_OPTIONS, shown } from '../../../shared/fields';
import { check, isCurrencyCode } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { jfwData } from '../../shared/transport';

const value = 'create';

export const { option, properties } = operation({
	resource: 'wallet',
	value,
	name: 'Create',
	action: 'Create a wallet',
	description: 'Create a wallet in a currency for the user behind the credential',
	request: { method: 'POST', url: '/v1/wallets/{currencyCode}' },
	preSend: [check('currencyCode', 'Currency', [isCurrencyCode], true), withoutBody],
	output: [jfwData()],
	properties: [
		shown(
			'wallet',
			[value],
			choice('currencyCode', 'Currency', 'The currency of the wallet (ISO 4217; by expression, a code such as USD); it becomes the user\'s default wallet for that currency', CURRENCY_OPTIONS, false, { default: 'USD' }),
			true,
		),
		collection('wallet', [value], 'additionalFields', 'Additional Fields', [
			boolean('testMode', 'Test Mode', 'Whether to create a test-mode wallet (default false)', 'query'),
		]),
	],
});
