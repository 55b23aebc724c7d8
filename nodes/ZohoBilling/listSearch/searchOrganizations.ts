import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, zohoPicker } from '../shared/projectsExpenses';

/** Organization picker: the organizations of the connected user (asked without an organization header). */
export async function searchOrganizations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await zohoPicker(
		this,
		{ path: '/organizations', rootKey: 'organizations' },
		(o) => o.organization_id,
		(o) => `${joinLabel(o.name, o.currency_code)}${o.is_default_org === true ? ' (default)' : ''}`,
		filter,
		paginationToken,
	);
}
