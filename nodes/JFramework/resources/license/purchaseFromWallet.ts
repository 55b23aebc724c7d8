import { boolean, choice, collection, text } from '../../../shared/fields';
import { check, required } from '../../../shared/validation';
import { operation } from '../../../shared/operations';
import { LICENSE_TYPE, locator } from '../../shared/descriptions';
import { jfwValue } from '../../shared/output';
import { codeOnlyForOne, licenseBodyChecks, licenseBodyFields, quantityField, quantityUpTo100 } from './fields';

const value = 'purchaseFromWallet';

/** JFramework's SDK sends no amount or currency with a wallet purchase: said where the user reads it. */
const UNLISTED = ' Not in the wallet-purchase request of JFramework\'s SDK, which sends neither amount nor currency: JFramework may price the licenses itself.';
const labelled = licenseBodyFields([value], { testMode: false }).map((field) =>
	field.name === 'amount' || field.name === 'currencyCode' ? { ...field, description: `${field.description}.${UNLISTED}` } : field,
);

export const { option, properties } = operation({
	resource: 'license',
	value,
	name: 'Purchase From Wallet',
	action: 'Buy licenses paid from a wallet',
	description: 'Buy 1 to 100 licenses, paid from one of the user\'s wallets',
	request: { method: 'POST', url: '/v1/licenses/purchase/wallet' },
	preSend: [required('walletId', 'Wallet'), ...licenseBodyChecks(), check('additionalFields.quantity', 'Quantity', [quantityUpTo100]), codeOnlyForOne],
	output: [jfwValue('result', { walletId: 'walletId' })],
	notice: 'Outputs JFramework\'s answer (a bare value as { walletId, result }).',
	properties: [
		locator('wallet', 'license', [value], { send: { type: 'query', property: 'walletId' }, description: 'The wallet (of the user behind the credential) that pays: pick it from the list or enter its ID' }),
		...labelled,
		collection('license', [value], 'additionalFields', 'Additional Fields', [
			text('code', 'License Code', 'Your own license code (only when buying one license; otherwise JFramework generates the codes)'),
			text('description', 'Description', 'Description of the licenses'),
			quantityField('How many licenses to buy (1 to 100, default 1)'),
			text('tags', 'Tags', 'Tags of the licenses, as one string'),
			boolean('testMode', 'Test Mode', 'Whether to buy test-mode licenses (default false)'),
			choice('type', 'Type', 'The license type', LICENSE_TYPE),
			text('userCode', 'User Code', 'The code of the user who gets the licenses (default: the user behind the credential)'),
		]),
	],
});
