import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pairWithInput, UnreadableAnswer } from '../../shared/output';
import { assertZohoSuccess, PAGE_SIZE_MAX, zoho, zohoList } from './transport';

/**
 * Filters of a Zoho list that Zoho's API contract does not list for that list: they are still
 * sent (Zoho may honour them), and the node applies them itself to every page, so the output is
 * right whether Zoho honours them or not. A record that does not carry what a filter checks stops
 * the run with an error naming the filter: never an unfiltered record under a filter's name.
 */
export interface KeptFilter {
	/** The parameter holding the filter's value, e.g. `filters.event_type` */
	parameter: string;
	/** The query parameter it is sent to Zoho as, e.g. `event_type` */
	query: string;
	/** The field's label, for messages */
	label: string;
	/** Whether a record passes; undefined when the record does not say (the filter cannot be applied) */
	keep: (record: IDataObject, value: unknown) => boolean | undefined;
}

function readFilter(context: IExecutePaginationFunctions, parameter: string): unknown {
	try {
		return context.getNodeParameter(parameter, undefined, { extractValue: true });
	} catch {
		return undefined;
	}
}

/** A filter left empty, or a status filter at `….All`, filters nothing. */
const isSet = (value: unknown) =>
	value !== undefined && value !== null && !(typeof value === 'string' && (value.trim() === '' || /^\w+\.All$/.test(value.trim())));

/** The record's ID for messages: its first `*_id` field. */
function recordName(record: IDataObject): string {
	const key = Object.keys(record).find((k) => k.endsWith('_id') || k.endsWith('_code'));
	return key ? `${key} ${String(record[key])}` : 'a record';
}

/**
 * A Zoho list (`page`, `per_page` ≤ 200, `page_context.has_more_page`) with filters applied by the
 * node. Without any of them set it is Zoho's list as it is (`zohoList`). With one set, every page
 * is read at 200 a page and filtered; Limit counts the records kept, and the paging stops as soon
 * as it is met or Zoho says the list ended.
 */
export function zohoKeptList(rootKey: string, filters: KeptFilter[]) {
	const plain = zohoList(rootKey);
	const paginate = async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const active = filters.map((filter) => ({ filter, value: readFilter(this, filter.parameter) })).filter(({ value }) => isSet(value));
		if (!active.length) return await plain.call(this, requestData);
		const limit = requestData.maxResults === undefined ? undefined : Number(requestData.maxResults);
		const perPage = PAGE_SIZE_MAX;
		const kept: INodeExecutionData[] = [];
		for (let page = 1; ; page++) {
			const pageRequest = {
				...requestData,
				options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), page, per_page: perPage } },
			};
			const [answer] = await zoho.sendPage(this, pageRequest, (items) => {
				const checked = assertZohoSuccess(this, items[0]?.json);
				if (!Array.isArray(checked[rootKey])) {
					throw new UnreadableAnswer(`page ${page} without the "${rootKey}" list (it held: ${Object.keys(checked).join(', ') || 'nothing'})`, 200);
				}
			});
			const body = answer.json;
			const records = body[rootKey] as IDataObject[];
			for (const record of records) {
				let pass = true;
				for (const { filter, value } of active) {
					const verdict = filter.keep(record, value);
					if (verdict === undefined) {
						throw new NodeOperationError(this.getNode(), `${filter.label}: Zoho's answer does not say this of ${recordName(record)}, so the filter cannot be applied`, {
							itemIndex: this.getItemIndex(),
							description: `Zoho's API does not list "${filter.label}" as a filter of this list, so the node checks each record itself, and this record does not carry what it needs. Nothing was changed. Remove the "${filter.label}" filter and filter the output instead.`,
						});
					}
					if (!verdict) {
						pass = false;
						break;
					}
				}
				if (pass) kept.push({ json: record });
			}
			const pageContext = (body.page_context ?? {}) as IDataObject;
			const hasMore = pageContext.has_more_page === undefined ? records.length >= perPage : pageContext.has_more_page === true;
			if (!hasMore || records.length === 0) break;
			if (limit !== undefined && kept.length >= limit) break;
		}
		return pairWithInput(this, limit === undefined ? kept : kept.slice(0, limit));
	};
	// which query parameters the node applies itself (read by the contract tests)
	return Object.assign(paginate, { keptQuery: filters.map((filter) => filter.query) });
}

/* ------------------------------------------------------------------------------------------------
 * Record checks
 * ---------------------------------------------------------------------------------------------- */

/** The record's field equals the value (as text); undefined when the record lacks the field. */
export const sameAs =
	(field: string) =>
	(record: IDataObject, value: unknown): boolean | undefined =>
		record[field] === undefined || record[field] === null ? undefined : String(record[field]) === String(value).trim();

/** A yyyy-mm-dd day from a Zoho date or date-time (`2016-06-05T18:02:26-0700` → 2016-06-05), in the time it is written in. */
export const dayOf = (value: unknown): string | undefined => {
	const m = /^(\d{4}-\d{2}-\d{2})/.exec(String(value ?? ''));
	return m ? m[1] : undefined;
};

/** The record's date (field) is on or after (`start`) or on or before (`end`) the day given. */
export const dayBound =
	(field: string, side: 'start' | 'end') =>
	(record: IDataObject, value: unknown): boolean | undefined => {
		const day = dayOf(record[field]);
		const bound = dayOf(value);
		if (!day || !bound) return undefined;
		return side === 'start' ? day >= bound : day <= bound;
	};

/** A `Prefix.Value` status filter (`ProductStatus.ACTIVE`) against the record's `status` (`active`); `All` keeps everything. */
export const statusIs =
	(field = 'status', map: Record<string, string[]> = {}) =>
	(record: IDataObject, value: unknown): boolean | undefined => {
		const wanted = String(value).split('.').pop() ?? '';
		if (wanted.toLowerCase() === 'all') return true;
		if (record[field] === undefined || record[field] === null) return undefined;
		const accepted = map[wanted] ?? [wanted.toLowerCase()];
		return accepted.includes(String(record[field]).toLowerCase());
	};

/** The record's text field contains the value (case-insensitive). */
export const contains =
	(field: string) =>
	(record: IDataObject, value: unknown): boolean | undefined =>
		record[field] === undefined || record[field] === null ? undefined : String(record[field]).toLowerCase().includes(String(value).trim().toLowerCase());

/**
 * For the lists whose contract lists `sort_column` but no `sort_order`: the sort options without
 * the order (Zoho sorts in its own direction), as a filter of `sortFields(…)`.
 */
export const withoutSortOrder = (field: INodeProperties): boolean => field.name !== 'sort_order';
