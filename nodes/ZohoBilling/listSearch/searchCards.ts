import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ZOHO_ID, zohoApiRequest } from '../shared/transport';
import { selectedCustomerId } from './searchContactPersons';

/** Card picker: the active credit cards of the customer chosen in the node. */
export async function searchCards(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const customerId = selectedCustomerId(this);
	if (!customerId) return { results: [] };
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(
		this,
		'GET',
		'/customers/{customerId}/cards',
		{ page, per_page: 200 },
		{ customerId: { value: customerId, label: 'Customer', pattern: ZOHO_ID } },
	);
	const needle = (filter ?? '').trim().toLowerCase();
	const cards = ((body.cards as IDataObject[]) ?? []).map((c) => ({
		name: `•••• ${String(c.last_four_digits ?? '????')} (expires ${String(c.expiry_month ?? '?')}/${String(c.expiry_year ?? '?')}${c.payment_gateway ? `, ${String(c.payment_gateway)}` : ''})`,
		value: String(c.card_id),
	}));
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: cards.filter((c) => !needle || c.name.toLowerCase().includes(needle) || c.value.includes(needle)),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
