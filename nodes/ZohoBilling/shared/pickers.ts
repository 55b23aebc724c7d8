import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PathValue } from '../../shared/client';
import { PAGE_SIZE_MAX, ZOHO_ID, zohoApiRequest } from './transport';

/**
 * Helpers of the list searches behind the record pickers: reading a Zoho list for a picker, the
 * records chosen elsewhere in the node that a picker depends on, and the names shown in the lists.
 */

/** Whether a record's values hold the text typed in the picker's search box (case-insensitive; nothing typed matches all). */
export function matchesSearch(filter: string | undefined, values: unknown[]): boolean {
	const needle = (filter ?? '').trim().toLowerCase();
	if (!needle) return true;
	const text = values.filter((value) => value !== undefined && value !== null && value !== '').map((value) => String(value).toLowerCase()).join(' ');
	return text.includes(needle);
}

/**
 * A record picker over a Zoho list: one page (200 records) per call with Zoho's `has_more_page`
 * as the next-page token (or, with `paged: false`, the whole of a list Zoho does not page),
 * filtered on our side by the search text: against `match(record)`, else the name and value shown.
 */
export async function searchZohoList(
	context: ILoadOptionsFunctions,
	options: {
		path: string;
		key: string;
		toResult: (record: IDataObject) => INodeListSearchItems;
		match?: (record: IDataObject) => unknown[];
		qs?: IDataObject;
		params?: Record<string, PathValue>;
		paged?: boolean;
		filter?: string;
		paginationToken?: string;
	},
): Promise<INodeListSearchResult> {
	const paged = options.paged ?? true;
	const page = options.paginationToken ? Number(options.paginationToken) : 1;
	const qs = paged ? { ...(options.qs ?? {}), page, per_page: PAGE_SIZE_MAX } : (options.qs ?? {});
	const body = await zohoApiRequest(context, 'GET', options.path, qs, options.params);
	const list = body[options.key];
	const records = Array.isArray(list) ? (list as IDataObject[]) : [];
	const results: INodeListSearchItems[] = [];
	for (const record of records) {
		const result = options.toResult(record);
		if (matchesSearch(options.filter, options.match ? options.match(record) : [result.name, result.value])) results.push(result);
	}
	const hasMore = paged && (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return { results, paginationToken: hasMore ? String(page + 1) : undefined };
}

/* ------------------------------------------------------------------------------------------------
 * Records chosen elsewhere in the node
 * ---------------------------------------------------------------------------------------------- */

function currentValue(context: ILoadOptionsFunctions, parameter: string): string {
	let value: unknown;
	try {
		value = context.getCurrentNodeParameter(parameter, { extractValue: true });
	} catch {
		value = undefined;
	}
	if (value && typeof value === 'object') value = (value as IDataObject).value;
	return value === undefined || value === null ? '' : String(value).trim();
}

/** The customer chosen in the node (the contact person and card pickers list that customer's records); '' when none. */
export function selectedCustomerId(context: ILoadOptionsFunctions): string {
	return currentValue(context, 'customerId');
}

/** The record chosen in a picker a list depends on (`Project` for tasks, `Quote` for comments), or a message asking for it. */
function chosenFirst(context: ILoadOptionsFunctions, parameter: string, message: string, description?: string): string {
	const id = currentValue(context, parameter);
	if (!id || id.startsWith('=')) throw new NodeOperationError(context.getNode(), message, description ? { description } : {});
	return id;
}

/** The project chosen in the node (`projectId`), for pickers of things inside a project. */
export const chosenProject = (context: ILoadOptionsFunctions): string =>
	chosenFirst(
		context,
		'projectId',
		'Choose the project first',
		'This list shows the records of one project: pick the Project above (or enter its ID), then open this list again.',
	);

/** The quote chosen in the node (`quoteId`), for the picker of its comments. */
export const chosenQuote = (context: ILoadOptionsFunctions): string =>
	chosenFirst(context, 'quoteId', 'Choose the quote first: its comments are listed here');

/** The subscription chosen in the node, read from Zoho, for pickers of things inside a subscription. */
export async function currentSubscription(context: ILoadOptionsFunctions): Promise<IDataObject> {
	const id = chosenFirst(
		context,
		'subscriptionId',
		'Choose the subscription first',
		'This list shows what belongs to the subscription chosen in the Subscription field.',
	);
	const body = await zohoApiRequest(context, 'GET', '/subscriptions/{subscriptionId}', {}, {
		subscriptionId: { value: id, label: 'Subscription', pattern: ZOHO_ID },
	});
	return (body.subscription as IDataObject | undefined) ?? {};
}

/* ------------------------------------------------------------------------------------------------
 * Names shown in the lists
 * ---------------------------------------------------------------------------------------------- */

/** "a · b · c" without the empty parts. */
export const joinLabel = (...parts: unknown[]): string =>
	parts.filter((p) => p !== undefined && p !== null && String(p).trim() !== '').map(String).join(' · ');

/** " (inactive)"-style suffix: the extra parts given, and the record's status when it is not active. */
export const statusSuffix = (record: IDataObject, extra: unknown[] = []): string => {
	const parts = extra.filter((p) => p !== undefined && p !== null && String(p).trim() !== '').map(String);
	if (record.status && record.status !== 'active') parts.push(String(record.status).replace(/_/g, ' '));
	return parts.length ? ` (${parts.join(', ')})` : '';
};

/** A text cut to `max` characters (on one line), for comments and notes in a list. */
export const shortText = (text: unknown, max = 60): string => {
	const t = String(text ?? '').replace(/\s+/g, ' ').trim();
	return t.length > max ? `${t.slice(0, max)}…` : t;
};

/** A card as "•••• 4242 (expires 12/2031, stripe)". */
export const cardLabel = (card: IDataObject, extra: unknown[] = []): string => {
	const details = [`expires ${String(card.expiry_month ?? '?')}/${String(card.expiry_year ?? '?')}`, ...extra]
		.filter((p) => p !== undefined && p !== null && String(p).trim() !== '')
		.map(String);
	return `•••• ${String(card.last_four_digits ?? '????')} (${details.join(', ')})`;
};

/* ------------------------------------------------------------------------------------------------
 * Lists inside a record chosen in the node
 * ---------------------------------------------------------------------------------------------- */

type ListOptions = Pick<Parameters<typeof searchZohoList>[1], 'toResult' | 'match' | 'filter' | 'paginationToken'>;

/** A list of the project chosen in the node: its tasks, users or comments. */
export async function searchProjectList(context: ILoadOptionsFunctions, list: 'tasks' | 'users' | 'comments', options: ListOptions): Promise<INodeListSearchResult> {
	const projectId = chosenProject(context);
	return await searchZohoList(context, {
		path: `/projects/{projectId}/${list}`,
		params: { projectId: { value: projectId, label: 'Project' } },
		key: list,
		...options,
	});
}

/** A list of the customer chosen in the node (its contact persons or cards); empty until a customer is chosen. */
export async function searchCustomerList(
	context: ILoadOptionsFunctions,
	list: { path: 'contactpersons' | 'cards'; key: string },
	options: ListOptions,
): Promise<INodeListSearchResult> {
	const customerId = selectedCustomerId(context);
	if (!customerId) return { results: [] };
	return await searchZohoList(context, {
		path: `/customers/{customerId}/${list.path}`,
		params: { customerId: { value: customerId, label: 'Customer', pattern: ZOHO_ID } },
		key: list.key,
		...options,
	});
}
