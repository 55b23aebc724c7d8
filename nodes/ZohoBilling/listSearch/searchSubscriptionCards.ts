import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ZOHO_ID } from '../shared/transport';
import { cardLabel, currentSubscription, searchZohoList } from '../shared/pickers';

/** Card picker for a subscription: the active cards of the customer of the subscription chosen in the node. */
export async function searchSubscriptionCards(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const subscription = await currentSubscription(this);
	const customerId = subscription.customer_id ?? (subscription.customer as IDataObject | undefined)?.customer_id;
	if (customerId === undefined || customerId === null || String(customerId) === '') return { results: [] };
	const current = (subscription.card as IDataObject | undefined)?.card_id;
	return await searchZohoList(this, {
		path: '/customers/{customerId}/cards',
		params: { customerId: { value: customerId, label: 'Customer of the subscription', pattern: ZOHO_ID } },
		key: 'cards',
		filter,
		paginationToken,
		toResult: (card) => ({ name: cardLabel(card, [String(card.card_id) === String(current) ? 'current' : undefined]), value: String(card.card_id) }),
	});
}
