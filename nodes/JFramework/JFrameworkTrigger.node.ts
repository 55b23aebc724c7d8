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
import { completePrefix, newestFirstReachedCursor, oldestFirstHasEnough, parseTime } from '../shared/pollCursor';
import type { PollDeadlines, PollSource, PollWindow } from '../shared/pollTrigger';
import { checkTimeLeft, pollOptionsProperty, runPoll } from '../shared/pollTrigger';
import { CREDENTIAL_TYPE, jfwApiRequest, jfwNextPage, PAGE_SIZE } from './shared/transport';

/**
 * How each list is read. Payments can be filtered by creation time (`createdDateFrom`): they are
 * read oldest first from the window's start, each next page asked for again from the newest time
 * read (keyset paging, which records deleted meanwhile cannot shift). Licenses and invoices have no
 * such filter: they are read newest first (`sortDataField=createdDate`) until the window's start.
 */
const WATCHED = {
	invoice: { path: '/v1/invoices', noun: 'invoices', createdDateFrom: false },
	license: { path: '/v1/licenses', noun: 'licenses', createdDateFrom: false },
	payment: { path: '/v1/payments', noun: 'payments', createdDateFrom: true },
} as const;

type Watched = keyof typeof WATCHED;

/** `createdDateFrom` is sent this much before the window's start, so that neither a server that truncates to the second nor one that reads it as "after" can drop a record at that time. */
const FROM_OVERLAP_MS = 60_000;
/** Each next keyset page starts this much before the newest time read, for the same reasons. */
const KEYSET_OVERLAP_MS = 1000;
/** How often one poll reads a list again because records were deleted while it was read. */
const MAX_REREADS = 5;

const keyOf = (record: IDataObject): CursorKey | undefined => {
	const time = parseTime(record.createdDate);
	return record.id === undefined || record.id === null || time === undefined ? undefined : { id: String(record.id), time };
};

const isoTime = (ms: number) => new Date(ms).toISOString();

/** Whether the keys are in non-decreasing time order (as asked with sortOrder=asc). */
const ascending = (keys: CursorKey[]) => keys.every((key, i) => i === 0 || key.time >= keys[i - 1].time);

function jfwList(context: IPollFunctions, watched: Watched): PollSource<IDataObject> {
	const spec = WATCHED[watched];
	const source = { provider: 'JFramework', noun: spec.noun };

	/** One page (`pageNumber` from 0), envelope unwrapped. */
	const page = async (qs: IDataObject, pageNumber: number, pageSize: number) => {
		const data = (await jfwApiRequest(context, spec.path, { ...qs, pageNumber, pageSize }, {}, 'trigger')) as IDataObject | undefined;
		if (!data || !Array.isArray(data.items)) {
			throw providerError(context.getNode(), {
				message: `JFramework answered page ${pageNumber} of the ${spec.noun} without an items list`,
				description: 'Nothing was emitted; the next poll reads the same records again.',
			});
		}
		const total = Number(data.totalItems);
		const counted = data.totalItems !== undefined && data.totalItems !== null && Number.isFinite(total);
		return { items: data.items as IDataObject[], totalItems: data.totalItems, total: counted ? total : undefined };
	};

	/**
	 * Offsets move when records before them are deleted between two pages: a record can then slip
	 * from the next page into one already read. JFramework's `totalItems` tells: when it went down
	 * since the previous page, the read starts over (what was read is kept; duplicates are dropped).
	 */
	const shrank = (before: number | undefined, now: number | undefined) => before !== undefined && now !== undefined && now < before;
	const tooManyRereads = () =>
		providerError(context.getNode(), {
			message: `JFramework: the ${spec.noun} kept changing while the poll read them (records deleted between pages, ${MAX_REREADS} times)`,
			description: 'Nothing was emitted; the next poll reads them again.',
		});

	/** Payments: oldest first from the window's start, keyset pages (see WATCHED). */
	const keysetSince = async (window: PollWindow, wanted: number, deadlines: PollDeadlines) => {
		// each record once, in the order read: the pages of a next query start with records read already
		const records: IDataObject[] = [];
		const keys: CursorKey[] = [];
		const readIds = new Set<string>();
		const query = (from: number): IDataObject => ({ sortDataField: 'createdDate', sortOrder: 'asc', createdDateFrom: isoTime(from) });
		let from = window.start - FROM_OVERLAP_MS;
		let pageNumber = 0;
		let pageSize = PAGE_SIZE;
		let read = 0;
		let lastTotal: number | undefined;
		let rereads = 0;
		for (;;) {
			const { items, totalItems, total } = await page(query(from), pageNumber, pageSize);
			const pageKeys: CursorKey[] = [];
			for (const item of items) {
				const key = keyOf(item);
				if (key) pageKeys.push(key);
				const id = key ? key.id : JSON.stringify(item);
				if (readIds.has(id)) continue;
				readIds.add(id);
				records.push(item);
				if (key) keys.push(key);
			}
			if (pageNumber > 0 && shrank(lastTotal, total)) {
				if (++rereads > MAX_REREADS) throw tooManyRereads();
				// read this query again from its first page
				pageNumber = 0;
				pageSize = PAGE_SIZE;
				read = 0;
				lastTotal = undefined;
				continue;
			}
			lastTotal = total;
			read += items.length;
			const next = jfwNextPage(read, items.length, pageSize, totalItems);
			if (!next) return records;
			// the oldest new records this poll can emit are all read: the rest is newer
			if (oldestFirstHasEnough(keys, window.isNew, wanted)) return records;
			// out of time: emit what is surely complete, the next poll goes on from there
			if (Date.now() > deadlines.soft) {
				const prefix = completePrefix(records, keyOf);
				if (prefix) return prefix;
			}
			checkTimeLeft(context, deadlines, source);
			const newest = pageKeys.length ? pageKeys[pageKeys.length - 1].time : undefined;
			const nextFrom = newest === undefined ? undefined : Math.floor(newest / 1000) * 1000 - KEYSET_OVERLAP_MS;
			if (ascending(pageKeys) && nextFrom !== undefined && nextFrom > from && pageKeys[0].time < nextFrom) {
				// keyset: ask again from the newest time read (the new query leaves out some of this page)
				from = nextFrom;
				pageNumber = 0;
				read = 0;
				lastTotal = undefined;
			} else {
				// a whole page within one second (or not in order): page on at this query's offsets
				pageNumber = next.pageNumber;
			}
			pageSize = next.pageSize;
		}
	};

	/** Licenses and invoices: newest first, until the window's start (see WATCHED). */
	const newestFirstSince = async (window: PollWindow, deadlines: PollDeadlines) => {
		const records: IDataObject[] = [];
		const qs: IDataObject = { sortDataField: 'createdDate', sortOrder: 'desc' };
		let times: number[] = [];
		let pageNumber = 0;
		let pageSize = PAGE_SIZE;
		let read = 0;
		let lastTotal: number | undefined;
		let rereads = 0;
		for (;;) {
			const { items, totalItems, total } = await page(qs, pageNumber, pageSize);
			records.push(...items);
			if (pageNumber > 0 && shrank(lastTotal, total)) {
				if (++rereads > MAX_REREADS) throw tooManyRereads();
				// read again from the newest record: the window is at the head of the list
				pageNumber = 0;
				pageSize = PAGE_SIZE;
				read = 0;
				lastTotal = undefined;
				times = [];
				continue;
			}
			lastTotal = total;
			read += items.length;
			for (const item of items) {
				const key = keyOf(item);
				if (key) times.push(key.time);
			}
			const next = jfwNextPage(read, items.length, pageSize, totalItems);
			if (!next || newestFirstReachedCursor(times, window.start)) return records;
			checkTimeLeft(context, deadlines, source);
			({ pageNumber, pageSize } = next);
		}
	};

	return {
		scope: `jframework:${watched}`,
		noun: spec.noun,
		provider: 'JFramework',
		key: keyOf,
		fetchSince: async (window, wanted, deadlines) =>
			spec.createdDateFrom ? await keysetSince(window, wanted, deadlines) : await newestFirstSince(window, deadlines),
		async fetchLatest() {
			const { items } = await page({ sortDataField: 'createdDate', sortOrder: 'desc' }, 0, 10);
			return items;
		},
		toJson: async (records) => records,
	};
}

export class JFrameworkTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'JFramework Trigger',
		name: 'jFrameworkTrigger',
		icon: { light: 'file:jframework.svg', dark: 'file:jframework.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ "New " + $parameter["event"] }}',
		description: 'Starts the workflow for each new payment, license or invoice in JFramework (polled)',
		defaults: { name: 'JFramework Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: [
			{
				displayName: 'Trigger On',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				default: 'payment',
				options: [
					{
						name: 'New Invoice',
						value: 'invoice',
						description: 'An invoice was created',
					},
					{
						name: 'New License',
						value: 'license',
						description: 'A license was created (bought, generated or added)',
					},
					{
						name: 'New Payment',
						value: 'payment',
						description: 'A payment was created, whatever its status (Pending, Completed, …)',
					},
				],
			},
			{
				displayName:
					'Each new record starts the workflow once, oldest first (by its createdDate). A record is new when it is created; later changes (a payment completing) do not start the workflow again.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			pollOptionsProperty('records'),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const watched = this.getNodeParameter('event', 'payment') as Watched;
		return await runPoll(this, jfwList(this, WATCHED[watched] ? watched : 'payment'));
	}
}
