import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchZohoList } from '../shared/pickers';

/** Quote PDF template picker: Zoho's template list (not paged), filtered by name or ID. */
export async function searchQuoteTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/estimates/templates',
		key: 'templates',
		paged: false,
		match: (template) => [template.template_name, template.template_id],
		filter,
		toResult: (template) => ({
			name: `${String(template.template_name ?? template.template_id)}${template.template_type ? ` (${String(template.template_type)})` : ''}`,
			value: String(template.template_id),
		}),
	});
}
