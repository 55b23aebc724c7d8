import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getPrices from './getPrices';
import * as update from './update';
import { operationSelector } from '../../../shared/operations';

export const subscriptionTypeDescription = operationSelector('subscriptionType', [create, del, get, getAll, getPrices, update], 'getAll');
