import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ZOHO_ID } from '../shared/transport';
import { chosenQuote, searchZohoList, shortText } from '../shared/pickers';

/**
 * Comment picker for the quote chosen in the same node (its "Quote" field): the quote's comments
 * and history entries (a list Zoho does not page), filtered by text, author or ID.
 */
export async function searchQuoteComments(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const quoteId = chosenQuote(this);
	return await searchZohoList(this, {
		path: '/estimates/{quoteId}/comments',
		params: { quoteId: { value: quoteId, label: 'Quote', pattern: ZOHO_ID } },
		key: 'comments',
		paged: false,
		match: (comment) => [comment.description, comment.commented_by, comment.comment_id],
		filter,
		toResult: (comment) => ({
			name: `${shortText(comment.description) || String(comment.comment_id)}${comment.commented_by ? ` – ${String(comment.commented_by)}` : ''}${comment.date ? ` (${String(comment.date)})` : ''}`,
			value: String(comment.comment_id),
		}),
	});
}
