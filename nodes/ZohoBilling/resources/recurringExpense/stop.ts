import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { required } from '../../../shared/validation';
import { zohoActionResult } from '../../shared/output';
import { recurringExpenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Stop',
	value: 'stop',
	action: 'Stop a recurring expense',
	description: 'Stop a recurring expense from creating more expenses',
	routing: {
		request: { method: 'POST', url: '/recurringexpenses/{recurringExpenseId}/status/stop' },
		send: { paginate: true, preSend: [required('recurringExpenseId', 'Recurring Expense')] },
		output: { postReceive: [zohoActionResult()] },
	},
};

export const properties: INodeProperties[] = [recurringExpenseId(['stop'])];
