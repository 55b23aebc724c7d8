import { required } from '../../../shared/validation';
import { operation, withoutBody } from '../../../shared/operations';
import { idPath } from '../../shared/operations';
import { locator } from '../../shared/descriptions';
import { jfwValue } from '../../shared/output';

export const { option, properties } = operation({
	resource: 'wallet',
	value: 'close',
	name: 'Close',
	action: 'Close a wallet',
	description: 'Close one of the user\'s wallets so that it can no longer be used',
	request: { method: 'PUT', url: idPath('/v1/wallets', 'wallet', '/close') },
	preSend: [required('walletId', 'Wallet'), withoutBody],
	output: [jfwValue('closed', { walletId: 'walletId' })],
	notice: 'Outputs { walletId, closed }.',
	properties: [locator('wallet', 'wallet', ['close'])],
});
