import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { expenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an expense',
	description: 'Retrieve one expense by its ID: account, amount and totals, tax, customer, project, status (unbilled, invoiced, reimbursed, non-billable) and line items',
	routing: {
		request: { method: 'GET', url: '/expenses/{expenseId}' },
		send: { paginate: true, preSend: [required('expenseId', 'Expense')] },
		output: { postReceive: [zohoRecord('expense')] },
	},
};

export const properties: INodeProperties[] = [expenseId(['get'])];
