import type { INodePropertyOptions } from 'n8n-workflow';

import { check, nonNegativeNumber, positiveNumber, required } from '../../../shared/validation';
import { collection, locator, number, shown } from '../../shared/descriptions';
import { jfwValue } from '../../shared/lists';

const operation = 'convert';

export const option: INodePropertyOptions = {
	name: 'Convert',
	value: operation,
	action: 'Convert money between wallets',
	description:
		'Move an amount (greater than 0) from one of the current user\'s wallets to another, converted to the target wallet\'s currency, with an optional fee; outputs { originalWalletId, targetWalletId, totalAmount, converted }',
	routing: {
		request: { method: 'POST', url: '/v1/wallets/convert' },
		send: {
			paginate: true,
			preSend: [
				required('originalWalletId', 'From Wallet'),
				required('targetWalletId', 'To Wallet'),
				check('totalAmount', 'Amount', [positiveNumber], true),
				check('additionalFields.fee', 'Fee', [nonNegativeNumber]),
			],
		},
		output: {
			postReceive: [jfwValue('converted', { originalWalletId: 'originalWalletId', targetWalletId: 'targetWalletId', totalAmount: 'totalAmount' })],
		},
	},
};

export const properties = [
	locator('wallet', 'wallet', [operation], {
		name: 'originalWalletId',
		displayName: 'From Wallet',
		send: { type: 'body', property: 'originalWalletId' },
		description: 'The wallet the money is taken from: pick it from the list or enter its ID',
	}),
	locator('wallet', 'wallet', [operation], {
		name: 'targetWalletId',
		displayName: 'To Wallet',
		send: { type: 'body', property: 'targetWalletId' },
		description: 'The wallet the money goes to: pick it from the list or enter its ID',
	}),
	shown('wallet', [operation], number('totalAmount', 'Amount', 'How much to convert, in the From wallet\'s currency; greater than 0', 'body', { default: 10, typeOptions: { minValue: 0, numberPrecision: 2 } }), true),
	collection('wallet', [operation], 'additionalFields', 'Additional Fields', [
		number('fee', 'Fee', 'A fee for the conversion, 0 or more', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } }),
	]),
];
