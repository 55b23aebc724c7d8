import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList } from '../shared/pickers';

/** Zoho's list records carry the number as `number` (the invoice record itself as `invoice_number`): both are read. */
const numberOf = (invoice: IDataObject) => invoice.invoice_number ?? invoice.number ?? invoice.invoice_id;

/** Invoice picker: filtered by invoice number, customer, reference, status or ID; shown as "INV-000384 – Customer (status)". */
export async function searchInvoices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/invoices',
		key: 'invoices',
		match: (invoice) => [numberOf(invoice), invoice.customer_name, invoice.reference_number, invoice.status, invoice.invoice_id],
		filter,
		paginationToken,
		toResult: (invoice) => ({
			name: `${String(numberOf(invoice))}${invoice.customer_name ? ` – ${String(invoice.customer_name)}` : ''}${invoice.status ? ` (${String(invoice.status)})` : ''}`,
			value: String(invoice.invoice_id),
		}),
	});
}
