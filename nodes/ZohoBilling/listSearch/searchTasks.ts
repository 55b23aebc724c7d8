import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chosenProject, zohoPicker } from '../shared/projectsExpenses';

/** Task picker: the tasks of the project chosen in the node. */
export async function searchTasks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const projectId = chosenProject(this);
	return await zohoPicker(
		this,
		{ path: '/projects/{projectId}/tasks', rootKey: 'tasks', params: { projectId: { value: projectId, label: 'Project' } } },
		(t) => t.task_id,
		(t) => String(t.task_name ?? t.task_id),
		filter,
		paginationToken,
	);
}
