import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { providerError } from '../../shared/errors';
import { check, isEmail } from '../../shared/validation';
import type { PathValue } from '../../shared/client';
import { assertZohoSuccess, zohoApiRequest } from './transport';

/**
 * Helpers shared by the Zoho Billing resources of the "projects and expenses" and "events and
 * settings" groups (expenses, recurring expenses, projects, tasks, time entries, settings,
 * organizations): typed field builders for collections, list controls, and the outputs and
 * checks these modules need beyond shared/transport.ts and shared/validation.ts.
 */

type Target = 'body' | 'query';

/** Query filters left empty are not sent (Zoho would read `customer_id=` as a filter on nothing). */
const send = (target: Target, property: string) =>
	target === 'query'
		? { send: { type: target, property, value: '={{ $value === "" || $value === null ? undefined : $value }}' } }
		: { send: { type: target, property } };

/** A text field sent as `property` (in a collection, only when set). */
export function textField(
	name: string,
	displayName: string,
	description: string,
	extra: Partial<INodeProperties> = {},
	target: Target = 'body',
	property = name,
): INodeProperties {
	return { displayName, name, type: 'string', default: '', description, ...extra, routing: send(target, property) };
}

/** A number field sent as a JSON number. */
export function numberField(
	name: string,
	displayName: string,
	description: string,
	extra: Partial<INodeProperties> = {},
	target: Target = 'body',
	property = name,
): INodeProperties {
	return { displayName, name, type: 'number', default: 0, description, ...extra, routing: send(target, property) };
}

/** A yes/no field sent as a JSON boolean (description must start with "Whether"). */
export function booleanField(name: string, displayName: string, description: string, property = name): INodeProperties {
	return { displayName, name, type: 'boolean', default: false, description, routing: send('body', property) };
}

/** A choice among Zoho's allowed values (options are sorted by name here, as n8n requires). */
export function choiceField(
	name: string,
	displayName: string,
	description: string,
	options: INodePropertyOptions[],
	target: Target = 'body',
	property = name,
	defaultValue?: string,
): INodeProperties {
	const sorted = [...options].sort((a, b) => a.name.localeCompare(b.name));
	const field: INodeProperties = { displayName, name, type: 'options', default: '', description, options: sorted };
	field.default = defaultValue ?? (sorted[0].value as string);
	field.routing = send(target, property);
	return field;
}

/** A date filter sent in the query string in Zoho's yyyy-mm-dd form (the time part is dropped). */
export function queryDateField(name: string, displayName: string, description: string, property = name): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description: `${description} (sent as yyyy-mm-dd)`,
		routing: {
			send: { type: 'query', property, value: '={{ $value ? String($value).slice(0, 10) : undefined }}' },
		},
	};
}

/** Collection options in the order n8n shows them: alphabetical by display name. */
export function sortedByName(fields: INodeProperties[]): INodeProperties[] {
	return [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export { returnAllAndLimit as listControls } from '../../shared/descriptions';

export { sortFields } from './fields';

/**
 * Output of an operation that answers with a list or a single object under `key` (Zoho answers
 * project users and comments as `users: [...]` / `comments: [...]`, one user as `users: {...}`):
 * one item per record.
 */
export function zohoItems(key: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const value = body[key];
		if (Array.isArray(value)) return value.map((json) => ({ json: json as IDataObject }));
		if (value && typeof value === 'object') return [{ json: value as IDataObject }];
		throw providerError(this.getNode(), {
			message: `Zoho Billing answered without the expected "${key}"`,
			description: `The answer held: ${Object.keys(body).join(', ') || 'nothing'}.`,
			itemIndex: this.getItemIndex(),
		});
	};
}

/**
 * Output of Get Timer: the time entry whose timer is running, or `{ running: false }` when Zoho
 * answers without one.
 */
export function zohoRunningTimer(): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const body = assertZohoSuccess(this, response.body);
		const entry = body.time_entry as IDataObject | undefined;
		if (!entry || typeof entry !== 'object' || !entry.time_entry_id) return [{ json: { running: false } }];
		return [{ json: entry }];
	};
}

/* ------------------------------------------------------------------------------------------------
 * Checks (messages name the field; nothing is sent)
 * ---------------------------------------------------------------------------------------------- */

type Check = (value: unknown) => string | undefined;

/** The check of a date field (path may point into a collection): ISO date, real calendar day. */
export { zohoDateCheck as dayCheck } from './fields';

export { isZohoId } from './fields';

/** A comma-separated list of Zoho IDs (spaces and empty entries are dropped, as when sent). */
export const isZohoIdList: Check = (value) => {
	const ids = String(value)
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	if (ids.length === 0) return 'enter at least one ID';
	const bad = ids.find((id) => !/^[0-9]+$/.test(id));
	return bad === undefined
		? undefined
		: `"${bad}" is not a Zoho ID: enter IDs made of digits, separated by commas (e.g. 460000000044021,460000000044023)`;
};

/** A clock time HH:mm (00:00 to 23:59). */
export const isClockTime: Check = (value) =>
	/^([01]?\d|2[0-3]):[0-5]\d$/.test(String(value).trim())
		? undefined
		: `"${String(value)}" is not a time of day: use HH:mm, e.g. 09:30 or 17:45`;

/** A duration HH:mm of at most 24 hours. */
export const isDuration: Check = (value) => {
	const match = /^(\d{1,2}):([0-5]\d)$/.exec(String(value).trim());
	if (match && Number(match[1]) * 60 + Number(match[2]) <= 24 * 60) return undefined;
	return `"${String(value)}" is not a duration: use HH:mm of at most 24:00, e.g. 01:30 for an hour and a half`;
};

/** A number greater than 0 (amounts, rates). */
export const isPositive: Check = (value) => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) && n > 0 ? undefined : `must be a number greater than 0 (got ${String(value)})`;
};

/** A number of 0 or more (rates). */
export const isNonNegative: Check = (value) => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) && n >= 0 ? undefined : `must be a number of 0 or more (got ${String(value)})`;
};

export { isEmail };

/** Text of at most `max` characters. */
export const maxChars =
	(max: number): Check =>
	(value) =>
		String(value).length > max ? `must be at most ${max} characters (got ${String(value).length})` : undefined;

/** A number of hours (0 or more). */
export const isHours: Check = (value) => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) && n >= 0 ? undefined : `must be a number of hours, 0 or more (got ${String(value)})`;
};

function read(context: IExecuteSingleFunctions, parameter: string): unknown {
	try {
		return context.getNodeParameter(parameter, undefined, { extractValue: true });
	} catch {
		return undefined;
	}
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function stop(context: IExecuteSingleFunctions, label: string, problem: string): never {
	throw new NodeOperationError(context.getNode(), `${label}: ${problem}`, {
		itemIndex: context.getItemIndex(),
		description: `Fix the "${label}" field of the node and run it again. Nothing was sent.`,
	});
}

/**
 * The time of a time entry: Log Time (HH:mm), or Begin Time and End Time together (end after
 * begin), or Start Timer. `requireSome` makes one of them mandatory (Log Time Entry).
 */
export function timeSpentChecks(collection: string, requireSome: boolean): PreSendAction[] {
	const path = (name: string) => `${collection}.${name}`;
	return [
		check(path('log_time'), 'Log Time', [isDuration]),
		check(path('begin_time'), 'Begin Time', [isClockTime]),
		check(path('end_time'), 'End Time', [isClockTime]),
		async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
			const logTime = read(this, path('log_time'));
			const begin = read(this, path('begin_time'));
			const end = read(this, path('end_time'));
			const timer = read(this, path('start_timer')) === true;
			if (!blank(begin) && blank(end)) stop(this, 'End Time', 'a value is required when Begin Time is set');
			if (blank(begin) && !blank(end)) stop(this, 'Begin Time', 'a value is required when End Time is set');
			if (!blank(begin) && !blank(end)) {
				const minutes = (t: unknown) => {
					const [h, m] = String(t).trim().split(':').map(Number);
					return h * 60 + m;
				};
				if (minutes(end) <= minutes(begin)) stop(this, 'End Time', `must be after Begin Time (${String(begin)} → ${String(end)})`);
			}
			if (requireSome && blank(logTime) && blank(begin) && !timer) {
				stop(
					this,
					'Log Time',
					'enter the time spent (HH:mm), or a Begin Time and an End Time, or switch on Start Timer (all under Additional Fields)',
				);
			}
			return requestOptions;
		},
	];
}

/**
 * Time entries: Zoho reads From Date / To Date with `filter_by=Date.CustomDate`; when a date is
 * set and no Filter By is chosen, that filter is added.
 */
export function customDateFilter(collection: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const from = read(this, `${collection}.from_date`);
		const to = read(this, `${collection}.to_date`);
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		if ((!blank(from) || !blank(to)) && blank(qs.filter_by)) {
			requestOptions.qs = { ...qs, filter_by: 'Date.CustomDate' };
		}
		return requestOptions;
	};
}

/**
 * Checks a fixed collection of rows (line items, tasks, users): each row's `required` value is
 * set, and numeric values are numbers. `rowPath` is e.g. "additionalFields.lineItems.item".
 */
export function rowsCheck(
	rowPath: string,
	label: string,
	requiredKey: { key: string; label: string },
	checks: Array<{ key: string; label: string; check: Check }> = [],
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const rows = read(this, rowPath);
		if (!Array.isArray(rows)) return requestOptions;
		rows.forEach((row: IDataObject, index) => {
			const where = `${label} ${index + 1}`;
			if (blank(row[requiredKey.key])) stop(this, `${where}: ${requiredKey.label}`, 'a value is required');
			for (const c of checks) {
				if (blank(row[c.key])) continue;
				const problem = c.check(row[c.key]);
				if (problem) stop(this, `${where}: ${c.label}`, problem);
			}
		});
		return requestOptions;
	};
}

/* ------------------------------------------------------------------------------------------------
 * Record pickers (list searches)
 * ---------------------------------------------------------------------------------------------- */

/**
 * One Zoho page (200) per call of a record picker, filtered on our side by the shown name or the
 * ID. `label` builds the name shown in the list; `id` reads the record's ID.
 */
export async function zohoPicker(
	context: ILoadOptionsFunctions,
	request: { path: string; rootKey: string; params?: Record<string, PathValue> },
	id: (record: IDataObject) => unknown,
	label: (record: IDataObject) => string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const body = await zohoApiRequest(context, 'GET', request.path, { page, per_page: 200 }, request.params);
	const needle = (filter ?? '').trim().toLowerCase();
	const records = ((body[request.rootKey] as IDataObject[]) ?? []).map((record) => ({
		name: label(record),
		value: String(id(record)),
	}));
	const hasMore = (body.page_context as IDataObject | undefined)?.has_more_page === true;
	return {
		results: records.filter((r) => !needle || r.name.toLowerCase().includes(needle) || r.value.includes(needle)),
		paginationToken: hasMore ? String(page + 1) : undefined,
	};
}

/** The project chosen in the node (`projectId`), for pickers of things inside a project. */
export function chosenProject(context: ILoadOptionsFunctions): string {
	let value: unknown;
	try {
		value = context.getCurrentNodeParameter('projectId', { extractValue: true });
	} catch {
		value = undefined;
	}
	const id = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (!id || id.startsWith('=')) {
		throw new NodeOperationError(context.getNode(), 'Choose the project first', {
			description: 'This list shows the records of one project: pick the Project above (or enter its ID), then open this list again.',
		});
	}
	return id;
}

/** "a · b · c" without the empty parts. */
export const joinLabel = (...parts: unknown[]) =>
	parts.filter((p) => p !== undefined && p !== null && String(p).trim() !== '').map(String).join(' · ');
