import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { accountAndAmount, accountAndAmountChecks, expenseFieldChecks, expenseFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an expense',
	description: 'Record an expense, optionally billable to a customer',
	routing: {
		request: { method: 'POST', url: '/expenses' },
		send: { paginate: true, preSend: [...accountAndAmountChecks(), ...expenseFieldChecks('additionalFields')] },
		output: { postReceive: [zohoRecord('expense')] },
	},
};

export const properties: INodeProperties[] = [
	...accountAndAmount('expense', ['create'], 'expense', false),
	collection('expense', ['create'], 'additionalFields', 'Additional Fields', expenseFields('additionalFields', false)),
];
