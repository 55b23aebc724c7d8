import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/pickers';

/** Plan picker: filtered by name or plan code; the value is the plan code. */
export async function searchPlans(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/plans',
		key: 'plans',
		match: (plan) => [plan.name, plan.plan_code],
		filter,
		paginationToken,
		toResult: (plan) => ({ name: `${String(plan.name)}${statusSuffix(plan, [plan.plan_code])}`, value: String(plan.plan_code) }),
	});
}
