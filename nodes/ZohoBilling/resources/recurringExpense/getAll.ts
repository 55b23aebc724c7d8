import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, number, returnAllAndLimit, text } from '../../../shared/fields';
import { check, dateOrder, maxLength } from '../../../shared/validation';
import { queryFilter, sortFields, withoutSortOrder, zohoDateField } from '../../shared/fields';
import { isZohoId, zohoDateCheck } from '../../shared/validation';

import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many recurring expenses',
	description: 'Retrieve many recurring expenses, optionally filtered by status',
	routing: {
		request: { method: 'GET', url: '/recurringexpenses' },
		send: {
			paginate: true,
			preSend: [
				zohoDateCheck('filters.last_created_date_start', 'Last Expense From'),
				zohoDateCheck('filters.last_created_date_end', 'Last Expense To'),
				dateOrder('filters.last_created_date_start', 'Last Expense From', 'filters.last_created_date_end', 'Last Expense To'),
				zohoDateCheck('filters.next_expense_date_start', 'Next Expense From'),
				zohoDateCheck('filters.next_expense_date_end', 'Next Expense To'),
				dateOrder('filters.next_expense_date_start', 'Next Expense From', 'filters.next_expense_date_end', 'Next Expense To'),
				check('filters.account_id', 'Account ID', [isZohoId]),
				check('filters.customer_id', 'Customer ID', [isZohoId]),
				check('filters.paid_through_account_id', 'Paid Through Account ID', [isZohoId]),
				check('filters.search_text', 'Search Text', [maxLength(100)]),
			],
		},
		operations: { pagination: zohoList('recurring_expenses') },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('recurringExpense', 'getAll'),
	collection('recurringExpense', ['getAll'], 'filters', 'Filters', [
			queryFilter(text('account_id', 'Account ID', 'Only recurring expenses recorded in this expense account', 'query')),
			queryFilter(text('account_name_contains', 'Account Name Contains', 'Only recurring expenses whose account name contains this text', 'query')),
			queryFilter(number('amount_greater_than', 'Amount Greater Than', 'Only recurring expenses of more than this amount', 'query')),
			queryFilter(number('amount_less_than', 'Amount Less Than', 'Only recurring expenses of less than this amount', 'query')),
			queryFilter(text('customer_id', 'Customer ID', 'Only recurring expenses of this customer', 'query')),
			queryFilter(text('customer_name_contains', 'Customer Name Contains', 'Only recurring expenses whose customer name contains this text', 'query')),
			zohoDateField('last_created_date_end', 'Last Expense To', 'Only recurring expenses whose last expense was created on or before this day', 'last_created_date_end', 'query'),
			zohoDateField('last_created_date_start', 'Last Expense From', 'Only recurring expenses whose last expense was created on or after this day', 'last_created_date_start', 'query'),
			queryFilter(text('recurrence_name_contains', 'Name Contains', 'Only recurring expenses whose name contains this text', 'query')),
			zohoDateField('next_expense_date_end', 'Next Expense To', 'Only recurring expenses whose next expense is due on or before this day', 'next_expense_date_end', 'query'),
			zohoDateField('next_expense_date_start', 'Next Expense From', 'Only recurring expenses whose next expense is due on or after this day', 'next_expense_date_start', 'query'),
			queryFilter(text('paid_through_account_id', 'Paid Through Account ID', 'Only recurring expenses paid through this account', 'query')),
			queryFilter(text('search_text', 'Search Text', 'Text searched in the account name, description, customer name and vendor name (at most 100 characters)', 'query')),
			queryFilter(choice('filter_by', 'Status', 'Which recurring expenses to list, by status', [
				{ name: 'Active', value: 'Status.Active' },
				{ name: 'All', value: 'Status.All' },
				{ name: 'Expired', value: 'Status.Expired' },
				{ name: 'Stopped', value: 'Status.Stopped' },
			], 'query', { default: 'Status.All' })),
			...sortFields([
				{ name: 'Account Name', value: 'account_name' },
				{ name: 'Created Time', value: 'created_time' },
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Last Expense Date', value: 'last_created_date' },
				{ name: 'Name', value: 'recurrence_name' },
				{ name: 'Next Expense Date', value: 'next_expense_date' },
				{ name: 'Total', value: 'total' },
			]).filter(withoutSortOrder),
		], 'Add Filter'),
];
