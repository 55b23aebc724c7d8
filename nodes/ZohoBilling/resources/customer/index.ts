import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as getByReference from './getByReference';
import * as listTransactions from './listTransactions';
import * as markAsActive from './markAsActive';
import * as markAsInactive from './markAsInactive';
import * as update from './update';

const operations = [create, del, get, getByReference, getAll, listTransactions, markAsActive, markAsInactive, update];

export const customerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: operations.map((operation) => operation.option),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];
