import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

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
	if (typeof data === 'object' && !Buffer.isBuffer(data)) return { body: data as IDataObject };
	const text = Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
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
			: undefined;
	return { headers: {}, networkCode };
}

const MAPPED = 'subscriptionBillingMapped';

/** Creates the error the user sees for a provider failure: the provider's words, then what to do. */
export function providerError(
	node: INode,
	details: {
		message: string;
		description?: string;
		httpCode?: number | string;
		body?: IDataObject;
		itemIndex?: number;
	},
): NodeApiError {
	const error = new NodeApiError(node, (details.body ?? {}) as JsonObject, {
		message: details.message,
		description: details.description,
		httpCode: details.httpCode === undefined ? undefined : String(details.httpCode),
		itemIndex: details.itemIndex,
	});
	// NodeApiError may have used the body's own message: ours is the one meant for the user
	error.message = details.message;
	if (details.description !== undefined) error.description = details.description;
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
