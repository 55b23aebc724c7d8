import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { required } from '../../../shared/validation';
import { zohoRecord } from '../../shared/output';
import { accountAndAmount, accountAndAmountChecks, expenseFieldChecks, expenseFields, expenseId } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an expense',
	description:
		'Change an expense by its ID. Zoho needs the account ID and the amount on every update (repeat the current ones to keep them); only the Update Fields that are set are changed. Outputs the updated expense.',
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
	expenseId(['update']),
	...accountAndAmount('expense', ['update'], 'expense', true),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('expense', ['update']),
		options: expenseFields('updateFields', true),
	},
];
