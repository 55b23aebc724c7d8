import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ZOHO_ID, zohoApiRequest } from '../shared/transport';

/**
 * Comment picker for the quote chosen in the same node (its "Quote" field): the quote's comments
 * and history entries, filtered on our side by text, author or ID.
 */
export async function searchQuoteComments(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const quoteId = this.getCurrentNodeParameter('quoteId', { extractValue: true }) as unknown;
	if (quoteId === undefined || quoteId === null || String(quoteId).trim() === '') {
		throw new NodeOperationError(this.getNode(), 'Choose the quote first: its comments are listed here');
	}
	const body = await zohoApiRequest(this, 'GET', '/estimates/{quoteId}/comments', {}, {
		quoteId: { value: quoteId, label: 'Quote', pattern: ZOHO_ID },
	});
	const needle = (filter ?? '').trim().toLowerCase();
	const all = Array.isArray(body.comments) ? (body.comments as IDataObject[]) : [];
	const comments = all.filter(
		(c) =>
			!needle ||
			[c.description, c.commented_by, c.comment_id].some((v) => String(v ?? '').toLowerCase().includes(needle)),
	);
	const text = (c: IDataObject) => {
		const description = String(c.description ?? '').replace(/\s+/g, ' ').trim();
		return description.length > 60 ? `${description.slice(0, 60)}…` : description;
	};
	return {
		results: comments.map((c) => ({
			name: `${text(c) || String(c.comment_id)}${c.commented_by ? ` – ${String(c.commented_by)}` : ''}${c.date ? ` (${String(c.date)})` : ''}`,
			value: String(c.comment_id),
		})),
	};
}
