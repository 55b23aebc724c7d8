import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoList } from '../../shared/transport';
import { recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'List History',
	value: 'listHistory',
	action: 'List the history of a recurring expense',
	description:
		'List the history and comments of a recurring expense (one item per entry: what happened, who did it, date and time). Return All reads every page; otherwise Limit sets how many to output.',
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
