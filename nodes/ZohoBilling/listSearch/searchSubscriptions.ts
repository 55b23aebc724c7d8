import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { zohoApiRequest } from '../shared/transport';

/**
 * Subscription picker: one Zoho page (200) per call, filtered on our side by customer, plan,
 * subscription name, number, reference or ID. Shown as "Customer – Plan (status)".
 */
export async function searchSubscriptions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(this, 'GET', '/subscriptions', { page, per_page: 200 });
	const needle = (filter ?? '').trim().toLowerCase();
	const text = (s: IDataObject) =>
		[s.customer_name, s.email, s.plan_name, s.plan_code, s.name, s.subscription_number, s.reference_id, s.subscription_id]
			.filter((v) => v !== undefined && v !== null && v !== '')
			.map((v) => String(v).toLowerCase())
			.join(' ');
	const subscriptions = ((body.subscriptions as IDataObject[]) ?? []).filter((s) => !needle || text(s).includes(needle));
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: subscriptions.map((s) => {
			const who = s.customer_name ?? s.email ?? s.subscription_id;
			const what = s.plan_name ?? s.name ?? s.plan_code;
			return {
				name: `${String(who)}${what ? ` – ${String(what)}` : ''}${s.status ? ` (${String(s.status)})` : ''}`,
				value: String(s.subscription_id),
			};
		}),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
