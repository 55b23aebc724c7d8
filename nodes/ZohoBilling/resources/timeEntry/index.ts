import type { INodeProperties } from 'n8n-workflow';

import * as create from './create';
import * as del from './delete';
import * as deleteMany from './deleteMany';
import * as get from './get';
import * as getAll from './getAll';
import * as getTimer from './getTimer';
import * as startTimer from './startTimer';
import * as stopTimer from './stopTimer';
import * as update from './update';

const operations = [create, del, deleteMany, get, getAll, getTimer, startTimer, stopTimer, update];

export const timeEntryDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['timeEntry'] } },
		options: operations.map((operation) => operation.option),
		default: 'getAll',
	},
	...operations.flatMap((operation) => operation.properties),
];
