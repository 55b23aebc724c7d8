import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { showFor } from '../../../shared/fields';
import { zohoRecord } from '../../shared/output';
import { accountAndAmount, accountAndAmountChecks, expenseFieldChecks, expenseFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an expense',
	description:
		'Record an expense (money spent). Needs the expense account ID and the amount (greater than 0); optional: date (yyyy-mm-dd, else today), customer and project (billable expenses), tax, itemized line items, mileage details, custom fields. Outputs the expense.',
	routing: {
		request: { method: 'POST', url: '/expenses' },
		send: { paginate: true, preSend: [...accountAndAmountChecks(), ...expenseFieldChecks('additionalFields')] },
		output: { postReceive: [zohoRecord('expense')] },
	},
};

export const properties: INodeProperties[] = [
	...accountAndAmount('expense', ['create'], 'expense', false),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('expense', ['create']),
		options: expenseFields('additionalFields', false),
	},
];
