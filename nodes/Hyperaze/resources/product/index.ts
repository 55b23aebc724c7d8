import { operationSelector } from '../../../shared/operations';
import * as get from './get';
import * as getAll from './getAll';

export const productDescription = operationSelector('product', [get, getAll], 'getAll');
