import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';
import { operationSelector } from '../../../shared/operations';

export const couponDescription = operationSelector('coupon', [create, del, get, getAll, update], 'getAll');
