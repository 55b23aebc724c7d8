import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, searchZohoList } from '../shared/pickers';

/** Organization picker: the organizations of the connected user (asked without an organization header). */
export async function searchOrganizations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/organizations',
		key: 'organizations',
		filter,
		paginationToken,
		toResult: (organization) => ({
			name: `${joinLabel(organization.name, organization.currency_code)}${organization.is_default_org === true ? ' (default)' : ''}`,
			value: String(organization.organization_id),
		}),
	});
}
