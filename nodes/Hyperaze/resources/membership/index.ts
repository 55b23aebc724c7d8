import { operationSelector } from '../../../shared/operations';
import * as cancel from './cancel';
import * as get from './get';
import * as getAll from './getAll';
import * as terminate from './terminate';
import * as validateLicenseKey from './validateLicenseKey';

export const membershipDescription = operationSelector('membership', [cancel, get, getAll, terminate, validateLicenseKey], 'validateLicenseKey');
