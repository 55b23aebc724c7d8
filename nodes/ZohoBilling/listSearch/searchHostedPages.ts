import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList } from '../shared/pickers';

const ACTIONS: Record<string, string> = {
	new_subscription: 'New subscription',
	update_subscription: 'Update subscription',
	update_card: 'Update card',
	one_time_addon: 'One-time add-on',
};

const actionOf = (page: IDataObject) => ACTIONS[String(page.action)] ?? String(page.action ?? 'Hosted page');

/** Hosted page picker: filtered by action, status or ID; shown as "Action – status – created time". */
export async function searchHostedPages(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/hostedpages',
		key: 'hosted_pages',
		match: (page) => [actionOf(page), page.action, page.status, page.hostedpage_id],
		filter,
		paginationToken,
		toResult: (page) => ({
			name: [actionOf(page), page.status, page.created_time].filter((v) => v).map(String).join(' – '),
			value: String(page.hostedpage_id),
			url: typeof page.url === 'string' ? page.url : undefined,
		}),
	});
}
