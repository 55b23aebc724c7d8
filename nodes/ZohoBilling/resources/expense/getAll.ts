import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, number, returnAllAndLimit, text } from '../../../shared/fields';
import { check, dateOrder, maxLength } from '../../../shared/validation';
import { queryFilter, sortFields, withoutSortOrder, zohoDateField } from '../../shared/fields';
import { sameAs, zohoKeptList } from '../../shared/output';
import { isZohoId, zohoDateCheck } from '../../shared/validation';


export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many expenses',
	description: 'Retrieve many expenses, optionally by status, date or customer',
	routing: {
		request: { method: 'GET', url: '/expenses' },
		send: {
			paginate: true,
			preSend: [
				zohoDateCheck('filters.date_start', 'Date From'),
				zohoDateCheck('filters.date_end', 'Date To'),
				dateOrder('filters.date_start', 'Date From', 'filters.date_end', 'Date To'),
				check('filters.customer_id', 'Customer ID', [isZohoId]),
				check('filters.search_text', 'Search Text', [maxLength(100)]),
			],
		},
		operations: { pagination: zohoKeptList('expenses', [{ parameter: 'filters.customer_id', query: 'customer_id', label: 'Customer ID', keep: sameAs('customer_id') }]) },
	},
};


export const properties: INodeProperties[] = [
	...returnAllAndLimit('expense', 'getAll'),
	collection('expense', ['getAll'], 'filters', 'Filters', [
			queryFilter(text('account_name_contains', 'Account Name Contains', 'Only expenses whose expense account name contains this text', 'query')),
			queryFilter(number('amount_greater_than', 'Amount Greater Than', 'Only expenses of more than this amount', 'query')),
			queryFilter(number('amount_less_than', 'Amount Less Than', 'Only expenses of less than this amount', 'query')),
			queryFilter(text('customer_id', 'Customer ID', 'Only expenses of this customer (sent to Zoho, and checked on each expense by the node)', 'query')),
			queryFilter(text('customer_name_contains', 'Customer Name Contains', 'Only expenses whose customer name contains this text', 'query')),
			zohoDateField('date_end', 'Date To', 'Only expenses dated on or before this day', 'date_end', 'query'),
			zohoDateField('date_start', 'Date From', 'Only expenses dated on or after this day', 'date_start', 'query'),
			queryFilter(text('description_contains', 'Description Contains', 'Only expenses whose description contains this text', 'query')),
			queryFilter(text('reference_number_contains', 'Reference Number Contains', 'Only expenses whose reference number contains this text', 'query')),
			queryFilter(text('search_text', 'Search Text', 'Text searched in the account name, description, customer name and vendor name (at most 100 characters)', 'query')),
			queryFilter(choice('status', 'Expense Status', 'Only expenses in this state', [
				{ name: 'Billable', value: 'billable' },
				{ name: 'Invoiced', value: 'invoiced' },
				{ name: 'Non-Billable', value: 'non-billable' },
				{ name: 'Reimbursed', value: 'reimbursed' },
				{ name: 'Unbilled', value: 'unbilled' },
			], 'query', { default: 'unbilled' })),
			queryFilter(choice('filter_by', 'Status', 'Which expenses to list, by status', [
				{ name: 'All', value: 'Status.All' },
				{ name: 'Billable', value: 'Status.Billable' },
				{ name: 'Invoiced', value: 'Status.Invoiced' },
				{ name: 'Non-Billable', value: 'Status.Nonbillable' },
				{ name: 'Reimbursed', value: 'Status.Reimbursed' },
				{ name: 'Unbilled', value: 'Status.Unbilled' },
			], 'query', { default: 'Status.All' })),
			...sortFields([
				{ name: 'Account Name', value: 'account_name' },
				{ name: 'Created Time', value: 'created_time' },
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Date', value: 'date' },
				{ name: 'Reference Number', value: 'reference_number' },
				{ name: 'Total', value: 'total' },
				{ name: 'Total in Base Currency', value: 'bcy_total' },
			]).filter(withoutSortOrder),
		], 'Add Filter'),
];
