import type { INodePropertyOptions } from 'n8n-workflow';

import { check, required } from '../../../shared/validation';
import { LICENSE_TYPE, boolean, choice, collection, locator, text } from '../../shared/descriptions';
import { jfwValue } from '../../shared/lists';
import { codeOnlyForOne, licenseBodyChecks, licenseBodyFields, quantityField, quantityUpTo100 } from './fields';

const operation = 'purchaseFromWallet';

export const option: INodePropertyOptions = {
	name: 'Purchase From Wallet',
	value: operation,
	action: 'Buy licenses paid from a wallet',
	description: 'Buy 1 to 100 licenses of a package and subscription type and pay them from one of the current user\'s wallets; needs the wallet, amount, ISO 4217 currency and start/end dates (ISO 8601); amount and currency are not in the SDK\'s purchase request, so JFramework may price the licenses itself. Outputs { result }, JFramework\'s answer.',
	routing: {
		request: { method: 'POST', url: '/v1/licenses/purchase/wallet' },
		send: {
			paginate: true,
			preSend: [required('walletId', 'Wallet'), ...licenseBodyChecks(), check('additionalFields.quantity', 'Quantity', [quantityUpTo100]), codeOnlyForOne],
		},
		output: { postReceive: [jfwValue('result', { walletId: 'walletId' })] },
	},
};

/** JFramework's SDK sends no amount or currency with a wallet purchase: said where the user reads it. */
const UNLISTED = ' Not in the wallet-purchase request of JFramework\'s SDK, which sends neither amount nor currency: JFramework may price the licenses itself.';
const labelled = licenseBodyFields([operation], { testMode: false }).map((field) =>
	field.name === 'amount' || field.name === 'currencyCode' ? { ...field, description: `${field.description}.${UNLISTED}` } : field,
);

export const properties = [
	locator('wallet', 'license', [operation], { send: { type: 'query', property: 'walletId' }, description: 'The wallet (of the user behind the credential) that pays: pick it from the list or enter its ID' }),
	...labelled,
	collection('license', [operation], 'additionalFields', 'Additional Fields', [
		text('code', 'License Code', 'Your own license code (only when buying one license; otherwise JFramework generates the codes)'),
		text('description', 'Description', 'Description of the licenses'),
		quantityField('How many licenses to buy (1 to 100, default 1)'),
		text('tags', 'Tags', 'Tags of the licenses, as one string'),
		boolean('testMode', 'Test Mode', 'Whether to buy test-mode licenses (default false)'),
		choice('type', 'Type', 'The license type', LICENSE_TYPE),
		text('userCode', 'User Code', 'The code of the user who gets the licenses (default: the user behind the credential)'),
	]),
];
