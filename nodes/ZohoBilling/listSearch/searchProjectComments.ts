import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, searchProjectList, shortText } from '../shared/pickers';

/** Comment picker: the comments of the project chosen in the node. */
export async function searchProjectComments(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchProjectList(this, 'comments', {
		filter,
		paginationToken,
		toResult: (comment) => ({ name: joinLabel(comment.date, comment.commented_by, shortText(comment.description)), value: String(comment.comment_id) }),
	});
}
