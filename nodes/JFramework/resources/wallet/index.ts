import * as applyRedeemCode from './applyRedeemCode';
import * as close from './close';
import * as convert from './convert';
import * as create from './create';
import * as createAddMoneyCheckoutLink from './createAddMoneyCheckoutLink';
import * as getAll from './getAll';
import * as getHistories from './getHistories';
import { operationSelector } from '../../../shared/operations';

export const walletDescription = operationSelector(
	'wallet',
	[applyRedeemCode, close, convert, create, createAddMoneyCheckoutLink, getAll, getHistories],
	'getAll',
);
