import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { check, failInput as fail, isBlank as blank, isDateTime, listEntries, readParameter } from '../../shared/validation';

/**
 * Input checks of the Zoho Billing operations, run before anything is sent: value checks for
 * `check(…)` of ../../shared/validation.ts, and preSend actions for what one value cannot tell
 * (the rows of a fixed collection, fields that go together). Every message names the field to fix.
 */

/** A check of one value: the problem, or undefined. */
export type Check = (this: IExecuteSingleFunctions, value: unknown) => string | undefined;

/* ------------------------------------------------------------------------------------------------
 * IDs and lists of IDs or emails
 * ---------------------------------------------------------------------------------------------- */

/** A Zoho record ID: digits only. */
export const isZohoId = (value: unknown): string | undefined =>
	/^[0-9]+$/.test(String(value).trim()) ? undefined : `"${String(value)}" is not a Zoho ID: Zoho IDs are made of digits only`;

/**
 * Comma-separated Zoho IDs (or a list of them): at least one unless `optional`, and at most `max`
 * when Zoho takes no more at once.
 */
export const isIdList =
	(options: { max?: number; optional?: boolean } = {}): Check =>
	(value) => {
		const entries = listEntries(value);
		if (entries.length === 0) return options.optional ? undefined : 'enter at least one ID';
		const wrong = entries.find((entry) => !/^[0-9]+$/.test(entry));
		if (wrong !== undefined) return `"${wrong}" is not a Zoho ID (digits only; separate several with commas)`;
		if (options.max !== undefined && entries.length > options.max) return `at most ${options.max} IDs at once (got ${entries.length})`;
		return undefined;
	};

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** Every entry of a comma-separated list is an email address. */
export const isEmailList: Check = (value) => {
	const entries = listEntries(value);
	if (entries.length === 0) return 'enter at least one email address';
	const wrong = entries.find((entry) => !EMAIL.test(entry));
	return wrong === undefined ? undefined : `"${wrong}" is not an email address (separate several with commas)`;
};

/* ------------------------------------------------------------------------------------------------
 * Dates, times and numbers
 * ---------------------------------------------------------------------------------------------- */

/** The check of a date field built with zohoDateField (the path may point into a collection). */
export const zohoDateCheck = (parameterPath: string, label: string): PreSendAction => check(parameterPath, label, [isDateTime]);

/** A clock time HH:mm (00:00 to 23:59). */
export const isClockTime: Check = (value) =>
	/^([01]?\d|2[0-3]):[0-5]\d$/.test(String(value).trim()) ? undefined : `"${String(value)}" is not a time of day: use HH:mm, e.g. 09:30 or 17:45`;

/** A duration HH:mm of at most 24 hours. */
export const isDuration: Check = (value) => {
	const match = /^(\d{1,2}):([0-5]\d)$/.exec(String(value).trim());
	if (match && Number(match[1]) * 60 + Number(match[2]) <= 24 * 60) return undefined;
	return `"${String(value)}" is not a duration: use HH:mm of at most 24:00, e.g. 01:30 for an hour and a half`;
};

const asNumber = (value: unknown) => (typeof value === 'number' ? value : Number(value));

/** A whole number of at least `min`. */
export const wholeNumberFrom =
	(min: number): Check =>
	(value) => {
		const n = asNumber(value);
		return Number.isInteger(n) && n >= min ? undefined : `must be a whole number of ${min} or more (got ${String(value)})`;
	};

/** A number of hours (0 or more). */
export const isHours: Check = (value) => {
	const n = asNumber(value);
	return Number.isFinite(n) && n >= 0 ? undefined : `must be a number of hours, 0 or more (got ${String(value)})`;
};

/** Zoho's billing cycles: -1 (until cancelled) or a whole number of 1 or more. */
export const isBillingCycles: Check = (value) => {
	const n = asNumber(value);
	return n === -1 || (Number.isInteger(n) && n >= 1)
		? undefined
		: `must be -1 (renew until cancelled) or a whole number of 1 or more (got ${String(value)})`;
};

/** A document discount: an amount (190) or a percentage (12.5%). */
export const isDiscount: Check = (value) =>
	/^\d+(\.\d+)?%?$/.test(String(value).trim()) ? undefined : `"${String(value)}" is not an amount (190) or a percentage (12.5%)`;

/* ------------------------------------------------------------------------------------------------
 * Rows of a fixed collection
 * ---------------------------------------------------------------------------------------------- */

/** What one field of a row needs. */
export interface RowRule {
	field: string;
	label: string;
	checks?: Check[];
	required?: boolean;
}

/**
 * Checks the rows of a fixed collection (`parameterName` holds `{ [rowKey]: [...] }`) before
 * anything is sent: at least `min` rows; in each, one of every `oneOf` pair, each required field
 * set and each set field passing its checks; then `row`, for what depends on the whole row or on
 * the rows before it. Messages name the row: "Line Items (entry 2) → Quantity: …".
 */
export function checkRows(
	parameterName: string,
	rowKey: string,
	label: string,
	rules: RowRule[],
	options: {
		min?: number;
		oneOf?: Array<[string, string]>;
		row?: (row: IDataObject, index: number, rows: IDataObject[]) => string | undefined;
	} = {},
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = readParameter(this, parameterName) as IDataObject | undefined;
		const rows = value && Array.isArray(value[rowKey]) ? (value[rowKey] as IDataObject[]) : [];
		const min = options.min ?? 0;
		if (rows.length < min) fail(this, label, min === 1 ? 'add at least one entry' : `add at least ${min} entries`);
		rows.forEach((row, index) => {
			const where = `${label} (entry ${index + 1})`;
			for (const [a, b] of options.oneOf ?? []) {
				if (blank(row[a]) && blank(row[b])) {
					const la = rules.find((r) => r.field === a)?.label ?? a;
					const lb = rules.find((r) => r.field === b)?.label ?? b;
					fail(this, where, `set ${la} or ${lb}`);
				}
			}
			for (const rule of rules) {
				const cell = row[rule.field];
				if (blank(cell)) {
					if (rule.required) fail(this, `${where} → ${rule.label}`, 'a value is required');
					continue;
				}
				for (const c of rule.checks ?? []) {
					const problem = c.call(this, cell);
					if (problem) fail(this, `${where} → ${rule.label}`, problem);
				}
			}
			const problem = options.row?.(row, index, rows);
			if (problem) fail(this, where, problem);
		});
		return requestOptions;
	};
}

/** Requires at least one non-blank code in a list built with codeListField. */
export function requireCodes(parameter: string, entryName: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = (readParameter(this, parameter, false) ?? {}) as IDataObject;
		const entries = (value[entryName] as IDataObject[] | undefined) ?? [];
		if (!entries.some((e) => String(e.code ?? '').trim() !== '')) {
			fail(this, label, 'add at least one code (or choose another option than "Selected")');
		}
		return requestOptions;
	};
}

/* ------------------------------------------------------------------------------------------------
 * Fields that go together
 * ---------------------------------------------------------------------------------------------- */

/** At least one of the named parameters (collections or fields) holds something. */
export function atLeastOne(parameters: Array<[string, string]>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const set = parameters.some(([name]) => {
			const value = readParameter(this, name);
			if (value && typeof value === 'object') {
				return Object.values(value as IDataObject).some((v) =>
					v && typeof v === 'object' ? Object.values(v as IDataObject).some((x) => !blank(x)) : !blank(v),
				);
			}
			return !blank(value);
		});
		if (!set) fail(this, parameters.map(([, label]) => label).join(' or '), 'set at least one of them');
		return requestOptions;
	};
}

/** Stops an update that would send nothing (no field set in the collection). */
export function atLeastOneField(collection: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = readParameter(this, collection, false) as IDataObject | undefined;
		const set = Object.entries(value ?? {}).filter(
			([key, v]) => v !== undefined && v !== null && v !== '' && !(key === 'extraFieldsJson' && (v === '{}' || String(v).trim() === '')),
		);
		if (set.length === 0) fail(this, label, 'set at least one field to change');
		return requestOptions;
	};
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
			const logTime = readParameter(this, path('log_time'));
			const begin = readParameter(this, path('begin_time'));
			const end = readParameter(this, path('end_time'));
			const timer = readParameter(this, path('start_timer')) === true;
			if (!blank(begin) && blank(end)) fail(this, 'End Time', 'a value is required when Begin Time is set');
			if (blank(begin) && !blank(end)) fail(this, 'Begin Time', 'a value is required when End Time is set');
			if (!blank(begin) && !blank(end)) {
				const minutes = (t: unknown) => {
					const [h, m] = String(t).trim().split(':').map(Number);
					return h * 60 + m;
				};
				if (minutes(end) <= minutes(begin)) fail(this, 'End Time', `must be after Begin Time (${String(begin)} → ${String(end)})`);
			}
			if (requireSome && blank(logTime) && blank(begin) && !timer) {
				fail(
					this,
					'Log Time',
					'enter the time spent (HH:mm), or a Begin Time and an End Time, or switch on Start Timer (all under Additional Fields)',
				);
			}
			return requestOptions;
		},
	];
}
