import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, PreSendAction } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks that run before a request is sent (as `preSend` actions). Each names the field
 * the user has to fix. Parameter paths may point into collections, e.g. "additionalFields.returnURL".
 */

type Check = (this: IExecuteSingleFunctions, value: unknown) => string | undefined;

/** A parameter's value (a record picker gives its ID), or undefined when it is not set. */
export function readParameter(context: IExecuteSingleFunctions, parameter: string, extractValue = true): unknown {
	try {
		return context.getNodeParameter(parameter, undefined, { extractValue });
	} catch {
		return undefined;
	}
}

/** Stops the item with a message that names the field the user has to fix. */
export function failInput(context: IExecuteSingleFunctions, label: string, problem: string): never {
	throw new NodeOperationError(context.getNode(), `${label}: ${problem}`, {
		itemIndex: context.getItemIndex(),
		description: `Fix the "${label}" field of the node and run it again. Nothing was sent.`,
	});
}

export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Builds a preSend action that validates one parameter when it is set (or always, if required). */
export function check(parameter: string, label: string, checks: Check[], required = false): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = readParameter(this, parameter);
		if (isBlank(value)) {
			if (required) failInput(this, label, 'a value is required');
			return requestOptions;
		}
		for (const c of checks) {
			const problem = c.call(this, value);
			if (problem) failInput(this, label, problem);
		}
		return requestOptions;
	};
}

export const required = (parameter: string, label: string): PreSendAction =>
	check(parameter, label, [], true);

export const maxLength =
	(max: number): Check =>
	(value) =>
		String(value).length > max ? `must be at most ${max} characters (got ${String(value).length})` : undefined;

export const isUrl: Check = (value) => {
	try {
		const url = new URL(String(value));
		if (url.protocol === 'https:' || url.protocol === 'http:') return undefined;
	} catch {
		// falls through
	}
	return `"${String(value)}" is not a link: enter a full URL such as https://example.com/thanks`;
};

export const positiveNumber: Check = (value) => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) && n > 0 ? undefined : `must be a number greater than 0 (got ${String(value)})`;
};

export const nonNegativeNumber: Check = (value) => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) && n >= 0 ? undefined : `must be a number of 0 or more (got ${String(value)})`;
};

/** A whole number of at least `min`. */
export const wholeNumberAtLeast =
	(min: number): Check =>
	(value) => {
		const n = typeof value === 'number' ? value : Number(value);
		return Number.isInteger(n) && n >= min ? undefined : `must be a whole number of ${min} or more (got ${String(value)})`;
	};

export const positiveInteger: Check = wholeNumberAtLeast(1);

/** True when the yyyy-mm-dd at the start of `text` is a real calendar day (not 2025-02-30). */
function isCalendarDay(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** A date or date-time n8n can read: ISO 8601 (2025-01-31, 2025-01-31T10:00:00, with or without offset). */
export const isDateTime: Check = (value) => {
	const text = String(value);
	return /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) &&
		isCalendarDay(text) &&
		!Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text))
		? undefined
		: `"${text}" is not a date: use the ISO format 2025-01-31 or 2025-01-31T10:00:00`;
};

/** A calendar date in the yyyy-mm-dd form (Zoho's date format). */
export const isDate: Check = (value) => {
	const text = String(value);
	if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDay(text)) return undefined;
	return `"${text}" is not a date in the form yyyy-mm-dd (for example 2025-01-31)`;
};

/** Checks that an end date/time parameter is after a start one (both optional unless set). */
export function dateOrder(
	startParameter: string,
	startLabel: string,
	endParameter: string,
	endLabel: string,
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const start = readParameter(this, startParameter);
		const end = readParameter(this, endParameter);
		if (isBlank(start) || isBlank(end)) return requestOptions;
		if (Date.parse(String(end)) <= Date.parse(String(start))) {
			failInput(this, endLabel, `must be after ${startLabel} (${String(start)} → ${String(end)})`);
		}
		return requestOptions;
	};
}

/** ISO 4217 currency codes in use. */
export const ISO_4217 = new Set(
	(
		'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
		'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF ' +
		'GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP ' +
		'LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB ' +
		'PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL ' +
		'THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL'
	).split(' '),
);

export const isCurrencyCode: Check = (value) =>
	ISO_4217.has(String(value))
		? undefined
		: `"${String(value)}" is not an ISO 4217 currency code: use three capital letters such as USD or EUR`;

/** One email address. */
export const isEmail: Check = (value) =>
	/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(String(value).trim())
		? undefined
		: `"${String(value)}" is not an email address: enter one address such as billing@example.com`;

/** Checks a string parameter holding JSON (an escape hatch for fields the node does not model). */
export const isJsonObject: Check = (value) => {
	if (typeof value === 'object') return undefined;
	try {
		const parsed = JSON.parse(String(value)) as unknown;
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return undefined;
		return 'must be a JSON object such as {"field": "value"}';
	} catch (error) {
		return `is not valid JSON (${(error as Error).message})`;
	}
};

/** The longest ID accepted in a path, query or body: far above any provider's IDs and codes. */
export const MAX_ID_LENGTH = 255;

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	if (typeof value === 'object') return 'an object';
	return typeof value === 'boolean' ? `${String(value)} (true/false)` : typeof value;
}

/**
 * Checks one record ID as it arrives (typed in the editor, picked from a list, or from an
 * expression) and returns it as text, or the problem. An ID is one non-empty text or whole number:
 * not a list, an object or true/false; no control characters; no `/`, `\`, `?`, `#` or `%` (which
 * a server could read as another path); not `.` or `..`; at most MAX_ID_LENGTH characters;
 * and, when the field has one, matching its pattern (Zoho IDs are digits). Surrounding spaces are
 * dropped.
 */
export function checkId(value: unknown, pattern?: { regex: RegExp; message: string; noun?: string }): { id: string } | { problem: string } {
	let text: string;
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value) || value < 0) return { problem: `${String(value)} is not an ID: IDs are whole numbers or text` };
		text = String(value);
	} else if (typeof value === 'string') {
		text = value.trim();
	} else {
		return { problem: `must be one ID (text or a whole number), got ${kindOf(value)}` };
	}
	if (text === '') return { problem: 'a value is required' };
	if (text.length > MAX_ID_LENGTH) return { problem: `is ${text.length} characters long; an ID has at most ${MAX_ID_LENGTH}` };
	if (/[\u0000-\u001f\u007f]/.test(text)) return { problem: 'contains a line break or another control character, which no ID has' };
	if (text === '.' || text === '..') return { problem: `"${text}" is not an ID` };
	if (/[/\\?#%]/.test(text)) return { problem: `"${text}" is not an ID: IDs have no /, \\, ?, # or %` };
	if (pattern && !pattern.regex.test(text)) return { problem: `"${text}" is not ${pattern.noun ?? 'valid'}: ${pattern.message}` };
	return { id: text };
}

/** ISO 4217 currencies whose minor unit is not two decimals. */
const MINOR_UNITS: Record<string, number> = {
	BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
	BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
	CLF: 4, UYW: 4,
};

/** Decimals an amount in `currency` may have (ISO 4217); 3 when the currency is not known here. */
export function minorUnits(currency: unknown): number {
	const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
	if (!code || !ISO_4217.has(code)) return 3;
	return MINOR_UNITS[code] ?? 2;
}

/**
 * Reads a money amount as it arrives: a finite number, or a plain decimal text such as "19.90"
 * (converted to a number); anything else (hex, exponents, spaces, true/false, lists) is refused.
 * At most `decimals` decimal places (the currency's minor units).
 */
export function readAmount(value: unknown, decimals: number, currency?: string): { amount: number } | { problem: string } {
	let text: string;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return { problem: `${String(value)} is not an amount` };
		text = String(value);
		if (/e/i.test(text)) return { problem: `${text} is not an amount in plain decimal form` };
	} else if (typeof value === 'string') {
		text = value;
		if (!/^-?\d+(\.\d+)?$/.test(text)) return { problem: `"${value}" is not an amount: write it as a plain decimal number such as 19.90` };
	} else {
		return { problem: `must be a number, got ${kindOf(value)}` };
	}
	const fraction = /\.(\d+)$/.exec(text)?.[1] ?? '';
	if (fraction.replace(/0+$/, '').length > decimals) {
		const unit = currency ? `${currency} amounts have` : 'amounts have';
		return { problem: `${text} has too many decimals: ${unit} at most ${decimals}` };
	}
	return { amount: Number(text) };
}

/** A true/false value as it arrives: booleans, or the texts "true"/"false" from an expression. */
export function readBoolean(value: unknown): { value: boolean } | { problem: string } {
	if (typeof value === 'boolean') return { value };
	if (value === 'true' || value === 'false') return { value: value === 'true' };
	return { problem: `must be true or false, got ${typeof value === 'string' ? `"${value}"` : kindOf(value)}` };
}

/* ------------------------------------------------------------------------------------------------
 * What the editor checks, checked again at run time. A value that arrives by expression skips the
 * editor's checks (type, minimum and maximum, decimals, the allowed options); the provider client
 * runs these for every field of the operation before anything is sent.
 * ---------------------------------------------------------------------------------------------- */

/** A field of an operation that the editor constrains. */
export interface FieldRule {
	/** Parameter path, e.g. "amount" or "additionalFields.price" */
	path: string;
	label: string;
	type: 'number' | 'boolean' | 'options' | 'multiOptions' | 'dateTime';
	min?: number;
	max?: number;
	decimals?: number;
	allowed?: Array<string | number | boolean>;
	/** Where the routing sends the value as it is (body or query property), to put the converted value there */
	send?: { type: 'body' | 'query'; property: string };
	/** For values inside a fixedCollection: the option holding the list, and the field within each entry */
	within?: { collection: string; group: string; field: string };
}

/** Currency parameters an operation may have, for the decimals of its amounts. */
const CURRENCY_PARAMETERS = ['currency', 'currency_code', 'currencyCode', 'additionalFields.currency', 'additionalFields.currency_code'];

const RULED = new Set(['number', 'boolean', 'options', 'multiOptions', 'dateTime']);

/** Collects the editor's constraints of one property (and of the options of its collections). */
export function fieldRules(property: INodeProperties, prefix = '', within?: FieldRule['within']): FieldRule[] {
	const rules: FieldRule[] = [];
	const path = prefix ? `${prefix}.${property.name}` : property.name;
	if (property.type === 'collection' && !within) {
		for (const option of property.options ?? []) {
			if ('type' in option) rules.push(...fieldRules(option as INodeProperties, path));
		}
		return rules;
	}
	if (property.type === 'fixedCollection' && !within) {
		for (const group of property.options ?? []) {
			const values = (group as { name: string; values?: INodeProperties[] }).values ?? [];
			for (const value of values) rules.push(...fieldRules(value, '', { collection: path, group: (group as { name: string }).name, field: value.name }));
		}
		return rules;
	}
	if (!RULED.has(property.type)) return rules;
	const send = property.routing?.send;
	const plainSend =
		send && (send.type === 'body' || send.type === 'query') && typeof send.property === 'string' && !send.property.startsWith('=') && send.value === undefined
			? { type: send.type, property: send.property }
			: undefined;
	const typeOptions = property.typeOptions ?? {};
	rules.push({
		path: within ? `${within.collection}.${within.group}` : path,
		label: property.displayName,
		type: property.type as FieldRule['type'],
		min: typeof typeOptions.minValue === 'number' ? typeOptions.minValue : undefined,
		max: typeof typeOptions.maxValue === 'number' ? typeOptions.maxValue : undefined,
		decimals: typeof typeOptions.numberPrecision === 'number' ? typeOptions.numberPrecision : undefined,
		allowed:
			(property.type === 'options' || property.type === 'multiOptions') && !typeOptions.loadOptionsMethod && !typeOptions.loadOptions && (property.options ?? []).length > 0
				? (property.options ?? []).filter((o) => 'value' in o).map((o) => (o as { value: string | number | boolean }).value)
				: undefined,
		send: within ? undefined : plainSend,
		within,
	});
	return rules;
}

function valueAt(context: IExecuteSingleFunctions, path: string): unknown {
	try {
		return context.getNodeParameter(path, undefined);
	} catch {
		return undefined;
	}
}

function setPath(target: IDataObject, path: string, value: unknown): void {
	const parts = path.split('.');
	let node = target;
	for (const part of parts.slice(0, -1)) {
		if (!node[part] || typeof node[part] !== 'object') return;
		node = node[part] as IDataObject;
	}
	if (parts[parts.length - 1] in node) node[parts[parts.length - 1]] = value as IDataObject[string];
}

/** One value against its rule: the value to send, or the problem. */
function checkValue(rule: FieldRule, value: unknown, currency: string | undefined): { value: unknown } | { problem: string } {
	switch (rule.type) {
		case 'number': {
			const decimals = currency !== undefined ? minorUnits(currency) : (rule.decimals ?? 20);
			const read = readAmount(value, decimals, currency);
			if ('problem' in read) return read;
			if (rule.min !== undefined && read.amount < rule.min) return { problem: `must be ${rule.min} or more (got ${read.amount})` };
			if (rule.max !== undefined && read.amount > rule.max) return { problem: `must be ${rule.max} or less (got ${read.amount})` };
			return { value: read.amount };
		}
		case 'boolean': {
			const read = readBoolean(value);
			return 'problem' in read ? read : { value: read.value };
		}
		case 'options':
			return rule.allowed && !rule.allowed.includes(value as string)
				? { problem: `"${String(value)}" is not one of the choices: ${rule.allowed.map(String).join(', ')}` }
				: { value };
		case 'multiOptions': {
			const list = Array.isArray(value) ? value : [value];
			const wrong = list.find((v) => rule.allowed && !rule.allowed.includes(v as string));
			return wrong !== undefined ? { problem: `"${String(wrong)}" is not one of the choices: ${(rule.allowed ?? []).map(String).join(', ')}` } : { value };
		}
		case 'dateTime': {
			if (typeof value !== 'string' && !(value instanceof Date)) return { problem: `must be a date, got ${kindOf(value)}` };
			const text = value instanceof Date ? value.toISOString() : value;
			const problem = isDateTime.call({} as IExecuteSingleFunctions, text);
			return problem ? { problem } : { value };
		}
	}
}

/**
 * Checks every constrained field of an operation that has a value; converts plain decimal
 * texts and "true"/"false" into the number or boolean the editor would have given, where the
 * value is sent as it is. Stops at the first bad field, naming it.
 */
export function checkFields(context: IExecuteSingleFunctions, rules: FieldRule[], requestOptions: IHttpRequestOptions): void {
	let currency: string | undefined;
	for (const path of CURRENCY_PARAMETERS) {
		const value = valueAt(context, path);
		if (typeof value === 'string' && value.trim()) {
			currency = value.trim().toUpperCase();
			break;
		}
	}
	for (const rule of rules) {
		if (rule.within) {
			const entries = valueAt(context, rule.path);
			if (!Array.isArray(entries)) continue;
			for (const entry of entries as IDataObject[]) {
				const value = entry?.[rule.within.field];
				if (isBlank(value)) continue;
				const checked = checkValue(rule, value, rule.type === 'number' && rule.decimals !== undefined ? currency : undefined);
				if ('problem' in checked) failInput(context, rule.label, checked.problem);
			}
			continue;
		}
		const value = valueAt(context, rule.path);
		if (isBlank(value)) continue;
		const checked = checkValue(rule, value, rule.type === 'number' && rule.decimals !== undefined ? currency : undefined);
		if ('problem' in checked) failInput(context, rule.label, checked.problem);
		if (rule.send && checked.value !== value) {
			const target = rule.send.type === 'body' ? requestOptions.body : requestOptions.qs;
			if (target && typeof target === 'object' && !Buffer.isBuffer(target)) setPath(target as IDataObject, rule.send.property, checked.value);
		}
	}
}

/** The entries of a comma-separated text (or of a list an expression gave), without blanks. */
export function listEntries(value: unknown): string[] {
	const raw = Array.isArray(value) ? value : String(value ?? '').split(',');
	return raw.map((entry) => String(entry ?? '').trim()).filter((entry) => entry !== '');
}
