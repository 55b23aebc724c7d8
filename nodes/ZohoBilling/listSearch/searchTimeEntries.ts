import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, zohoPicker } from '../shared/projectsExpenses';

/** Time entry picker: date, project / task, time logged and user. */
export async function searchTimeEntries(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await zohoPicker(
		this,
		{ path: '/projects/timeentries', rootKey: 'time_entries' },
		(t) => t.time_entry_id,
		(t) => joinLabel(t.log_date, joinLabel(t.project_name, t.task_name).replace(' · ', ' / '), t.log_time, t.user_name),
		filter,
		paginationToken,
	);
}
