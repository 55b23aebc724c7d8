import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { jfwApiRequest } from '../shared/transport';

function matches(filter: string | undefined, ...values: unknown[]): boolean {
	const needle = (filter ?? '').trim().toLowerCase();
	return !needle || values.some((v) => String(v ?? '').toLowerCase().includes(needle));
}

function asList(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	const items = (data as IDataObject | undefined)?.items;
	return Array.isArray(items) ? (items as IDataObject[]) : [];
}

export async function searchPackages(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const packages = asList(await jfwApiRequest(this, '/v1/packages'));
	return {
		results: packages
			.filter((p) => matches(filter, p.name, p.code, p.id))
			.map((p) => ({ name: `${String(p.name)} (${String(p.code)})`, value: String(p.id) })),
	};
}

export async function searchSubscriptionTypes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const types = asList(await jfwApiRequest(this, '/v1/subscription-types'));
	return {
		results: types
			.filter((t) => matches(filter, t.name, t.unit, t.id))
			.map((t) => ({ name: `${String(t.name)}${t.unit ? ` (${String(t.quantity ?? 1)} ${String(t.unit)})` : ''}`, value: String(t.id) })),
	};
}

/** Prices, narrowed to the package chosen in the same node when there is one. */
export async function searchPrices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	let packageId: unknown;
	try {
		packageId = this.getCurrentNodeParameter('packageId', { extractValue: true });
	} catch {
		packageId = undefined;
	}
	const qs: IDataObject = typeof packageId === 'string' && packageId ? { packageId } : {};
	const prices = asList(await jfwApiRequest(this, '/v1/prices', qs));
	return {
		results: prices
			.filter((p) => matches(filter, p.name, p.code, p.id, p.packageName))
			.map((p) => ({
				name: `${String(p.name)}: ${String(p.amount)} ${String(p.currency)}${p.packageName ? ` (${String(p.packageName)})` : ''}`,
				value: String(p.id),
			})),
	};
}

/** The wallets of the user behind the credential (a plain list). */
export async function searchWallets(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const wallets = asList(await jfwApiRequest(this, '/v1/wallets'));
	return {
		results: wallets
			.filter((w) => matches(filter, w.code, w.currencyCode, w.id, w.tags))
			.map((w) => ({
				name: `${String(w.currencyCode ?? '')} wallet ${String(w.code ?? w.id)}: ${String(w.displayAmount ?? w.amount ?? '')}`.trim(),
				value: String(w.id),
			})),
	};
}

const SEARCH_PAGE_SIZE = 50;

/**
 * A page of a paged JFramework list, searched with its `keywords` filter; the page number is the
 * pagination token, so the picker loads more as the user scrolls.
 */
async function searchPaged(
	context: ILoadOptionsFunctions,
	path: string,
	filter: string | undefined,
	paginationToken: string | undefined,
	label: (record: IDataObject) => string,
): Promise<INodeListSearchResult> {
	const pageNumber = Number(paginationToken ?? 0) || 0;
	const qs: IDataObject = { pageNumber, pageSize: SEARCH_PAGE_SIZE };
	if (filter && filter.trim()) qs.keywords = filter.trim();
	const data = (await jfwApiRequest(context, path, qs)) as IDataObject | undefined;
	const items = asList(data);
	const total = Number(data?.totalItems);
	const more = items.length >= SEARCH_PAGE_SIZE && (!Number.isFinite(total) || (pageNumber + 1) * SEARCH_PAGE_SIZE < total);
	const results: INodeListSearchItems[] = items.map((record) => ({ name: label(record), value: String(record.id) }));
	return { results, paginationToken: more ? String(pageNumber + 1) : undefined };
}

export async function searchLicenses(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(this, '/v1/licenses', filter, paginationToken, (l) => `${String(l.code)} (${String(l.status ?? '')})`);
}

export async function searchCoupons(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(this, '/v1/coupons', filter, paginationToken, (c) => `${String(c.name)} (${String(c.code)})`);
}

export async function searchFeatures(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(this, '/v1/features', filter, paginationToken, (f) => `${String(f.name)} (${String(f.code)})`);
}

export async function searchPayments(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(
		this,
		'/v1/payments',
		filter,
		paginationToken,
		(p) => `${String(p.code)}: ${String(p.amountGross ?? p.amount ?? '')} ${String(p.currencyCode ?? '')} (${String(p.status ?? '')})`,
	);
}

export async function searchInvoices(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(
		this,
		'/v1/invoices',
		filter,
		paginationToken,
		(i) => `${String(i.code)}: ${String(i.totalAmount ?? '')} ${String(i.currencyCode ?? '')} (${String(i.status ?? '')})`,
	);
}
