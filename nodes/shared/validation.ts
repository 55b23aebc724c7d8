import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks that run before a request is sent (as `preSend` actions). Each names the field
 * the user has to fix. Parameter paths may point into collections, e.g. "additionalFields.returnURL".
 */

type Check = (this: IExecuteSingleFunctions, value: unknown) => string | undefined;

function read(context: IExecuteSingleFunctions, parameter: string): unknown {
	try {
		return context.getNodeParameter(parameter, undefined, { extractValue: true });
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
		const value = read(this, parameter);
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

export const positiveInteger: Check = (value) => {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isInteger(n) && n > 0 ? undefined : `must be a whole number of 1 or more (got ${String(value)})`;
};

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
		const start = read(this, startParameter);
		const end = read(this, endParameter);
		if (isBlank(start) || isBlank(end)) return requestOptions;
		if (Date.parse(String(end)) <= Date.parse(String(start))) {
			failInput(this, endLabel, `must be after ${startLabel} (${String(start)} → ${String(end)})`);
		}
		return requestOptions;
	};
}

/** ISO 4217 currency codes in use. */
const ISO_4217 = new Set(
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
