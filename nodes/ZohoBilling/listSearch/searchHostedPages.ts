import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { zohoApiRequest } from '../shared/transport';

const ACTIONS: Record<string, string> = {
	new_subscription: 'New subscription',
	update_subscription: 'Update subscription',
	update_card: 'Update card',
	one_time_addon: 'One-time add-on',
};

/**
 * Hosted page picker: one Zoho page (200) per call, filtered on our side by action, status or ID.
 * Shown as "Action – status – created time".
 */
export async function searchHostedPages(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(this, 'GET', '/hostedpages', { page, per_page: 200 });
	const needle = (filter ?? '').trim().toLowerCase();
	const label = (p: IDataObject) => ACTIONS[String(p.action)] ?? String(p.action ?? 'Hosted page');
	const pages = ((body.hosted_pages as IDataObject[]) ?? []).filter(
		(p) =>
			!needle ||
			[label(p), p.action, p.status, p.hostedpage_id].some((v) => String(v ?? '').toLowerCase().includes(needle)),
	);
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: pages.map((p) => ({
			name: [label(p), p.status, p.created_time].filter((v) => v).map(String).join(' – '),
			value: String(p.hostedpage_id),
			url: typeof p.url === 'string' ? p.url : undefined,
		})),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
