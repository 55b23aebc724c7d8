import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { check, dateOrder } from '../../../shared/validation';
import { showFor } from '../../shared/descriptions';

import { choiceField, dayCheck, isZohoId, listControls, maxChars, numberField, queryDateField, sortFields, sortedByName, textField } from '../../shared/projectsExpenses';
import { sameAs, withoutSortOrder, zohoKeptList } from '../../shared/keptList';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many expenses',
	description:
		"List expenses, optionally filtered by status (billable, non-billable, reimbursed, invoiced, unbilled), date range (yyyy-mm-dd), amount, customer or text, and sorted. Zoho's API does not list the customer filter for expenses, so the node also checks each expense's customer itself; Limit counts the expenses kept. Return All reads every page; otherwise Limit sets how many to output.",
	routing: {
		request: { method: 'GET', url: '/expenses' },
		send: {
			paginate: true,
			preSend: [
				dayCheck('filters.date_start', 'Date From'),
				dayCheck('filters.date_end', 'Date To'),
				dateOrder('filters.date_start', 'Date From', 'filters.date_end', 'Date To'),
				check('filters.customer_id', 'Customer ID', [isZohoId]),
				check('filters.search_text', 'Search Text', [maxChars(100)]),
			],
		},
		operations: { pagination: zohoKeptList('expenses', [{ parameter: 'filters.customer_id', query: 'customer_id', label: 'Customer ID', keep: sameAs('customer_id') }]) },
	},
};


export const properties: INodeProperties[] = [
	...listControls('expense', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('expense', ['getAll']),
		options: sortedByName([
			textField('account_name_contains', 'Account Name Contains', 'Only expenses whose expense account name contains this text', {}, 'query'),
			numberField('amount_greater_than', 'Amount Greater Than', 'Only expenses of more than this amount', {}, 'query'),
			numberField('amount_less_than', 'Amount Less Than', 'Only expenses of less than this amount', {}, 'query'),
			textField('customer_id', 'Customer ID', 'Only expenses of this customer (sent to Zoho, and checked on each expense by the node)', {}, 'query'),
			textField('customer_name_contains', 'Customer Name Contains', 'Only expenses whose customer name contains this text', {}, 'query'),
			queryDateField('date_end', 'Date To', 'Only expenses dated on or before this day'),
			queryDateField('date_start', 'Date From', 'Only expenses dated on or after this day'),
			textField('description_contains', 'Description Contains', 'Only expenses whose description contains this text', {}, 'query'),
			textField('reference_number_contains', 'Reference Number Contains', 'Only expenses whose reference number contains this text', {}, 'query'),
			textField('search_text', 'Search Text', 'Text searched in the account name, description, customer name and vendor name (at most 100 characters)', {}, 'query'),
			choiceField(
				'status',
				'Expense Status',
				'Only expenses in this state',
				[
					{ name: 'Billable', value: 'billable' },
					{ name: 'Invoiced', value: 'invoiced' },
					{ name: 'Non-Billable', value: 'non-billable' },
					{ name: 'Reimbursed', value: 'reimbursed' },
					{ name: 'Unbilled', value: 'unbilled' },
				],
				'query',
				'status',
				'unbilled',
			),
			choiceField(
				'filter_by',
				'Status',
				'Which expenses to list, by status',
				[
					{ name: 'All', value: 'Status.All' },
					{ name: 'Billable', value: 'Status.Billable' },
					{ name: 'Invoiced', value: 'Status.Invoiced' },
					{ name: 'Non-Billable', value: 'Status.Nonbillable' },
					{ name: 'Reimbursed', value: 'Status.Reimbursed' },
					{ name: 'Unbilled', value: 'Status.Unbilled' },
				],
				'query',
				'filter_by',
				'Status.All',
			),
			...sortFields([
				{ name: 'Account Name', value: 'account_name' },
				{ name: 'Created Time', value: 'created_time' },
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Date', value: 'date' },
				{ name: 'Reference Number', value: 'reference_number' },
				{ name: 'Total', value: 'total' },
				{ name: 'Total in Base Currency', value: 'bcy_total' },
			]).filter(withoutSortOrder),
		]),
	},
];
