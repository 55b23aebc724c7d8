import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { ZOHO_ID, zohoApiRequest } from '../shared/transport';

/** The customer chosen in the node (the contact person and card pickers list that customer's records). */
export function selectedCustomerId(context: ILoadOptionsFunctions): string {
	let value: unknown;
	try {
		value = context.getCurrentNodeParameter('customerId', { extractValue: true });
	} catch {
		value = undefined;
	}
	if (value && typeof value === 'object') value = (value as IDataObject).value;
	return value === undefined || value === null ? '' : String(value).trim();
}

/** Contact person picker: the contact persons of the customer chosen in the node, filtered by name or email. */
export async function searchContactPersons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const customerId = selectedCustomerId(this);
	if (!customerId) return { results: [] };
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(
		this,
		'GET',
		'/customers/{customerId}/contactpersons',
		{ page, per_page: 200 },
		{ customerId: { value: customerId, label: 'Customer', pattern: ZOHO_ID } },
	);
	const needle = (filter ?? '').trim().toLowerCase();
	const people = ((body.contact_persons as IDataObject[]) ?? []).filter(
		(p) =>
			!needle ||
			[p.first_name, p.last_name, p.email, p.contactperson_id].some((v) => String(v ?? '').toLowerCase().includes(needle)),
	);
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: people.map((p) => {
			const name = [p.first_name, p.last_name].filter((v) => v).join(' ');
			return {
				name: name ? `${name} <${String(p.email ?? '')}>` : String(p.email ?? p.contactperson_id),
				value: String(p.contactperson_id),
			};
		}),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
