import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ENDPOINTS } from '../shared/endpoints';
import { hyperazeApiRequest } from '../shared/transport';

export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const products = await hyperazeApiRequest(this, ENDPOINTS.productList.path);
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: products
			.filter((p) => !needle || `${String(p.id)} ${String(p.name ?? '')}`.toLowerCase().includes(needle))
			.map((p) => ({ name: String(p.name ?? p.id), value: String(p.id) })),
	};
}
