import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Resume',
	value: 'resume',
	action: 'Resume a recurring expense',
	description: 'Resume a stopped recurring expense',
	routing: {
		request: { method: 'POST', url: '/recurringexpenses/{recurringExpenseId}/status/resume' },
		send: { paginate: true, preSend: [required('recurringExpenseId', 'Recurring Expense')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [recurringExpenseId(['resume'])];
