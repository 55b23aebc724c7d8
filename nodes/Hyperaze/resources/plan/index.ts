import { operationSelector } from '../../../shared/operations';
import * as create from './create';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';

export const planDescription = operationSelector('plan', [create, get, getAll, update], 'getAll');
