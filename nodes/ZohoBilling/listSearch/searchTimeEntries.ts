import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, searchZohoList } from '../shared/pickers';

/** Time entry picker: date, project / task, time logged and user. */
export async function searchTimeEntries(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/projects/timeentries',
		key: 'time_entries',
		filter,
		paginationToken,
		toResult: (entry) => ({
			name: joinLabel(entry.log_date, joinLabel(entry.project_name, entry.task_name).replace(' · ', ' / '), entry.log_time, entry.user_name),
			value: String(entry.time_entry_id),
		}),
	});
}
