import { check, isCurrencyCode } from '../../../shared/validation';
import { boolean, text } from '../../shared/descriptions';
import { listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'wallet',
	path: '/v1/wallets',
	paged: false,
	action: 'Get many wallets',
	description:
		'List the wallets of the user behind the credential (ID, code, balance, ISO 4217 currency, default flag), optionally filtered by currency, status or test mode. JFramework returns the whole list at once; Limit is applied by the node',
	preSend: [check('filters.currencyCode', 'Currency', [isCurrencyCode])],
	filters: [
		text('currencyCode', 'Currency', 'Only wallets in this ISO 4217 currency (USD, EUR, …)', 'query', { placeholder: 'USD' }),
		text('status', 'Status', 'Only wallets in this state, as JFramework names it (e.g. Open, Closed)', 'query'),
		boolean('testMode', 'Test Mode', 'Whether to return only test-mode wallets (true) or only live ones (false)', 'query'),
	],
});
