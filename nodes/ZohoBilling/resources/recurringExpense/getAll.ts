import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, dateOrder } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';

import { choiceField, dayCheck, isZohoId, listControls, maxChars, numberField, queryDateField, sortFields, sortedByName, textField } from '../../shared/projectsExpenses';
import { withoutSortOrder } from '../../shared/keptList';
import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many recurring expenses',
	description:
		'List recurring expenses, optionally filtered by status (active, stopped, expired), name, account, customer, amount, last or next expense date (yyyy-mm-dd) or text, and sorted. Return All reads every page; otherwise Limit sets how many to output.',
	routing: {
		request: { method: 'GET', url: '/recurringexpenses' },
		send: {
			paginate: true,
			preSend: [
				dayCheck('filters.last_created_date_start', 'Last Expense From'),
				dayCheck('filters.last_created_date_end', 'Last Expense To'),
				dateOrder('filters.last_created_date_start', 'Last Expense From', 'filters.last_created_date_end', 'Last Expense To'),
				dayCheck('filters.next_expense_date_start', 'Next Expense From'),
				dayCheck('filters.next_expense_date_end', 'Next Expense To'),
				dateOrder('filters.next_expense_date_start', 'Next Expense From', 'filters.next_expense_date_end', 'Next Expense To'),
				check('filters.account_id', 'Account ID', [isZohoId]),
				check('filters.customer_id', 'Customer ID', [isZohoId]),
				check('filters.paid_through_account_id', 'Paid Through Account ID', [isZohoId]),
				check('filters.search_text', 'Search Text', [maxChars(100)]),
			],
		},
		operations: { pagination: zohoList('recurring_expenses') },
	},
};

export const properties: INodeProperties[] = [
	...listControls('recurringExpense', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('recurringExpense', ['getAll']),
		options: sortedByName([
			textField('account_id', 'Account ID', 'Only recurring expenses recorded in this expense account', {}, 'query'),
			textField('account_name_contains', 'Account Name Contains', 'Only recurring expenses whose account name contains this text', {}, 'query'),
			numberField('amount_greater_than', 'Amount Greater Than', 'Only recurring expenses of more than this amount', {}, 'query'),
			numberField('amount_less_than', 'Amount Less Than', 'Only recurring expenses of less than this amount', {}, 'query'),
			textField('customer_id', 'Customer ID', 'Only recurring expenses of this customer', {}, 'query'),
			textField('customer_name_contains', 'Customer Name Contains', 'Only recurring expenses whose customer name contains this text', {}, 'query'),
			queryDateField('last_created_date_end', 'Last Expense To', 'Only recurring expenses whose last expense was created on or before this day'),
			queryDateField('last_created_date_start', 'Last Expense From', 'Only recurring expenses whose last expense was created on or after this day'),
			textField('recurrence_name_contains', 'Name Contains', 'Only recurring expenses whose name contains this text', {}, 'query'),
			queryDateField('next_expense_date_end', 'Next Expense To', 'Only recurring expenses whose next expense is due on or before this day'),
			queryDateField('next_expense_date_start', 'Next Expense From', 'Only recurring expenses whose next expense is due on or after this day'),
			textField('paid_through_account_id', 'Paid Through Account ID', 'Only recurring expenses paid through this account', {}, 'query'),
			textField('search_text', 'Search Text', 'Text searched in the account name, description, customer name and vendor name (at most 100 characters)', {}, 'query'),
			choiceField(
				'filter_by',
				'Status',
				'Which recurring expenses to list, by status',
				[
					{ name: 'Active', value: 'Status.Active' },
					{ name: 'All', value: 'Status.All' },
					{ name: 'Expired', value: 'Status.Expired' },
					{ name: 'Stopped', value: 'Status.Stopped' },
				],
				'query',
				'filter_by',
				'Status.All',
			),
			...sortFields([
				{ name: 'Account Name', value: 'account_name' },
				{ name: 'Created Time', value: 'created_time' },
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Last Expense Date', value: 'last_created_date' },
				{ name: 'Name', value: 'recurrence_name' },
				{ name: 'Next Expense Date', value: 'next_expense_date' },
				{ name: 'Total', value: 'total' },
			]).filter(withoutSortOrder),
		]),
	},
];
