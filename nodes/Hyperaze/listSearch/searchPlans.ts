import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ENDPOINTS } from '../shared/endpoints';
import { hyperazeApiRequest } from '../shared/transport';

export async function searchPlans(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const plans = await hyperazeApiRequest(this, ENDPOINTS.planList.path);
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: plans
			.filter((p) => !needle || `${String(p.id)} ${String(p.name ?? '')}`.toLowerCase().includes(needle))
			.map((p) => ({
				name: p.price !== undefined ? `${String(p.name ?? p.id)} (${String(p.price)} ${String(p.currency ?? '')})`.trim() : String(p.name ?? p.id),
				value: String(p.id),
			})),
	};
}
