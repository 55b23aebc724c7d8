import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { zohoApiRequest } from '../shared/transport';

/** Product picker: one Zoho page (200) per call, filtered by name or ID on our side. */
export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(this, 'GET', '/products', { page, per_page: 200 });
	const needle = (filter ?? '').trim().toLowerCase();
	const products = ((body.products as IDataObject[]) ?? []).filter(
		(p) =>
			!needle ||
			String(p.name ?? '').toLowerCase().includes(needle) ||
			String(p.product_id ?? '').includes(needle),
	);
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: products.map((p) => ({
			name: `${String(p.name)}${p.status === 'inactive' ? ' (inactive)' : ''}`,
			value: String(p.product_id),
		})),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
