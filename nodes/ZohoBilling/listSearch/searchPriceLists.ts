import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/catalog';

/** Price list picker (GET /pricebooks): one Zoho page (200) per call, filtered by name or ID on our side. */
export async function searchPriceLists(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/pricebooks',
		key: 'pricebooks',
		match: ['name', 'pricebook_id'],
		filter,
		paginationToken,
		toResult: (priceList) => ({
			name: `${String(priceList.name)}${statusSuffix(priceList, [priceList.currency_code ? String(priceList.currency_code) : ''])}`,
			value: String(priceList.pricebook_id),
		}),
	});
}
