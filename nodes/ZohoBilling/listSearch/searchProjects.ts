import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, zohoPicker } from '../shared/projectsExpenses';

/** Project picker: project name and customer, inactive ones marked. */
export async function searchProjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await zohoPicker(
		this,
		{ path: '/projects', rootKey: 'projects' },
		(p) => p.project_id,
		(p) => `${joinLabel(p.project_name, p.customer_name)}${p.status === 'inactive' ? ' (inactive)' : ''}`,
		filter,
		paginationToken,
	);
}
