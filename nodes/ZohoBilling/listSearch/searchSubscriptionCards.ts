import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ZOHO_ID, zohoApiRequest } from '../shared/transport';
import { currentSubscription } from './searchSubscriptionNotes';

/** Card picker for a subscription: the active cards of the customer of the subscription chosen in the node. */
export async function searchSubscriptionCards(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const subscription = await currentSubscription(this);
	const customerId = subscription.customer_id ?? (subscription.customer as IDataObject | undefined)?.customer_id;
	if (customerId === undefined || customerId === null || String(customerId) === '') return { results: [] };
	const body = await zohoApiRequest(
		this,
		'GET',
		'/customers/{customerId}/cards',
		{ page: 1, per_page: 200 },
		{ customerId: { value: customerId, label: 'Customer of the subscription', pattern: ZOHO_ID } },
	);
	const needle = (filter ?? '').trim().toLowerCase();
	const current = (subscription.card as IDataObject | undefined)?.card_id;
	const cards = ((body.cards as IDataObject[]) ?? []).map((c) => ({
		name: `•••• ${String(c.last_four_digits ?? '????')} (expires ${String(c.expiry_month ?? '?')}/${String(c.expiry_year ?? '?')}${
			String(c.card_id) === String(current) ? ', current' : ''
		})`,
		value: String(c.card_id),
	}));
	return { results: cards.filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.value.includes(needle)) };
}
