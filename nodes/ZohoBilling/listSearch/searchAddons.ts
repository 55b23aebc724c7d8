import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/pickers';

/** Add-on picker: filtered by name or add-on code; the value is the add-on code. */
export async function searchAddons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/addons',
		key: 'addons',
		match: (addon) => [addon.name, addon.addon_code],
		filter,
		paginationToken,
		toResult: (addon) => ({ name: `${String(addon.name)}${statusSuffix(addon, [addon.addon_code])}`, value: String(addon.addon_code) }),
	});
}
