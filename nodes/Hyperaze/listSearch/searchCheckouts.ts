import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ENDPOINTS } from '../shared/endpoints';
import { hyperazeApiRequest } from '../shared/transport';

export async function searchCheckouts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const checkouts = await hyperazeApiRequest(this, ENDPOINTS.checkoutList.path);
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: checkouts
			.filter((c) => !needle || `${String(c.id)} ${String(c.link ?? '')}`.toLowerCase().includes(needle))
			.map((c) => ({
				name: `${String(c.link ?? c.id)}${c.active === false ? ' (inactive)' : ''}`,
				value: String(c.id),
				url: typeof c.link === 'string' ? c.link : undefined,
			})),
	};
}
