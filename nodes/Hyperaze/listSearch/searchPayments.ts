import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ENDPOINTS } from '../shared/endpoints';
import { hyperazeApiRequest } from '../shared/transport';

/** Payments by ID, buyer e-mail or membership; the name shows amount, currency, buyer and date. */
export async function searchPayments(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const payments = await hyperazeApiRequest(this, ENDPOINTS.paymentList.path);
	const needle = (filter ?? '').trim().toLowerCase();
	const email = (p: Record<string, unknown>) => p.customer_email ?? p.email ?? '';
	return {
		results: payments
			.filter(
				(p) =>
					!needle ||
					`${String(p.id)} ${String(email(p))} ${String(p.membership_id ?? '')}`.toLowerCase().includes(needle),
			)
			.map((p) => {
				const amount = p.amount !== undefined ? `${String(p.amount)} ${String(p.currency ?? '')}`.trim() : '';
				const date = typeof p.created_date === 'string' ? p.created_date.slice(0, 10) : '';
				const parts = [amount, email(p), date].filter((part) => part !== '' && part !== undefined && part !== null);
				return { name: parts.length ? `${parts.map(String).join(' – ')} (${String(p.id)})` : String(p.id), value: String(p.id) };
			}),
	};
}
