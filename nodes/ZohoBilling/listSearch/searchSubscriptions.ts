import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList } from '../shared/pickers';

/**
 * Subscription picker: filtered by customer, plan, subscription name, number, reference or ID;
 * shown as "Customer – Plan (status)".
 */
export async function searchSubscriptions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/subscriptions',
		key: 'subscriptions',
		match: (s) => [s.customer_name, s.email, s.plan_name, s.plan_code, s.name, s.subscription_number, s.reference_id, s.subscription_id],
		filter,
		paginationToken,
		toResult: (s) => {
			const who = s.customer_name ?? s.email ?? s.subscription_id;
			const what = s.plan_name ?? s.name ?? s.plan_code;
			return { name: `${String(who)}${what ? ` – ${String(what)}` : ''}${s.status ? ` (${String(s.status)})` : ''}`, value: String(s.subscription_id) };
		},
	});
}
