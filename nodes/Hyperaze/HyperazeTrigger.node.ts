import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { CursorKey } from '../shared/pollCursor';
import { parseTime } from '../shared/pollCursor';
import type { PollSource } from '../shared/pollTrigger';
import { pollOptionsProperty, pollRequest, runPoll, withItemContext } from '../shared/pollTrigger';
import { ENDPOINTS } from './shared/endpoints';
import { CREDENTIAL_TYPE, hyperazeListPage, hyperazePolicy, PAGE_SIZE } from './shared/transport';

/** What the trigger can watch: a Hyperaze list whose records carry `created_date`. */
const WATCHED = {
	checkout: { path: ENDPOINTS.checkoutList.path, noun: 'checkout links' },
	membership: { path: ENDPOINTS.membershipList.path, noun: 'memberships' },
	payment: { path: ENDPOINTS.paymentList.path, noun: 'payments' },
} as const;

type Watched = keyof typeof WATCHED;

/** The Hyperaze node's reading of a list answer (bare array or wrapper) → `[{ json: { records } }]`. */
const readListPage = hyperazeListPage() as (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
) => Promise<INodeExecutionData[]>;

const keyOf = (record: IDataObject): CursorKey | undefined => {
	const time = parseTime(record.created_date);
	return record.id === undefined || record.id === null || time === undefined ? undefined : { id: String(record.id), time };
};

/**
 * A Hyperaze list read to its end on every poll: Hyperaze documents neither paging, sorting nor
 * date filters, so nothing can be skipped on the server's side. The node asks for `page`/`limit`
 * and copes with a server that ignores them (a page longer than asked, or the same page again,
 * means the whole list came at once) or that sends fewer than asked per page.
 */
function hyperazeList(context: IPollFunctions, watched: Watched): PollSource<IDataObject> {
	const readAll = async (): Promise<IDataObject[]> => {
		const credentials = await context.getCredentials(CREDENTIAL_TYPE);
		const base = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
		const records: IDataObject[] = [];
		let previousFirst: string | undefined;
		for (let page = 1; ; page++) {
			const response = await pollRequest(context, hyperazePolicy, CREDENTIAL_TYPE, {
				url: `${base}${WATCHED[watched].path}`,
				qs: { page, limit: PAGE_SIZE },
				headers: { Accept: 'application/json' },
			});
			const [answer] = await withItemContext(context, function () {
				return readListPage.call(this, [], response);
			});
			const list = (answer?.json.records ?? []) as IDataObject[];
			if (list.length > PAGE_SIZE) return list; // paging ignored: this is the whole list
			if (list.length === 0) return records;
			const first = JSON.stringify(list[0].id ?? list[0]);
			if (page > 1 && first === previousFirst) return records; // the same page again: paging ignored
			previousFirst = first;
			records.push(...list);
			// A short page is usually the last, but a server that caps the page size below the limit
			// asked answers short pages too: only an empty (or repeated) next page ends the list.
		}
	};
	return {
		scope: `hyperaze:${watched}`,
		noun: WATCHED[watched].noun,
		provider: 'Hyperaze',
		key: keyOf,
		fetchSince: readAll,
		fetchLatest: readAll,
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
