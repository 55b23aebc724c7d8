import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { EVENT_TYPES } from '../shared/events';
import { zohoApiRequest } from '../shared/transport';

const typeName = (value: unknown) => EVENT_TYPES.find((t) => t.value === value)?.name ?? String(value ?? 'event');

/** Event picker: one Zoho page (200) per call, filtered on our side by type, time or ID. */
export async function searchEvents(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(this, 'GET', '/events', { page, per_page: 200 });
	const needle = (filter ?? '').trim().toLowerCase();
	const events = ((body.events as IDataObject[]) ?? []).filter(
		(e) =>
			!needle ||
			[e.event_type, typeName(e.event_type), e.event_time, e.event_id].some((v) => String(v ?? '').toLowerCase().includes(needle)),
	);
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: events.map((e) => ({
			name: `${typeName(e.event_type)} — ${String(e.event_time ?? '')}`,
			value: String(e.event_id),
		})),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}
