import * as generateCheckoutLink from './generateCheckoutLink';
import * as get from './get';
import * as getAll from './getAll';
import * as getDashboard from './getDashboard';
import { operationSelector } from '../../../shared/operations';

export const paymentDescription = operationSelector('payment', [generateCheckoutLink, get, getAll, getDashboard], 'getAll');
