import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { expenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an expense',
	description: 'Retrieve an expense by its ID',
	routing: {
		request: { method: 'GET', url: '/expenses/{expenseId}' },
		send: { paginate: true, preSend: [required('expenseId', 'Expense')] },
		output: { postReceive: [zohoRecord('expense')] },
	},
};

export const properties: INodeProperties[] = [expenseId(['get'])];
