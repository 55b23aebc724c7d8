import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/catalog';

/** Add-on picker: one Zoho page (200) per call, filtered by name or add-on code on our side; the value is the add-on code. */
export async function searchAddons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/addons',
		key: 'addons',
		match: ['name', 'addon_code'],
		filter,
		paginationToken,
		toResult: (addon) => ({
			name: `${String(addon.name)}${statusSuffix(addon, [String(addon.addon_code)])}`,
			value: String(addon.addon_code),
		}),
	});
}
