import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel';
import * as get from './get';
import * as getAll from './getAll';
import * as terminate from './terminate';
import * as validateLicenseKey from './validateLicenseKey';

const operations = [cancel, get, getAll, terminate, validateLicenseKey];

export const membershipDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['membership'] } },
		options: operations.map((operation) => operation.option),
		default: 'validateLicenseKey',
	},
	...operations.flatMap((operation) => operation.properties),
];
