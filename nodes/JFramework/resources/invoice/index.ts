import * as del from './delete';
import * as download from './download';
import * as get from './get';
import * as getAll from './getAll';
import { operationSelector } from '../../../shared/operations';

export const invoiceDescription = operationSelector('invoice', [del, download, get, getAll], 'getAll');
