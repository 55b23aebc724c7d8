import type { INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { locator } from '../../shared/descriptions';
import { jfwValue, withoutBody } from '../../shared/lists';
import { idPath } from '../../shared/operations';

const operation = 'close';

export const option: INodePropertyOptions = {
	name: 'Close',
	value: operation,
	action: 'Close a wallet',
	description: 'Close one of the current user\'s wallets, so it can no longer be used; outputs { walletId, closed }',
	routing: {
		request: { method: 'PUT', url: idPath('/v1/wallets', 'wallet', '/close') },
		send: { paginate: true, preSend: [required('walletId', 'Wallet'), withoutBody] },
		output: { postReceive: [jfwValue('closed', { walletId: 'walletId' })] },
	},
};

export const properties = [locator('wallet', 'wallet', [operation])];
