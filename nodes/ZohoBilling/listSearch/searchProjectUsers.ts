import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chosenProject, joinLabel, zohoPicker } from '../shared/projectsExpenses';

/** Project user picker: the users of the project chosen in the node. */
export async function searchProjectUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const projectId = chosenProject(this);
	return await zohoPicker(
		this,
		{ path: '/projects/{projectId}/users', rootKey: 'users', params: { projectId: { value: projectId, label: 'Project' } } },
		(u) => u.user_id,
		(u) => joinLabel(u.user_name, u.email, u.user_role),
		filter,
		paginationToken,
	);
}
