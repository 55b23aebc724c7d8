import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getAll from './getAll';
import * as listChildExpenses from './listChildExpenses';
import * as listHistory from './listHistory';
import * as resume from './resume';
import * as stop from './stop';
import * as update from './update';

const operations = [create, del, get, getAll, listChildExpenses, listHistory, resume, stop, update];

export const recurringExpenseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['recurringExpense'] } },
		options: operations.map((operation) => operation.option),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];
