import { shown, text } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwValue } from '../../shared/output';

const value = 'applyRedeemCode';

export const { option, properties } = operation({
	resource: 'wallet',
	value,
	name: 'Apply Redeem Code',
	action: 'Apply a redeem code to a wallet',
	description: 'Redeem a code into one of the user\'s open wallets',
	request: { method: 'POST', url: '/v1/wallets/{walletId}/apply-redeem/{redeemCode}' },
	preSend: [required('walletId', 'Wallet'), required('redeemCode', 'Redeem Code'), withoutBody],
	output: [jfwValue('redeemed', { walletId: 'walletId', redeemCode: 'redeemCode' })],
	notice: 'The wallet is credited with the code\'s value. Outputs { walletId, redeemCode, redeemed }.',
	properties: [
		locator('wallet', 'wallet', [value]),
		shown('wallet', [value], text('redeemCode', 'Redeem Code', 'The redeem code to apply', false, { placeholder: 'GIFT-1234' }), true),
	],
});
