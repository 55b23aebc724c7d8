import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList, statusSuffix } from '../shared/catalog';

/** Plan picker: one Zoho page (200) per call, filtered by name or plan code on our side; the value is the plan code. */
export async function searchPlans(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/plans',
		key: 'plans',
		match: ['name', 'plan_code'],
		filter,
		paginationToken,
		toResult: (plan) => ({
			name: `${String(plan.name)}${statusSuffix(plan, [String(plan.plan_code)])}`,
			value: String(plan.plan_code),
		}),
	});
}
