import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { expenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an expense',
	description: 'Delete an expense',
	routing: {
		request: { method: 'DELETE', url: '/expenses/{expenseId}' },
		send: { paginate: true, preSend: [required('expenseId', 'Expense')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [notice('expense', ['delete'], 'Zoho refuses to delete an expense that was converted to an invoice.'), expenseId(['delete'])];
