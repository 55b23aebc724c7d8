import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'List History',
	value: 'listHistory',
	action: 'List the history of a recurring expense',
	description: 'List the history and comments of a recurring expense',
	routing: {
		request: { method: 'GET', url: '/recurringexpenses/{recurringExpenseId}/comments' },
		send: { paginate: true, preSend: [required('recurringExpenseId', 'Recurring Expense')] },
		operations: { pagination: zohoList('comments') },
	},
};

export const properties: INodeProperties[] = [
	recurringExpenseId(['listHistory']),
	...returnAllAndLimit('recurringExpense', 'listHistory'),
];
