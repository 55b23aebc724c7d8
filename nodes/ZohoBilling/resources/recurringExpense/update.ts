import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { recurrenceFields, recurringExpenseChecks, recurringExpenseFields, recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a recurring expense',
	description:
		'Change a recurring expense by its ID (Zoho takes this as a POST). Zoho needs the name, account ID, amount, start date and interval on every update: repeat the current ones to keep them (Get shows them). Outputs the updated recurring expense.',
	routing: {
		request: { method: 'POST', url: '/recurringexpenses/{recurringExpenseId}' },
		send: { paginate: true, preSend: [required('recurringExpenseId', 'Recurring Expense'), ...recurringExpenseChecks('updateFields')] },
		output: { postReceive: [zohoRecord('recurring_expense')] },
	},
};

export const properties: INodeProperties[] = [
	recurringExpenseId(['update']),
	...recurrenceFields(['update'], true),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('recurringExpense', ['update']),
		options: recurringExpenseFields('updateFields'),
	},
];
