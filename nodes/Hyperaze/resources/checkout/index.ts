import { operationSelector } from '../../../shared/operations';
import * as create from './create';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const checkoutDescription = operationSelector('checkout', [create, get, getAll, update], 'getAll');
