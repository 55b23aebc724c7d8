import type { DeclarativeRestApiSettings, IDataObject, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

import { pairWithInput, UnreadableAnswer } from '../../shared/output';
import { jfw, PAGE_SIZE } from './transport';

/**
 * Paginators of JFramework lists (`routing.operations.pagination`) besides the paged one of
 * transport.ts (`jfwPagedList`, shared with the trigger): lists answered as a plain array, and
 * lists whose answer may take either shape.
 */

/**
 * Lists that JFramework answers with a plain array in `data` (prices, packages, subscription
 * types, wallets): one request, the envelope unwrapped by the operation's `jfwData()`, and the
 * Limit applied here (JFramework has no paging for them).
 */
export async function jfwArrayList(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const items = pairWithInput(this, await jfw.sendPage(this, requestData));
	const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
	return limit === undefined || !Number.isFinite(limit) ? items : items.slice(0, limit);
}

/** What identifies a record, to notice a page served twice. */
const recordKey = (record: IDataObject): string => (record.id !== undefined && record.id !== null ? `id:${String(record.id)}` : JSON.stringify(record));

/**
 * A list JFramework pages with `pageNumber` (from 0) and `pageSize` (default 200) whatever shape its
 * answer takes (prices: the SDK reads a plain array, the docs give the paging parameters), read
 * to its end:
 *  - a page object with `totalItems` ends when that many records are read;
 *  - a plain array ends with an empty page, a page served twice (a server that ignores paging),
 *    a page longer than asked for (the whole list at once), or a short page once the server's page
 *    size is known: the first short page may come from a server that serves fewer than asked for
 *    (100 when 200 are asked for), so the next page is asked for at the size it served, and the
 *    list goes on while pages come back full at that size.
 * Records already read are never output twice; Limit stops the paging as soon as it is met.
 */
export async function jfwPagedArrayList(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
	let pageSize = limit === undefined || !Number.isFinite(limit) ? PAGE_SIZE : Math.max(1, Math.min(PAGE_SIZE, limit));
	let sizeKnown = false;
	const seen = new Set<string>();
	const results: INodeExecutionData[] = [];
	for (let pageNumber = 0, pages = 0; ; pages++) {
		if (pages > 100_000) throw new UnreadableAnswer('a list that never ends (more than 100,000 pages)', 200);
		const pageRequest = {
			...requestData,
			options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), pageNumber, pageSize } },
		};
		const [answer] = await jfw.sendPage(this, pageRequest, (answers) => {
			if (!Array.isArray(answers[0]?.json?.records)) throw new UnreadableAnswer(`page ${pageNumber} without a list of records`, 200);
		});
		const records = answer.json.records as IDataObject[];
		const total = answer.json.totalItems as number | undefined;
		const fresh = records.filter((record) => !seen.has(recordKey(record)));
		for (const record of fresh) {
			seen.add(recordKey(record));
			results.push({ json: record });
		}
		if (records.length === 0 || fresh.length === 0) break;
		if (limit !== undefined && results.length >= limit) break;
		if (total !== undefined) {
			if (seen.size >= total) break;
			// the server serves fewer than asked for although more exist: it caps the page size
			if (records.length < pageSize) pageSize = records.length;
		} else if (records.length > pageSize) {
			break;
		} else if (records.length < pageSize) {
			if (sizeKnown) break;
			// perhaps the server's own page size: the next page is asked for at that size
			pageSize = records.length;
		}
		sizeKnown = true;
		if (results.length % pageSize !== 0) {
			throw new UnreadableAnswer(`pages of changing sizes (${results.length} records after page ${pageNumber}, page size ${pageSize}): the list cannot be read completely`, 200);
		}
		pageNumber = results.length / pageSize;
	}
	return pairWithInput(this, limit === undefined ? results : results.slice(0, limit));
}
