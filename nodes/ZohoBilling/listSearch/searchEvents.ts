import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { EVENT_TYPES } from '../shared/events';
import { searchZohoList } from '../shared/pickers';

const typeName = (value: unknown) => EVENT_TYPES.find((t) => t.value === value)?.name ?? String(value ?? 'event');

/** Event picker: filtered by type, time or ID. */
export async function searchEvents(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchZohoList(this, {
		path: '/events',
		key: 'events',
		match: (event) => [event.event_type, typeName(event.event_type), event.event_time, event.event_id],
		filter,
		paginationToken,
		toResult: (event) => ({ name: `${typeName(event.event_type)} — ${String(event.event_time ?? '')}`, value: String(event.event_id) }),
	});
}
