import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { zohoApiRequest } from '../shared/transport';

/**
 * Quote picker (Zoho calls quotes "estimates"): one Zoho page (200) per call, filtered on our side
 * by quote number, customer, reference, status or ID. Shown as "EST-00002 – Customer (status)".
 */
export async function searchQuotes(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(this, 'GET', '/estimates', { page, per_page: 200 });
	const needle = (filter ?? '').trim().toLowerCase();
	const text = (q: IDataObject) =>
		[q.estimate_number, q.customer_name, q.reference_number, q.status, q.estimate_id]
			.filter((v) => v !== undefined && v !== null && v !== '')
			.map((v) => String(v).toLowerCase())
			.join(' ');
	const quotes = ((body.estimates as IDataObject[]) ?? []).filter((q) => !needle || text(q).includes(needle));
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: quotes.map((q) => ({
			name: `${String(q.estimate_number ?? q.estimate_id)}${q.customer_name ? ` – ${String(q.customer_name)}` : ''}${q.status ? ` (${String(q.status)})` : ''}`,
			value: String(q.estimate_id),
		})),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
