import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, searchZohoList } from '../shared/pickers';

/** Project picker: project name and customer, inactive ones marked. */
export async function searchProjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/projects',
		key: 'projects',
		filter,
		paginationToken,
		toResult: (project) => ({
			name: `${joinLabel(project.project_name, project.customer_name)}${project.status === 'inactive' ? ' (inactive)' : ''}`,
			value: String(project.project_id),
		}),
	});
}
