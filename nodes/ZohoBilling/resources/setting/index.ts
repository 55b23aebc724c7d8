import type { INodeProperties } from 'n8n-workflow';

import * as getChurnMessagePreferences from './getChurnMessagePreferences';
import * as getTaxAuthorities from './getTaxAuthorities';
import * as getTaxes from './getTaxes';
import * as getTaxExemptions from './getTaxExemptions';

const operations = [getChurnMessagePreferences, getTaxAuthorities, getTaxExemptions, getTaxes];

export const settingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['setting'] } },
		options: operations.map((operation) => operation.option),
		default: 'getTaxes',
	},
	...operations.flatMap((operation) => operation.properties),
];
