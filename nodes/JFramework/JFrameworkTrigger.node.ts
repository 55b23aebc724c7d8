import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { providerError } from '../shared/errors';
import type { CursorKey, PollCursor } from '../shared/pollCursor';
import { completePrefix, newestFirstReachedCursor, oldestFirstHasEnough, parseTime } from '../shared/pollCursor';
import type { PollSource } from '../shared/pollTrigger';
import { pollOptionsProperty, pollRequest, runPoll, withItemContext } from '../shared/pollTrigger';
import { apiBaseUrl, CREDENTIAL_TYPE, jfwPolicy, PAGE_SIZE, unwrapEnvelope } from './shared/transport';

/**
 * How each list is read. Payments can be filtered by creation time (`createdDateFrom`) and are read
 * oldest first from the cursor; licenses and invoices have no such filter and are read newest
 * first (`sortDataField=createdDate`) until the cursor is reached.
 */
const WATCHED = {
	invoice: { path: '/v1/invoices', noun: 'invoices', createdDateFrom: false },
	license: { path: '/v1/licenses', noun: 'licenses', createdDateFrom: false },
	payment: { path: '/v1/payments', noun: 'payments', createdDateFrom: true },
} as const;

type Watched = keyof typeof WATCHED;

/** `createdDateFrom` is sent this much before the cursor, so that neither a server that truncates to the second nor one that reads it as "after" can drop a record at the cursor's time. */
const FROM_OVERLAP_MS = 60_000;

const keyOf = (record: IDataObject): CursorKey | undefined => {
	const time = parseTime(record.createdDate);
	return record.id === undefined || record.id === null || time === undefined ? undefined : { id: String(record.id), time };
};

function jfwList(context: IPollFunctions, watched: Watched): PollSource<IDataObject> {
	const spec = WATCHED[watched];

	/** One page (`pageNumber` from 0), envelope unwrapped: `{ items, totalItems }`. */
	const page = async (pageNumber: number, pageSize: number, qs: IDataObject) => {
		const credentials = await context.getCredentials(CREDENTIAL_TYPE);
		const base = apiBaseUrl(credentials);
		let url: URL | undefined;
		try {
			url = new URL(base);
		} catch {
			url = undefined;
		}
		const loopback = url && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
		if (!url || (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:'))) {
			throw new NodeOperationError(context.getNode(), `JFramework credential: the Base URL "${base}" must start with https://`, {
				description: 'The Auth-Key would travel unencrypted. Fix the Base URL in the JFramework credential (or pick the Live or Development environment). Nothing was sent.',
			});
		}
		const response = await pollRequest(context, jfwPolicy, CREDENTIAL_TYPE, {
			url: `${base}${spec.path}`,
			qs: { ...qs, pageNumber, pageSize },
			headers: { Accept: 'application/json' },
		});
		const data = withItemContext(context, function () {
			return unwrapEnvelope(this, response);
		}) as IDataObject | undefined;
		if (!data || !Array.isArray(data.items)) {
			throw providerError(context.getNode(), {
				message: `JFramework answered page ${pageNumber} of the ${spec.noun} without an items list`,
				description: 'Nothing was emitted; the next poll reads the same records again.',
			});
		}
		const items = data.items as IDataObject[];
		const total = Number(data.totalItems);
		const last = items.length < pageSize || (Number.isFinite(total) && (pageNumber + 1) * pageSize >= total);
		return { items, last };
	};

	return {
		scope: `jframework:${watched}`,
		noun: spec.noun,
		provider: 'JFramework',
		key: keyOf,

		async fetchSince(cursor: PollCursor, wanted: number, deadline: number) {
			const records: IDataObject[] = [];
			const keys: CursorKey[] = [];
			const times: number[] = [];
			const oldestFirst = spec.createdDateFrom;
			const qs: IDataObject = { sortDataField: 'createdDate', sortOrder: oldestFirst ? 'asc' : 'desc' };
			if (oldestFirst) qs.createdDateFrom = new Date(cursor.time - FROM_OVERLAP_MS).toISOString();
			for (let pageNumber = 0; ; pageNumber++) {
				const { items, last } = await page(pageNumber, PAGE_SIZE, qs);
				records.push(...items);
				for (const item of items) {
					const key = keyOf(item);
					if (!key) continue;
					keys.push(key);
					times.push(key.time);
				}
				if (last) return records;
				if (oldestFirst) {
					// the oldest new records this poll can emit are all read: the rest is newer
					if (oldestFirstHasEnough(keys, cursor, wanted)) return records;
					// out of time: emit what is surely complete, the next poll goes on from there
					if (Date.now() > deadline) {
						const prefix = completePrefix(records, keyOf);
						if (prefix) return prefix;
					}
				} else if (newestFirstReachedCursor(times, cursor.time)) {
					return records;
				}
			}
		},

		async fetchLatest() {
			const { items } = await page(0, 10, { sortDataField: 'createdDate', sortOrder: 'desc' });
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
