import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, searchZohoList } from '../shared/pickers';

/** Expense picker: date, account, total and description or reference. */
export async function searchExpenses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/expenses',
		key: 'expenses',
		filter,
		paginationToken,
		toResult: (expense) => ({
			name: joinLabel(
				expense.date,
				expense.account_name,
				expense.total !== undefined ? `${String(expense.total)}${expense.currency_code ? ` ${String(expense.currency_code)}` : ''}` : undefined,
				expense.description || expense.reference_number,
				expense.customer_name,
			),
			value: String(expense.expense_id),
		}),
	});
}
