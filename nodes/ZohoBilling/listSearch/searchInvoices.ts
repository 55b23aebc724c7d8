import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { zohoApiRequest } from '../shared/transport';

/**
 * Invoice picker: one Zoho page (200) per call, filtered on our side by invoice number, customer,
 * reference, status or ID. Shown as "INV-000384 – Customer (status)". Zoho's list records carry
 * the number as `number` (the invoice record itself as `invoice_number`): both are read.
 */
export async function searchInvoices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(this, 'GET', '/invoices', { page, per_page: 200 });
	const needle = (filter ?? '').trim().toLowerCase();
	const numberOf = (i: IDataObject) => i.invoice_number ?? i.number ?? i.invoice_id;
	const text = (i: IDataObject) =>
		[numberOf(i), i.customer_name, i.reference_number, i.status, i.invoice_id]
			.filter((v) => v !== undefined && v !== null && v !== '')
			.map((v) => String(v).toLowerCase())
			.join(' ');
	const invoices = ((body.invoices as IDataObject[]) ?? []).filter((i) => !needle || text(i).includes(needle));
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: invoices.map((i) => ({
			name: `${String(numberOf(i))}${i.customer_name ? ` – ${String(i.customer_name)}` : ''}${i.status ? ` (${String(i.status)})` : ''}`,
			value: String(i.invoice_id),
		})),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
