import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList } from '../shared/pickers';

/** Customer picker: filtered by display name, company, email or ID (Zoho documents no search parameter for the customer list). */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/customers',
		key: 'customers',
		match: (customer) => [customer.display_name, customer.company_name, customer.email, customer.customer_id],
		filter,
		paginationToken,
		toResult: (customer) => ({
			name: `${String(customer.display_name)}${customer.email ? ` <${String(customer.email)}>` : ''}${customer.status === 'inactive' ? ' (inactive)' : ''}`,
			value: String(customer.customer_id),
		}),
	});
}
