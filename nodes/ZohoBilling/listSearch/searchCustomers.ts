import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { zohoApiRequest } from '../shared/transport';

/**
 * Customer picker: one Zoho page (200) per call, filtered on our side by display name, company,
 * email or ID (Zoho documents no search parameter for the customer list).
 */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(this, 'GET', '/customers', { page, per_page: 200 });
	const needle = (filter ?? '').trim().toLowerCase();
	const customers = ((body.customers as IDataObject[]) ?? []).filter(
		(c) =>
			!needle ||
			[c.display_name, c.company_name, c.email, c.customer_id].some((v) => String(v ?? '').toLowerCase().includes(needle)),
	);
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: customers.map((c) => ({
			name: `${String(c.display_name)}${c.email ? ` <${String(c.email)}>` : ''}${c.status === 'inactive' ? ' (inactive)' : ''}`,
			value: String(c.customer_id),
		})),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
