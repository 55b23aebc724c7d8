import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { joinLabel, searchProjectList } from '../shared/pickers';

/** Project user picker: the users of the project chosen in the node. */
export async function searchProjectUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchProjectList(this, 'users', {
		filter,
		paginationToken,
		toResult: (user) => ({ name: joinLabel(user.user_name, user.email, user.user_role), value: String(user.user_id) }),
	});
}
