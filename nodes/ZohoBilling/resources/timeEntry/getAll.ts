import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { choice, collection, returnAllAndLimit, text } from '../../../shared/fields';
import { check, dateOrder } from '../../../shared/validation';
import { customDateFilter, queryFilter, sortFields, withoutSortOrder, zohoDateField } from '../../shared/fields';
import { isZohoId, zohoDateCheck } from '../../shared/validation';

import { zohoList } from '../../shared/transport';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many time entries',
	description: 'Retrieve many time entries, optionally of a project, user or period',
	routing: {
		request: { method: 'GET', url: '/projects/timeentries' },
		send: {
			paginate: true,
			preSend: [
				zohoDateCheck('filters.from_date', 'From Date'),
				zohoDateCheck('filters.to_date', 'To Date'),
				dateOrder('filters.from_date', 'From Date', 'filters.to_date', 'To Date'),
				check('filters.project_id', 'Project ID', [isZohoId]),
				check('filters.user_id', 'User ID', [isZohoId]),
				customDateFilter('filters'),
			],
		},
		operations: { pagination: zohoList('time_entries') },
	},
};

export const properties: INodeProperties[] = [
	...returnAllAndLimit('timeEntry', 'getAll'),
	collection('timeEntry', ['getAll'], 'filters', 'Filters', [
			queryFilter(choice('filter_by', 'Filter By', 'A period or a billing status (From Date / To Date use Custom Date, which is chosen for you when a date is set)', [
				{ name: 'All Dates', value: 'Date.All' },
				{ name: 'Custom Date (From Date / To Date)', value: 'Date.CustomDate' },
				{ name: 'Invoiced', value: 'Status.Invoiced' },
				{ name: 'Previous Day', value: 'Date.PreviousDay' },
				{ name: 'Previous Month', value: 'Date.PreviousMonth' },
				{ name: 'Previous Quarter', value: 'Date.PreviousQuarter' },
				{ name: 'Previous Week', value: 'Date.PreviousWeek' },
				{ name: 'Previous Year', value: 'Date.PreviousYear' },
				{ name: 'This Month', value: 'Date.ThisMonth' },
				{ name: 'This Quarter', value: 'Date.ThisQuarter' },
				{ name: 'This Week', value: 'Date.ThisWeek' },
				{ name: 'This Year', value: 'Date.ThisYear' },
				{ name: 'Today', value: 'Date.Today' },
				{ name: 'Unbilled', value: 'Status.Unbilled' },
			], 'query', { default: 'Date.All' })),
			zohoDateField('from_date', 'From Date', 'Only time logged on or after this day', 'from_date', 'query'),
			queryFilter(text('project_id', 'Project ID', 'Only time logged on this project', 'query')),
			zohoDateField('to_date', 'To Date', 'Only time logged on or before this day', 'to_date', 'query'),
			queryFilter(text('user_id', 'User ID', 'Only time logged by this user', 'query')),
			...sortFields([
				{ name: 'Customer Name', value: 'customer_name' },
				{ name: 'Log Date', value: 'log_date' },
				{ name: 'Project Name', value: 'project_name' },
				{ name: 'Task Name', value: 'task_name' },
				{ name: 'Timer Started At', value: 'timer_started_at' },
				{ name: 'User Name', value: 'user_name' },
			]).filter(withoutSortOrder),
		], 'Add Filter'),
];
