import * as activate from './activate';
import * as apply from './apply';
import * as applyToLoginName from './applyToLoginName';
import * as applyToUser from './applyToUser';
import * as check from './check';
import * as count from './count';
import * as create from './create';
import * as createPurchaseCheckoutLink from './createPurchaseCheckoutLink';
import * as deactivate from './deactivate';
import * as del from './delete';
import * as generateCode from './generateCode';
import * as get from './get';
import * as getAll from './getAll';
import * as getMonthlyStatistics from './getMonthlyStatistics';
import * as purchaseFromWallet from './purchaseFromWallet';
import * as update from './update';
import { operationSelector } from '../../../shared/operations';

export const licenseDescription = operationSelector(
	'license',
	[
		activate,
		apply,
		applyToLoginName,
		applyToUser,
		check,
		count,
		create,
		createPurchaseCheckoutLink,
		deactivate,
		del,
		generateCode,
		get,
		getAll,
		getMonthlyStatistics,
		purchaseFromWallet,
		update,
	],
	'getAll',
);
