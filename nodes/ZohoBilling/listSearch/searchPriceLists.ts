import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/pickers';

/** Price list picker (GET /pricebooks): filtered by name or ID. */
export async function searchPriceLists(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/pricebooks',
		key: 'pricebooks',
		match: (priceList) => [priceList.name, priceList.pricebook_id],
		filter,
		paginationToken,
		toResult: (priceList) => ({ name: `${String(priceList.name)}${statusSuffix(priceList, [priceList.currency_code])}`, value: String(priceList.pricebook_id) }),
	});
}
