import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { moneyLabel, pickerName } from '../../shared/output';
import type { HyperazeEndpoint } from '../shared/endpoints';
import { ENDPOINTS } from '../shared/endpoints';
import { hyperazeApiRequest } from '../shared/transport';

/**
 * The record pickers' searches: Hyperaze's whole list (it documents no search), narrowed here to
 * the records whose searched fields contain the text typed. Every name tells its record apart:
 * by a value unique to it (a link, a license key) or by its ID.
 */

async function search(
	context: ILoadOptionsFunctions,
	endpoint: HyperazeEndpoint,
	filter: string | undefined,
	searched: (record: IDataObject) => unknown[],
	name: (record: IDataObject) => string,
	url?: (record: IDataObject) => string | undefined,
): Promise<INodeListSearchResult> {
	const records = await hyperazeApiRequest(context, endpoint.path);
	const needle = (filter ?? '').trim().toLowerCase();
	return {
		results: records
			.filter((record) => !needle || searched(record).map((value) => String(value ?? '')).join(' ').toLowerCase().includes(needle))
			.map((record) => ({ name: name(record), value: String(record.id), ...(url?.(record) ? { url: url(record) } : {}) })),
	};
}

const emailOf = (record: IDataObject): unknown => record.customer_email ?? record.email ?? '';

/** Checkout links by ID or link; the name is the link (the ID when there is none). */
export async function searchCheckouts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(
		this,
		ENDPOINTS.checkoutList,
		filter,
		(c) => [c.id, c.link],
		(c) => `${String(c.link ?? c.id)}${c.active === false ? ' (inactive)' : ''}`,
		(c) => (typeof c.link === 'string' ? c.link : undefined),
	);
}

/** Memberships by license key, buyer e-mail or ID; the name shows the key, the buyer and the status. */
export async function searchMemberships(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(
		this,
		ENDPOINTS.membershipList,
		filter,
		(m) => [m.id, m.license_key, emailOf(m)],
		(m) => pickerName([m.license_key ?? m.id, emailOf(m)].filter((part) => part !== '' && part !== undefined && part !== null).map(String).join(' – '), m.status),
	);
}

/** Payments by ID, buyer e-mail or membership; the name shows amount, buyer, date and the ID. */
export async function searchPayments(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(
		this,
		ENDPOINTS.paymentList,
		filter,
		(p) => [p.id, emailOf(p), p.membership_id],
		(p) => {
			const date = typeof p.created_date === 'string' ? p.created_date.slice(0, 10) : '';
			const words = [moneyLabel(p.amount, p.currency), emailOf(p), date].filter((part) => part !== '' && part !== undefined && part !== null).map(String);
			return pickerName(words.join(' – '), undefined, p.id);
		},
	);
}

/** Pricing plans by name or ID; the name shows the price and the ID (plans of different products may share a name). */
export async function searchPlans(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(
		this,
		ENDPOINTS.planList,
		filter,
		(p) => [p.id, p.name],
		(p) => {
			const price = moneyLabel(p.price, p.currency);
			return pickerName(price ? `${String(p.name ?? '')}: ${price}`.replace(/^: /, '') : p.name, undefined, p.id);
		},
	);
}

/** Products by name or ID; the name and the ID. */
export async function searchProducts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, ENDPOINTS.productList, filter, (p) => [p.id, p.name], (p) => pickerName(p.name, undefined, p.id));
}
