import * as addFeatures from './addFeatures';
import * as calculateTotalPrice from './calculateTotalPrice';
import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getFeatures from './getFeatures';
import * as getPrices from './getPrices';
import * as removeFeatures from './removeFeatures';
import * as update from './update';
import * as updateFeature from './updateFeature';
import * as upgradeCheckout from './upgradeCheckout';
import { operationSelector } from '../../../shared/operations';

export const packageDescription = operationSelector(
	'package',
	[addFeatures, calculateTotalPrice, create, del, get, getAll, getFeatures, getPrices, removeFeatures, update, updateFeature, upgradeCheckout],
	'getAll',
);
