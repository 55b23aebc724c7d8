import { required } from '../../../shared/validation';
import { choice, text } from '../../../shared/fields';
import { WALLET_HISTORY_STATUS, WALLET_HISTORY_TYPE, locator } from '../../shared/descriptions';
import { idPath, listOperation } from '../../shared/operations';

export const { option, properties } = listOperation({
	resource: 'wallet',
	value: 'getHistories',
	name: 'Get Histories',
	path: idPath('/v1/wallets', 'wallet', '/histories'),
	paged: true,
	action: 'Get the history of a wallet',
	description: 'Retrieve a wallet\'s transactions: top-ups, purchases, refunds…',
	leading: [locator('wallet', 'wallet', ['getHistories'])],
	preSend: [required('walletId', 'Wallet')],
	filters: [
		text('code', 'Code', 'Only the transaction with this code', 'query'),
		text('refId', 'Reference ID', 'Only transactions referring to this record ID', 'query'),
		text('refObject', 'Reference Object', 'Only transactions referring to this kind of record', 'query'),
		choice('status', 'Status', 'Only transactions in this state', WALLET_HISTORY_STATUS, 'query'),
		text('tags', 'Tags', 'Only transactions with these tags', 'query'),
		choice('type', 'Type', 'Only transactions of this type', WALLET_HISTORY_TYPE, 'query'),
	],
	sortFields: [
		['Created Date', 'createdDate'],
		['ID', 'id'],
	],
});
