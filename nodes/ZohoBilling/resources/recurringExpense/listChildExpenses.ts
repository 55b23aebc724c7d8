import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { sortFields, withoutSortOrder } from '../../shared/fields';
import { zohoList } from '../../shared/transport';
import { recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'List Child Expenses',
	value: 'listChildExpenses',
	action: 'List the expenses created by a recurring expense',
	description: 'List the expenses a recurring expense has created',
	routing: {
		request: { method: 'GET', url: '/recurringexpenses/{recurringExpenseId}/expenses' },
		send: { paginate: true, preSend: [required('recurringExpenseId', 'Recurring Expense')] },
		operations: { pagination: zohoList('expensehistory') },
	},
};

export const properties: INodeProperties[] = [
	recurringExpenseId(['listChildExpenses']),
	...returnAllAndLimit('recurringExpense', 'listChildExpenses'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('recurringExpense', ['listChildExpenses']),
		options: sortFields([
			{ name: 'Account Name', value: 'account_name' },
			{ name: 'Created Time', value: 'created_time' },
			{ name: 'Customer Name', value: 'customer_name' },
			{ name: 'Total', value: 'total' },
		]).filter(withoutSortOrder),
	},
];
