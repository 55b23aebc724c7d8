import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { moneyLabel, pickerName } from '../../shared/output';
import { jfwApiRequest } from '../shared/transport';

/**
 * The record pickers' searches. Every name tells its record apart: by the record's unique code
 * where it has one, otherwise (or when the code is missing) by its ID.
 */

const hasCode = (record: IDataObject): boolean => record.code !== undefined && record.code !== null && String(record.code).trim() !== '';

/** "<name> (<code>)", or "<name> · <ID>" when the record has no code. */
const nameAndCode = (record: IDataObject): string => pickerName(record.name, record.code, hasCode(record) ? undefined : record.id);

/** "<code>: <amount> <currency> (<status>)", or the ID in place of a missing code. */
const codeAmountStatus = (record: IDataObject, amount: unknown, currency: unknown): string => {
	const money = moneyLabel(amount, currency);
	const code = hasCode(record) ? String(record.code) : String(record.id);
	return pickerName(money ? `${code}: ${money}` : code, record.status);
};

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
			.map((p) => ({ name: nameAndCode(p), value: String(p.id) })),
	};
}

export async function searchSubscriptionTypes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const types = asList(await jfwApiRequest(this, '/v1/subscription-types'));
	return {
		results: types
			.filter((t) => matches(filter, t.name, t.unit, t.id))
			.map((t) => ({ name: pickerName(t.name, t.unit ? `${String(t.quantity ?? 1)} ${String(t.unit)}` : undefined, t.id), value: String(t.id) })),
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
			.map((p) => {
				const words = [p.name, moneyLabel(p.amount, p.currency)].filter((part) => part !== undefined && part !== null && part !== '').map(String);
				return { name: pickerName(words.join(': '), p.packageName, p.id), value: String(p.id) };
			}),
	};
}

/** The wallets of the user behind the credential (a plain list). */
export async function searchWallets(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const wallets = asList(await jfwApiRequest(this, '/v1/wallets'));
	return {
		results: wallets
			.filter((w) => matches(filter, w.code, w.currencyCode, w.id, w.tags))
			.map((w) => {
				const balance = w.displayAmount ?? moneyLabel(w.amount, w.currencyCode);
				const wallet = `${String(w.currencyCode ?? '')} wallet ${String(hasCode(w) ? w.code : w.id)}`.trim();
				return { name: balance ? `${wallet}: ${String(balance)}` : wallet, value: String(w.id) };
			}),
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
	return await searchPaged(this, '/v1/licenses', filter, paginationToken, (l) => pickerName(hasCode(l) ? l.code : l.id, l.status));
}

export async function searchCoupons(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(this, '/v1/coupons', filter, paginationToken, nameAndCode);
}

export async function searchFeatures(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(this, '/v1/features', filter, paginationToken, nameAndCode);
}

export async function searchPayments(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(
		this,
		'/v1/payments',
		filter,
		paginationToken,
		(p) => codeAmountStatus(p, p.amountGross ?? p.amount, p.currencyCode),
	);
}

export async function searchInvoices(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchPaged(
		this,
		'/v1/invoices',
		filter,
		paginationToken,
		(i) => codeAmountStatus(i, i.totalAmount, i.currencyCode),
	);
}
