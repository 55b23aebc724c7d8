import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { collection, notice } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { accountAndAmount, accountAndAmountChecks, expenseFieldChecks, expenseFields, expenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an expense',
	description: 'Update an expense\'s account, amount or other fields',
	routing: {
		request: { method: 'PUT', url: '/expenses/{expenseId}' },
		send: {
			paginate: true,
			preSend: [required('expenseId', 'Expense'), ...accountAndAmountChecks(), ...expenseFieldChecks('updateFields')],
		},
		output: { postReceive: [zohoRecord('expense')] },
	},
};

export const properties: INodeProperties[] = [
	notice('expense', ['update'], 'Zoho needs the account ID and the amount on every update: repeat the current ones to keep them.'),
	expenseId(['update']),
	...accountAndAmount('expense', ['update'], 'expense', true),
	collection('expense', ['update'], 'updateFields', 'Update Fields', expenseFields('updateFields', true)),
];
