import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { expenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an expense',
	description: 'Delete an expense by its ID; Zoho refuses for an expense that was converted to an invoice. Outputs success: true with Zoho\'s message.',
	routing: {
		request: { method: 'DELETE', url: '/expenses/{expenseId}' },
		send: { paginate: true, preSend: [required('expenseId', 'Expense')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [expenseId(['delete'])];
