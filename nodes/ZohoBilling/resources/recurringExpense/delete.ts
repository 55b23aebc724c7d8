import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a recurring expense',
	description: 'Delete a recurring expense',
	routing: {
		request: { method: 'DELETE', url: '/recurringexpenses/{recurringExpenseId}' },
		send: { paginate: true, preSend: [required('recurringExpenseId', 'Recurring Expense')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [recurringExpenseId(['delete'])];
