import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import type { CursorKey } from '../shared/pollCursor';
import { parseTime } from '../shared/pollCursor';
import type { PollDeadlines, PollSource, PollWindow } from '../shared/pollTrigger';
import { checkTimeLeft, pollOptionsProperty, runPoll } from '../shared/pollTrigger';
import { ENDPOINTS } from './shared/endpoints';
import { CREDENTIAL_TYPE, hyperazeApiRequest, PAGE_SIZE } from './shared/transport';

/** What the trigger can watch: a Hyperaze list whose records carry `created_date`. */
const WATCHED = {
	checkout: { path: ENDPOINTS.checkoutList.path, noun: 'checkout links' },
	membership: { path: ENDPOINTS.membershipList.path, noun: 'memberships' },
	payment: { path: ENDPOINTS.paymentList.path, noun: 'payments' },
} as const;

type Watched = keyof typeof WATCHED;

/** How often one poll reads the list again because it moved while it was read. */
const MAX_REREADS = 5;

const keyOf = (record: IDataObject): CursorKey | undefined => {
	const time = parseTime(record.created_date);
	return record.id === undefined || record.id === null || time === undefined ? undefined : { id: String(record.id), time };
};

const idOf = (record: IDataObject | undefined) => (record === undefined ? undefined : JSON.stringify(record.id ?? record));

/**
 * A Hyperaze list read to its end on every poll: Hyperaze documents neither paging, sorting nor
 * date filters, so nothing can be skipped on the server's side. The node asks for `page`/`limit`
 * and copes with a server that ignores them (a page longer than asked, or the same page again,
 * means the whole list came at once) or that sends fewer than asked per page (the list ends with an
 * empty page, or one shorter than the pages served before it).
 *
 * Offsets move when records before them are deleted between two pages, and a record can then slip
 * from the next page into one already read. Hyperaze gives no total to tell, so after each page the
 * record just before it is read again (`limit=1`): if another record stands there, the list moved
 * and is read again (what was read is kept; duplicates are dropped). This check is left out where
 * it cannot matter: when the list is in creation order (either way) and both records around the
 * page boundary are older than the window, whatever slipped is older too.
 */
function hyperazeList(context: IPollFunctions, watched: Watched): PollSource<IDataObject> {
	const spec = WATCHED[watched];
	const source = { provider: 'Hyperaze', noun: spec.noun };
	const get = async (page: number, limit: number) => await hyperazeApiRequest(context, spec.path, { page, limit }, {}, 'trigger');

	const readAll = async (window?: PollWindow, deadlines?: PollDeadlines): Promise<IDataObject[]> => {
		const records: IDataObject[] = [];
		// "Fetch Test Event" (no window) only needs the newest record: no checks
		let probing = window !== undefined;
		for (let rereads = 0; ; rereads++) {
			const pass = await readPass(window, deadlines, probing);
			records.push(...pass.records);
			probing = pass.probing;
			if (!pass.moved) return records;
			if (rereads >= MAX_REREADS) {
				throw new NodeOperationError(context.getNode(), `Hyperaze: the ${spec.noun} kept changing while the poll read them (records deleted between pages, ${MAX_REREADS} times)`, {
					description: 'Nothing was emitted; the next poll reads them again.',
				});
			}
		}
	};

	/** One read of the list, page by page; `moved` when a check found that it shifted meanwhile. */
	const readPass = async (window: PollWindow | undefined, deadlines: PollDeadlines | undefined, probingAllowed: boolean) => {
		const records: IDataObject[] = [];
		let probing = probingAllowed;
		let servedSize: number | undefined;
		let previous: IDataObject[] = [];
		let direction = 0; // +1 oldest first, -1 newest first, 0 not known yet
		let ordered = true;
		let lastTime: number | undefined;
		for (let page = 1; ; page++) {
			const list = await get(page, PAGE_SIZE);
			if (list.length > PAGE_SIZE) return { records: list, moved: false, probing }; // paging ignored: this is the whole list
			if (list.length === 0) return { records, moved: false, probing };
			if (page > 1 && idOf(list[0]) === idOf(previous[0])) return { records, moved: false, probing }; // the same page again: paging ignored
			servedSize ??= list.length;
			// shorter than the pages served before: the last one (read after the check below)
			const last = list.length < servedSize;
			for (const record of list) {
				const time = keyOf(record)?.time;
				if (time === undefined || lastTime === undefined) {
					if (time === undefined) ordered = false;
					lastTime = time ?? lastTime;
					continue;
				}
				const step = Math.sign(time - lastTime);
				if (step !== 0 && direction === 0) direction = step;
				else if (step !== 0 && step !== direction) ordered = false;
				lastTime = time;
			}
			records.push(...list);
			if (page > 1 && probing) {
				const before = previous[previous.length - 1];
				const matters = !window || !ordered || [before, list[0]].some((record) => (keyOf(record)?.time ?? Infinity) >= window.start);
				if (matters) {
					// the record at the offset just before this page, read again
					const offset = (page - 1) * servedSize - 1;
					const again = await get(offset + 1, 1);
					if (again.length !== 1) probing = false; // this server does not page that finely: no check
					else if (idOf(again[0]) !== idOf(before)) return { records, moved: true, probing };
				}
			}
			if (last) return { records, moved: false, probing };
			previous = list;
			if (deadlines) checkTimeLeft(context, deadlines, source);
		}
	};

	return {
		scope: `hyperaze:${watched}`,
		noun: spec.noun,
		provider: 'Hyperaze',
		key: keyOf,
		fetchSince: async (window, _wanted, deadlines) => await readAll(window, deadlines),
		fetchLatest: async () => await readAll(),
		toJson: async (records) => records,
	};
}

export class HyperazeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Hyperaze Trigger',
		name: 'hyperazeTrigger',
		icon: { light: 'file:hyperaze.svg', dark: 'file:hyperaze.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ "New " + $parameter["event"] }}',
		description: 'Starts the workflow for each new membership, payment or checkout link in Hyperaze (polled)',
		defaults: { name: 'Hyperaze Trigger' },
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
						name: 'New Checkout Link',
						value: 'checkout',
						description: 'A checkout link (payment page) was created',
					},
					{
						name: 'New Membership',
						value: 'membership',
						description: 'A membership (a buyer\'s license for a plan) was created',
					},
					{
						name: 'New Payment',
						value: 'payment',
						description: 'A payment was received',
					},
				],
			},
			{
				displayName:
					'Each new record starts the workflow once, oldest first (by its created_date). Hyperaze offers no filter by date, so every poll reads the whole list: keep the poll interval reasonable for long lists.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			pollOptionsProperty('records'),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const watched = this.getNodeParameter('event', 'payment') as Watched;
		return await runPoll(this, hyperazeList(this, WATCHED[watched] ? watched : 'payment'));
	}
}
