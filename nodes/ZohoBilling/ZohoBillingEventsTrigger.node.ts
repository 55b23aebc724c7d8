import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { providerError } from '../shared/errors';
import type { CursorKey } from '../shared/pollCursor';
import { newestFirstReachedCursor, parseTime } from '../shared/pollCursor';
import type { PollDeadlines, PollSource, PollWindow } from '../shared/pollTrigger';
import { checkTimeLeft, pollOptionsProperty, runPoll } from '../shared/pollTrigger';
import { EVENT_TYPES, presentEvent } from './shared/events';
import { CREDENTIAL_TYPE, PAGE_SIZE_MAX, zohoApiRequest } from './shared/transport';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Pages read for "Fetch Test Event" when looking for an event of the selected types. */
const TEST_EVENT_PAGES = 5;

/** yyyy-mm-dd in UTC. */
const utcDate = (time: number) => new Date(time).toISOString().slice(0, 10);

const keyOf = (event: IDataObject): CursorKey | undefined => {
	const time = parseTime(event.event_time);
	return event.event_id === undefined || time === undefined ? undefined : { id: String(event.event_id), time };
};

/** `GET /events` and `GET /events/{id}` for a poll. */
function zohoEvents(context: IPollFunctions, types: string[]): PollSource<IDataObject> {
	const get = async (path: string, qs: IDataObject, params = {}): Promise<IDataObject> =>
		await zohoApiRequest(context, 'GET', path, qs, params, 'trigger');

	/** One page of events; the type filter is sent when exactly one type is wanted, else applied here. */
	const page = async (number: number, filters: IDataObject) => {
		const qs: IDataObject = { ...filters, page: number, per_page: PAGE_SIZE_MAX };
		if (types.length === 1) qs.event_type = types[0];
		const body = await get('/events', qs);
		if (!Array.isArray(body.events)) {
			throw providerError(context.getNode(), {
				message: `Zoho Billing answered page ${number} of the events without the "events" list`,
				description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}. Nothing was emitted; the next poll reads the same events again.`,
			});
		}
		const all = body.events as IDataObject[];
		const pageContext = (body.page_context ?? {}) as IDataObject;
		// without has_more_page, only an empty page ends the list (a page may be short because Zoho
		// serves fewer per page than asked for)
		const hasMore = pageContext.has_more_page === undefined ? all.length > 0 : pageContext.has_more_page === true;
		const matching = types.length === 0 ? all : all.filter((e) => types.includes(String(e.event_type)));
		return { all, matching, hasMore: hasMore && all.length > 0 };
	};

	return {
		scope: `zoho-events:${[...types].sort().join(',')}`,
		noun: 'events',
		provider: 'Zoho Billing',
		key: keyOf,

		/**
		 * Every event of the dates from the window's start (one day earlier, whatever the
		 * organization's time zone) to tomorrow, all pages; reading stops early only when Zoho lists
		 * newest first and a page reaches events older than the window. Zoho's event log only grows,
		 * and newest first: events landing while the pages are read move the later pages back
		 * (events read twice are emitted once), never forward.
		 */
		async fetchSince(window: PollWindow, _wanted: number, deadlines: PollDeadlines) {
			const filters = {
				date_start: utcDate(window.start - DAY_MS),
				date_end: utcDate(Math.max(Date.now(), window.start) + DAY_MS),
			};
			const events: IDataObject[] = [];
			const times: number[] = [];
			for (let number = 1; ; number++) {
				const { all, matching, hasMore } = await page(number, filters);
				events.push(...matching);
				for (const event of all) {
					const time = parseTime(event.event_time);
					if (time !== undefined) times.push(time);
				}
				if (!hasMore || newestFirstReachedCursor(times, window.start)) return events;
				checkTimeLeft(context, deadlines, { provider: 'Zoho Billing', noun: 'events' });
			}
		},

		async fetchLatest() {
			for (let number = 1; number <= TEST_EVENT_PAGES; number++) {
				const { matching, hasMore } = await page(number, {});
				if (matching.length > 0 || !hasMore) return matching;
			}
			return [];
		},

		/** Events as output, with the payload parsed; an event listed without its payload is fetched. */
		async toJson(events: IDataObject[]) {
			const out: IDataObject[] = [];
			for (const event of events) {
				let full = event;
				if (event.payload === undefined) {
					const body = await get('/events/{eventId}', {}, { eventId: { value: event.event_id, label: 'Event ID' } });
					if (body.event && typeof body.event === 'object') full = { ...event, ...(body.event as IDataObject) };
				}
				out.push(presentEvent(full));
			}
			return out;
		},
	};
}

export class ZohoBillingEventsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Billing Events Trigger',
		name: 'zohoBillingEventsTrigger',
		icon: { light: 'file:zohoBilling.svg', dark: 'file:zohoBilling.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["events"] || []).length ? ($parameter["events"] || []).join(", ") : "all events" }}',
		description:
			'Starts the workflow for each new event in Zoho Billing\'s event log (polled; no webhook to set up in Zoho)',
		defaults: { name: 'Zoho Billing Events Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: [
			{
				displayName:
					'Each new event of Zoho Billing\'s event log starts the workflow once, oldest first. "Fetch Test Event" shows the latest event. To get events the moment they happen, use the Zoho Billing Trigger (webhook) instead.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EVENT_TYPES,
				default: [],
				description: 'Which event types start the workflow; leave empty for all',
			},
			pollOptionsProperty('events'),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const types = (this.getNodeParameter('events', []) as string[]).map(String);
		return await runPoll(this, zohoEvents(this, types));
	}
}
