import { operationSelector } from '../../../shared/operations';
import * as get from './get';
import * as getAll from './getAll';

export const paymentDescription = operationSelector('payment', [get, getAll], 'getAll');
