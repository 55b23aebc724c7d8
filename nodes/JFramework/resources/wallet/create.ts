import type { INodePropertyOptions } from 'n8n-workflow';

import { check, isCurrencyCode } from '../../../shared/validation';
import { boolean, collection, shown, text } from '../../shared/descriptions';
import { withoutBody } from '../../shared/lists';
import { jfwData } from '../../shared/transport';

const operation = 'create';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: operation,
	action: 'Create a wallet',
	description: 'Create a wallet for the user behind the credential in an ISO 4217 currency (their default wallet for that currency); outputs the wallet',
	routing: {
		request: { method: 'POST', url: '/v1/wallets/{currencyCode}' },
		send: { paginate: true, preSend: [check('currencyCode', 'Currency', [isCurrencyCode], true), withoutBody] },
		output: { postReceive: [jfwData()] },
	},
};

export const properties = [
	shown('wallet', [operation], text('currencyCode', 'Currency', 'ISO 4217 currency code of the wallet, three capital letters (USD, EUR, …)', false, { default: 'USD', placeholder: 'USD' }), true),
	collection('wallet', [operation], 'additionalFields', 'Additional Fields', [
		boolean('testMode', 'Test Mode', 'Whether to create a test-mode wallet (default false)', 'query'),
	]),
];
