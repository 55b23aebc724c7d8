import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, zohoPicker } from '../shared/projectsExpenses';

/** Expense picker: date, account, total and description or reference. */
export async function searchExpenses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await zohoPicker(
		this,
		{ path: '/expenses', rootKey: 'expenses' },
		(e) => e.expense_id,
		(e) =>
			joinLabel(
				e.date,
				e.account_name,
				e.total !== undefined ? `${String(e.total)}${e.currency_code ? ` ${String(e.currency_code)}` : ''}` : undefined,
				e.description || e.reference_number,
				e.customer_name,
			),
		filter,
		paginationToken,
	);
}
