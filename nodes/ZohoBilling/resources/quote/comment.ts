import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/descriptions';

/** The comment picker: the comments of the quote chosen in the same node. */
export const quoteCommentId = (operations: string[]): INodeProperties =>
	recordLocator({
		name: 'commentId',
		displayName: 'Comment',
		resource: 'quote',
		operations,
		searchListMethod: 'searchQuoteComments',
		idPlaceholder: '982000000567019',
		description: 'The comment: pick it from the quote\'s comments (choose the quote first) or enter its ID',
	});
