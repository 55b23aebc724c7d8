import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

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
	const packages = asList(await jfwApiRequest.call(this, '/v1/packages'));
	return {
		results: packages
			.filter((p) => matches(filter, p.name, p.code, p.id))
			.map((p) => ({ name: `${String(p.name)} (${String(p.code)})`, value: String(p.id) })),
	};
}

export async function searchSubscriptionTypes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const types = asList(await jfwApiRequest.call(this, '/v1/subscription-types'));
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
	const prices = asList(await jfwApiRequest.call(this, '/v1/prices', qs));
	return {
		results: prices
			.filter((p) => matches(filter, p.name, p.code, p.id, p.packageName))
			.map((p) => ({
				name: `${String(p.name)}: ${String(p.amount)} ${String(p.currency)}${p.packageName ? ` (${String(p.packageName)})` : ''}`,
				value: String(p.id),
			})),
	};
}
