import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { zohoApiRequest } from '../shared/transport';

/** Quote PDF template picker: Zoho's template list (not paged), filtered on our side by name or ID. */
export async function searchQuoteTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await zohoApiRequest(this, 'GET', '/estimates/templates');
	const needle = (filter ?? '').trim().toLowerCase();
	const all = Array.isArray(body.templates) ? (body.templates as IDataObject[]) : [];
	const templates = all.filter(
		(t) => !needle || [t.template_name, t.template_id].some((v) => String(v ?? '').toLowerCase().includes(needle)),
	);
	return {
		results: templates.map((t) => ({
			name: `${String(t.template_name ?? t.template_id)}${t.template_type ? ` (${String(t.template_type)})` : ''}`,
			value: String(t.template_id),
		})),
	};
}
