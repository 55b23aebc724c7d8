import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { recurrenceFields, recurringExpenseChecks, recurringExpenseFields, recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a recurring expense',
	description: 'Update a recurring expense\'s amount, interval or other fields',
	routing: {
		request: { method: 'POST', url: '/recurringexpenses/{recurringExpenseId}' },
		send: { paginate: true, preSend: [required('recurringExpenseId', 'Recurring Expense'), ...recurringExpenseChecks('updateFields')] },
		output: { postReceive: [zohoRecord('recurring_expense')] },
	},
};

export const properties: INodeProperties[] = [
	notice('recurringExpense', ['update'], 'Zoho needs the name, account ID, amount, start date and interval on every update: repeat the current ones to keep them (Get shows them).'),
	recurringExpenseId(['update']),
	...recurrenceFields(['update'], true),
	collection('recurringExpense', ['update'], 'updateFields', 'Update Fields', recurringExpenseFields('updateFields')),
];
