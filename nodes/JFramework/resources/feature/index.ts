import * as addPackages from './addPackages';
import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getPackages from './getPackages';
import * as removePackages from './removePackages';
import * as update from './update';
import { operationSelector } from '../../../shared/operations';

export const featureDescription = operationSelector(
	'feature',
	[addPackages, create, del, get, getAll, getPackages, removePackages, update],
	'getAll',
);
