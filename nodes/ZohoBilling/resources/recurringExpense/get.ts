import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a recurring expense',
	description: 'Retrieve a recurring expense by its ID',
	routing: {
		request: { method: 'GET', url: '/recurringexpenses/{recurringExpenseId}' },
		send: { paginate: true, preSend: [required('recurringExpenseId', 'Recurring Expense')] },
		output: { postReceive: [zohoRecord('recurring_expense')] },
	},
};

export const properties: INodeProperties[] = [recurringExpenseId(['get'])];
