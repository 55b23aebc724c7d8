import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, zohoPicker } from '../shared/projectsExpenses';

/** Recurring expense picker: name, account and total, stopped or expired ones marked. */
export async function searchRecurringExpenses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await zohoPicker(
		this,
		{ path: '/recurringexpenses', rootKey: 'recurring_expenses' },
		(r) => r.recurring_expense_id,
		(r) =>
			`${joinLabel(r.recurrence_name, r.account_name, r.total)}${r.status && r.status !== 'active' ? ` (${String(r.status)})` : ''}`,
		filter,
		paginationToken,
	);
}
