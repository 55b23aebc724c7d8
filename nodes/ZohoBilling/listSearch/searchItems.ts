import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/pickers';

/** Item picker: active and inactive items (Zoho lists only active ones by default), filtered by name, SKU or ID. */
export async function searchItems(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/items',
		key: 'items',
		qs: { filter_by: 'Status.All' },
		match: (item) => [item.name, item.sku, item.item_id],
		filter,
		paginationToken,
		toResult: (item) => ({ name: `${String(item.name)}${statusSuffix(item)}`, value: String(item.item_id) }),
	});
}
