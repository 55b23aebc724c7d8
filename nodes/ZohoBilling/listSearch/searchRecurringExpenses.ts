import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, searchZohoList } from '../shared/pickers';

/** Recurring expense picker: name, account and total, stopped or expired ones marked. */
export async function searchRecurringExpenses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/recurringexpenses',
		key: 'recurring_expenses',
		filter,
		paginationToken,
		toResult: (expense) => ({
			name: `${joinLabel(expense.recurrence_name, expense.account_name, expense.total)}${expense.status && expense.status !== 'active' ? ` (${String(expense.status)})` : ''}`,
			value: String(expense.recurring_expense_id),
		}),
	});
}
