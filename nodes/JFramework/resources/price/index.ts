import * as create from './create';
import * as del from './delete';
import * as generateCheckoutLink from './generateCheckoutLink';
import * as get from './get';
import * as getAll from './getAll';
import * as update from './update';
import { operationSelector } from '../../../shared/operations';

export const priceDescription = operationSelector('price', [create, del, generateCheckoutLink, get, getAll, update], 'getAll');
