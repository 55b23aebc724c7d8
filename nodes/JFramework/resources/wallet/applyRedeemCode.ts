import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator, shown, text } from '../../shared/descriptions';
import { jfwValue, withoutBody } from '../../shared/lists';

const operation = 'applyRedeemCode';

export const option: INodePropertyOptions = {
	name: 'Apply Redeem Code',
	value: operation,
	action: 'Apply a redeem code to a wallet',
	description:
		'Redeem a code into one of the current user\'s open wallets (the wallet is credited with the code\'s value); outputs { walletId, redeemCode, redeemed }',
	routing: {
		request: {
			method: 'POST',
			url: '/v1/wallets/{walletId}/apply-redeem/{redeemCode}',
		},
		send: { paginate: true, preSend: [required('walletId', 'Wallet'), required('redeemCode', 'Redeem Code'), withoutBody] },
		output: { postReceive: [jfwValue('redeemed', { walletId: 'walletId', redeemCode: 'redeemCode' })] },
	},
};

export const properties = [
	locator('wallet', 'wallet', [operation]),
	shown('wallet', [operation], text('redeemCode', 'Redeem Code', 'The redeem code to apply', false, { placeholder: 'GIFT-1234' }), true),
];
