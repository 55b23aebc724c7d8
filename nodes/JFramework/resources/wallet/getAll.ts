import { boolean, choice, CURRENCY_OPTIONS, text } from '../../../shared/fields';
import { check, isCurrencyCode } from '../../../shared/validation';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'wallet',
	path: '/v1/wallets',
	paged: false,
	action: 'Get many wallets',
	description: 'Retrieve the wallets of the user behind the credential',
	notice: 'Outputs each wallet\'s ID, code, balance, currency and default flag.',
	preSend: [check('filters.currencyCode', 'Currency', [isCurrencyCode])],
	filters: [
		choice('currencyCode', 'Currency', 'Only wallets in this currency (ISO 4217)', CURRENCY_OPTIONS, 'query', { default: 'USD' }),
		text('status', 'Status', 'Only wallets in this state, as JFramework names it (e.g. Open, Closed)', 'query'),
		boolean('testMode', 'Test Mode', 'Whether to return only test-mode wallets (true) or only live ones (false)', 'query'),
	],
});
