import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

/**
 * Errors as the user reads them: what a failed HTTP exchange was (status, body, network code),
 * the error object n8n shows (the provider's words as the headline, what to do as the
 * description), and the scrubbing of the credential's secrets from every provider text.
 */

/** What we could learn about a failed HTTP exchange, whatever shape the engine wrapped it in. */
export interface HttpFailure {
	/** HTTP status, when the provider answered at all */
	status?: number;
	headers: Record<string, string>;
	/** The body parsed as JSON, when it was JSON */
	body?: IDataObject;
	/** The body as text, when it was not JSON (an HTML error page, a truncated answer) */
	text?: string;
	/** A network error code (ECONNRESET, ETIMEDOUT, ECONNABORTED, ECONNREFUSED, …) when nothing came back */
	networkCode?: string;
}

function lowerCaseKeys(headers: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (headers && typeof headers === 'object') {
		for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
			if (value !== undefined && value !== null) out[key.toLowerCase()] = String(value);
		}
	}
	return out;
}

function parseBody(data: unknown): Pick<HttpFailure, 'body' | 'text'> {
	if (data === undefined || data === null) return {};
	if (typeof data === 'object' && !Buffer.isBuffer(data) && !(data instanceof ArrayBuffer)) return { body: data as IDataObject };
	const text = Buffer.isBuffer(data)
		? data.toString('utf8')
		: data instanceof ArrayBuffer
			? Buffer.from(new Uint8Array(data)).toString('utf8')
			: String(data);
	try {
		const parsed = JSON.parse(text) as unknown;
		if (parsed && typeof parsed === 'object') return { body: parsed as IDataObject };
	} catch {
		// not JSON: kept as text below
	}
	return { text };
}

/**
 * Reads status, headers and body from an error thrown by n8n's HTTP helpers. The engine wraps
 * axios errors in a NodeApiError whose `cause` is the original error; older paths throw the
 * axios-like error itself.
 */
export function readHttpFailure(error: unknown): HttpFailure {
	const candidates: Array<Record<string, unknown>> = [];
	let current = error as Record<string, unknown> | undefined;
	for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
		candidates.push(current);
		current = current.cause as Record<string, unknown> | undefined;
	}
	for (const candidate of candidates) {
		const response = candidate.response as Record<string, unknown> | undefined;
		if (response && typeof response === 'object' && typeof response.status === 'number') {
			return {
				status: response.status,
				headers: lowerCaseKeys(response.headers),
				...parseBody(response.data ?? response.body),
			};
		}
	}
	for (const candidate of candidates) {
		const code = candidate.code;
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return { headers: {}, networkCode: code };
	}
	const first = candidates[0] ?? {};
	const httpCode = Number(first.httpCode);
	if (Number.isInteger(httpCode) && httpCode >= 100) {
		const context = first.context as IDataObject | undefined;
		return { status: httpCode, headers: {}, ...parseBody(context?.data) };
	}
	const message = typeof first.message === 'string' ? first.message : '';
	const networkCode = /timeout|timed out/i.test(message)
		? 'ETIMEDOUT'
		: /socket hang up|ECONNRESET/i.test(message)
			? 'ECONNRESET'
			: /aborted/i.test(message)
				? 'ECONNABORTED'
				: undefined;
	return { headers: {}, networkCode };
}

/** Network failures where the request never left this machine: nothing can have happened. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'CERT_HAS_EXPIRED']);

/** True when a failure proves the request never reached the provider. */
export function neverSent(failure: HttpFailure): boolean {
	return failure.status === undefined && failure.networkCode !== undefined && NOT_SENT.has(failure.networkCode);
}

/**
 * n8n replaces the headline of a NodeApiError whose message contains one of these codes
 * (case-insensitively) with a generic network sentence, wherever the error is (re)built. A
 * provider's words such as "LicenseNotFound" contain "ENOTFOUND": such words go to the
 * description instead (see `providerError`).
 */
const N8N_REWRITTEN = [
	'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'ERRADDRINUSE', 'EADDRNOTAVAIL', 'ECONNABORTED',
	'EHOSTUNREACH', 'EAI_AGAIN', 'ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EEXIST', 'EPERM', 'GETADDRINFO',
];

/** True when n8n would replace this text, as a headline, by one of its network sentences. */
export function rewrittenByN8n(text: string): boolean {
	const upper = text.toUpperCase();
	return N8N_REWRITTEN.some((code) => upper.includes(code));
}

const MAPPED = 'subscriptionBillingMapped';

/**
 * Creates the error the user sees for a provider failure: the provider's words as the headline,
 * what to do (and what happened) as the description. Every text passes through `scrub` first.
 * A headline n8n would rewrite into a network sentence keeps its first part and moves the
 * provider's words to the top of the description.
 */
export function providerError(
	node: INode,
	details: {
		message: string;
		description?: string;
		httpCode?: number | string;
		body?: IDataObject;
		itemIndex?: number;
		/** the provider's error code as it reads after the message, e.g. "(Zoho code 44)" or "[LicenseNotFound]" */
		code?: string;
		scrub?: (text: string) => string;
	},
): NodeApiError {
	const clean = details.scrub ?? ((text: string) => text);
	let message = clean(details.message);
	let description = details.description === undefined ? undefined : clean(details.description);
	const code = details.code ? clean(details.code) : undefined;
	if (code && !rewrittenByN8n(`${message} ${code}`)) {
		message = `${message} ${code}`;
	} else if (code) {
		// the code alone would make n8n replace the headline: it opens the description instead
		description = `${code.replace(/^[[(]|[\])]$/g, '')}. ${description ?? ''}`.trim();
	}
	if (rewrittenByN8n(message)) {
		description = `${message}. ${description ?? ''}`.trim();
		const head = message.split(':')[0];
		message = rewrittenByN8n(head) ? 'The provider refused the request (see details)' : `${head} (see details)`;
	}
	const body = details.body ? (scrubObject(details.body, clean) as IDataObject) : undefined;
	const error = new NodeApiError(node, (body ?? {}) as JsonObject, {
		message,
		description,
		httpCode: details.httpCode === undefined ? undefined : String(details.httpCode),
		itemIndex: details.itemIndex,
		// n8n's own mapping keeps a message that maps to itself: the headline stays ours
		messageMapping: { [message]: message },
	});
	// NodeApiError may have used the body's own message: ours is the one meant for the user
	error.message = message;
	error.description = description;
	if (body) error.context.data = body;
	else delete error.context.data;
	Object.defineProperty(error, MAPPED, { value: true, enumerable: false });
	return error;
}

/** True for errors already turned into a user-facing message by this package. */
export function isProviderError(error: unknown): boolean {
	return Boolean(error && typeof error === 'object' && (error as Record<string, unknown>)[MAPPED]);
}

/** Shortens a non-JSON answer (an HTML error page) to something readable in an error message. */
export function summarizeText(text: string | undefined): string {
	if (!text) return 'an empty body';
	const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text);
	if (title) return `an HTML page titled "${title[1].trim()}"`;
	if (/<html|<!doctype/i.test(text)) return 'an HTML page';
	const flat = text.replace(/\s+/g, ' ').trim();
	return `"${flat.length > 120 ? `${flat.slice(0, 120)}…` : flat}"`;
}

/** Base64 of a text, in the standard and the URL-safe alphabet, without padding. */
function base64Forms(text: string): string[] {
	const standard = Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '');
	return [standard, standard.replace(/\+/g, '-').replace(/\//g, '_')];
}

/**
 * Builds a function that removes the given secrets from a text: each secret as it is, URL-encoded
 * (both ways of writing a space), base64-encoded (alone, and where it can be spotted inside a
 * longer base64 text, e.g. HTTP Basic), and JSON-escaped. Secrets shorter than 6 characters are
 * left alone (they would blank out ordinary words).
 */
export interface Scrubber {
	(text: string): string;
	/** True when the text holds one of the secrets (in any of the forms) */
	finds(text: string): boolean;
}

export function secretScrubber(secrets: Array<string | undefined>): Scrubber {
	const needles = new Set<string>();
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 6) continue;
		needles.add(secret);
		needles.add(encodeURIComponent(secret));
		needles.add(encodeURIComponent(secret).replace(/%20/g, '+'));
		needles.add(JSON.stringify(secret).slice(1, -1));
		for (const form of base64Forms(secret)) if (form.length >= 8) needles.add(form);
		// inside a longer base64 text the secret's encoding depends on its offset modulo 3
		for (const shift of [1, 2]) {
			const encoded = Buffer.from(`${'\0'.repeat(shift)}${secret}`, 'utf8').toString('base64');
			const stable = encoded.slice(4, encoded.length - 4);
			if (stable.length >= 8) needles.add(stable);
		}
	}
	const list = [...needles].filter(Boolean).sort((a, b) => b.length - a.length);
	const finds = (text: string) => list.some((needle) => text.includes(needle));
	const scrub = ((text: string) => {
		let out = text;
		for (const needle of list) if (out.includes(needle)) out = out.split(needle).join('***');
		return out;
	}) as Scrubber;
	scrub.finds = finds;
	return scrub;
}

/** Applies a text scrubber to every string (keys included) of a JSON-like value. */
export function scrubObject(value: unknown, scrub: (text: string) => string, depth = 0): unknown {
	if (typeof value === 'string') return scrub(value);
	if (!value || typeof value !== 'object' || depth > 20) return value;
	if (Array.isArray(value)) return value.map((entry) => scrubObject(entry, scrub, depth + 1));
	if (Buffer.isBuffer(value)) return value;
	const out: IDataObject = {};
	for (const [key, entry] of Object.entries(value as IDataObject)) out[scrub(key)] = scrubObject(entry, scrub, depth + 1) as IDataObject[string];
	return out;
}
