import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList } from '../shared/pickers';

/** Product picker: filtered by name or ID. */
export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/products',
		key: 'products',
		match: (product) => [product.name, product.product_id],
		filter,
		paginationToken,
		toResult: (product) => ({ name: `${String(product.name)}${product.status === 'inactive' ? ' (inactive)' : ''}`, value: String(product.product_id) }),
	});
}
