import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ENDPOINTS } from '../shared/endpoints';
import { hyperazeApiRequest } from '../shared/transport';

/** Memberships by license key, buyer e-mail or ID; the name shows the key, the buyer and the status. */
export async function searchMemberships(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const memberships = await hyperazeApiRequest(this, ENDPOINTS.membershipList.path);
	const needle = (filter ?? '').trim().toLowerCase();
	const email = (m: Record<string, unknown>) => m.customer_email ?? m.email ?? '';
	return {
		results: memberships
			.filter(
				(m) =>
					!needle ||
					`${String(m.id)} ${String(m.license_key ?? '')} ${String(email(m))}`.toLowerCase().includes(needle),
			)
			.map((m) => {
				const parts = [m.license_key ?? m.id, email(m)].filter((part) => part !== '' && part !== undefined && part !== null);
				const status = m.status ? ` (${String(m.status)})` : '';
				return { name: `${parts.map(String).join(' – ')}${status}`, value: String(m.id) };
			}),
	};
}
