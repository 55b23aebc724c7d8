import { collection, number, shown } from '../../../shared/fields';
import { check, nonNegativeNumber, positiveNumber, required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwValue } from '../../shared/output';

const value = 'convert';

export const { option, properties } = operation({
	resource: 'wallet',
	value,
	name: 'Convert',
	action: 'Convert money between wallets',
	description: 'Move money between two of the user\'s wallets',
	request: { method: 'POST', url: '/v1/wallets/convert' },
	preSend: [
		required('originalWalletId', 'From Wallet'),
		required('targetWalletId', 'To Wallet'),
		check('totalAmount', 'Amount', [positiveNumber], true),
		check('additionalFields.fee', 'Fee', [nonNegativeNumber]),
	],
	output: [jfwValue('converted', { originalWalletId: 'originalWalletId', targetWalletId: 'targetWalletId', totalAmount: 'totalAmount' })],
	notice: 'The amount is converted to the To wallet\'s currency. Outputs { originalWalletId, targetWalletId, totalAmount, converted }.',
	properties: [
		locator('wallet', 'wallet', [value], {
			name: 'originalWalletId',
			displayName: 'From Wallet',
			send: { type: 'body', property: 'originalWalletId' },
			description: 'The wallet the money is taken from: pick it from the list or enter its ID',
		}),
		locator('wallet', 'wallet', [value], {
			name: 'targetWalletId',
			displayName: 'To Wallet',
			send: { type: 'body', property: 'targetWalletId' },
			description: 'The wallet the money goes to: pick it from the list or enter its ID',
		}),
		shown('wallet', [value], number('totalAmount', 'Amount', 'How much to convert, in the From wallet\'s currency; greater than 0', 'body', { default: 10, typeOptions: { minValue: 0, numberPrecision: 2 } }), true),
		collection('wallet', [value], 'additionalFields', 'Additional Fields', [
			number('fee', 'Fee', 'A fee for the conversion, 0 or more', 'body', { typeOptions: { minValue: 0, numberPrecision: 2 } }),
		]),
	],
});
