import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { cardLabel, searchCustomerList } from '../shared/pickers';

/** Card picker: the active credit cards of the customer chosen in the node. */
export async function searchCards(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchCustomerList(this, { path: 'cards', key: 'cards' }, {
		filter,
		paginationToken,
		toResult: (card) => ({ name: cardLabel(card, [card.payment_gateway]), value: String(card.card_id) }),
	});
}
