import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { recurrenceFields, recurringExpenseChecks, recurringExpenseFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a recurring expense',
	description: 'Create an expense that Zoho records again at a fixed interval',
	routing: {
		request: { method: 'POST', url: '/recurringexpenses' },
		send: { paginate: true, preSend: recurringExpenseChecks('additionalFields') },
		output: { postReceive: [zohoRecord('recurring_expense')] },
	},
};

export const properties: INodeProperties[] = [
	...recurrenceFields(['create'], false),
	collection('recurringExpense', ['create'], 'additionalFields', 'Additional Fields', recurringExpenseFields('additionalFields')),
];
