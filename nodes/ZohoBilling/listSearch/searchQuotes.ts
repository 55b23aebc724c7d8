import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList } from '../shared/pickers';

/** Quote picker (Zoho calls quotes "estimates"): filtered by quote number, customer, reference, status or ID; shown as "EST-00002 – Customer (status)". */
export async function searchQuotes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/estimates',
		key: 'estimates',
		match: (quote) => [quote.estimate_number, quote.customer_name, quote.reference_number, quote.status, quote.estimate_id],
		filter,
		paginationToken,
		toResult: (quote) => ({
			name: `${String(quote.estimate_number ?? quote.estimate_id)}${quote.customer_name ? ` – ${String(quote.customer_name)}` : ''}${quote.status ? ` (${String(quote.status)})` : ''}`,
			value: String(quote.estimate_id),
		}),
	});
}
