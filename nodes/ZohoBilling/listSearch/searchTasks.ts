import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchProjectList } from '../shared/pickers';

/** Task picker: the tasks of the project chosen in the node. */
export async function searchTasks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchProjectList(this, 'tasks', {
		filter,
		paginationToken,
		toResult: (task) => ({ name: String(task.task_name ?? task.task_id), value: String(task.task_id) }),
	});
}
