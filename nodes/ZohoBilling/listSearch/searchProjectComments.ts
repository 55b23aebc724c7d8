import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chosenProject, joinLabel, zohoPicker } from '../shared/projectsExpenses';

/** Comment picker: the comments of the project chosen in the node. */
export async function searchProjectComments(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const projectId = chosenProject(this);
	const short = (text: unknown) => {
		const t = String(text ?? '');
		return t.length > 60 ? `${t.slice(0, 60)}…` : t;
	};
	return await zohoPicker(
		this,
		{ path: '/projects/{projectId}/comments', rootKey: 'comments', params: { projectId: { value: projectId, label: 'Project' } } },
		(c) => c.comment_id,
		(c) => joinLabel(c.date, c.commented_by, short(c.description)),
		filter,
		paginationToken,
	);
}
