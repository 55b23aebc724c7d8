import { createHmac, timingSafeEqual } from 'node:crypto';

import type { IDataObject } from 'n8n-workflow';

/**
 * Zoho Billing webhook signatures (Zoho's "Securing webhooks" help page). With a secret token set
 * on the webhook, Zoho sends `X-Zoho-Webhook-Signature`. The string it signs is:
 *   1. every query-string parameter of the webhook URL and, for an x-www-form-urlencoded body,
 *      every form parameter, decoded, sorted by key, each written as key + value with nothing in
 *      between (`namebasicsubscription_id90343`);
 *   2. followed by the raw body as received, when the body is not a form (JSON or raw text).
 * The signature is HMAC-SHA256 of that string keyed with the secret token, accepted in hex (either
 * case) or base64.
 *
 * A limit of Zoho's scheme: keys and values are written with nothing between them, so the
 * signature does not protect where one ends and the next begins. `?amount=10&subscription_id=123`
 * and `?amount=10subscription_id123` sign the same string, and so can text moved between the last
 * parameter and the body. What a valid signature proves is the concatenated text, not how it is
 * split into parameters.
 */

export const SIGNATURE_HEADER = 'x-zoho-webhook-signature';

export interface WebhookRequestParts {
	/** The request path with its query string, as received (`/webhook/…?a=1`). */
	url: string;
	/** The media type of the body, lower case, without parameters. */
	contentType?: string;
	/** The body exactly as received. */
	rawBody?: Uint8Array | string;
}

const isForm = (contentType: string | undefined) => contentType === 'application/x-www-form-urlencoded';

/** Decoded key/value pairs of a query string or form body, in their original order. */
function pairsOf(text: string): Array<[string, string]> {
	return [...new URLSearchParams(text)];
}

/** The two parts of the string Zoho signs: the sorted parameters, and the raw body (if not a form). */
export function stringToSign(request: WebhookRequestParts): { parameters: string; body: Uint8Array } {
	const queryStart = request.url.indexOf('?');
	const pairs = queryStart >= 0 ? pairsOf(request.url.slice(queryStart + 1)) : [];
	const raw = request.rawBody === undefined ? new Uint8Array(0) : typeof request.rawBody === 'string' ? Buffer.from(request.rawBody, 'utf8') : request.rawBody;
	const form = isForm(request.contentType);
	if (form) pairs.push(...pairsOf(Buffer.from(raw).toString('utf8')));
	// stable sort: parameters with the same key keep their order
	pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return { parameters: pairs.map(([key, value]) => `${key}${value}`).join(''), body: form ? new Uint8Array(0) : raw };
}

/** The signature Zoho computes for a request (32 bytes). */
export function zohoSignature(secret: string, request: WebhookRequestParts): Buffer {
	const { parameters, body } = stringToSign(request);
	return createHmac('sha256', secret).update(parameters, 'utf8').update(body).digest();
}

/** A 32-byte digest written in hex (either case) or base64 (standard or URL-safe, padding optional); undefined otherwise. */
export function decodeSignature(text: string): Buffer | undefined {
	const value = text.trim();
	if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
	if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
		const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
		return bytes.length === 32 ? bytes : undefined;
	}
	return undefined;
}

/** Whether the header holds the request's signature (hex or base64), compared in constant time. */
export function verifyZohoSignature(secret: string, header: string | undefined, request: WebhookRequestParts): boolean {
	if (!header) return false;
	const provided = decodeSignature(header.replace(/^sha256=/i, ''));
	if (!provided) return false;
	return timingSafeEqual(provided, zohoSignature(secret, request));
}

/* ------------------------------------------------------------------------------------------------
 * Replays
 * ---------------------------------------------------------------------------------------------- */

/**
 * A delivery of an event already accepted starts nothing: Zoho may deliver an event again (a retry
 * after a slow answer), and a signed delivery sent again by someone who captured it carries a
 * valid signature (Zoho's signature has no time in it). The event IDs accepted recently are kept in
 * the trigger's static data, which n8n stores before it answers the call: for seven days, at most
 * the 1,000 most recent.
 */
export const REPLAY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
export const REPLAY_MAX_EVENTS = 1000;
const ACCEPTED_KEY = 'acceptedEvents';

/** The accepted events still in the window, oldest first, as [event ID, accepted at (ms)]. */
function acceptedEvents(staticData: IDataObject, now: number): Array<[string, number]> {
	const stored = staticData[ACCEPTED_KEY];
	if (!Array.isArray(stored)) return [];
	const out: Array<[string, number]> = [];
	for (const entry of stored as unknown[]) {
		if (!Array.isArray(entry) || entry.length !== 2) continue;
		const at = Number(entry[1]);
		if (Number.isFinite(at) && now - at < REPLAY_WINDOW_MS) out.push([String(entry[0]), at]);
	}
	return out.slice(-REPLAY_MAX_EVENTS);
}

/** When the event was accepted, if it was within the window. */
export function acceptedAt(staticData: IDataObject, eventId: string, now = Date.now()): number | undefined {
	return acceptedEvents(staticData, now).find(([id]) => id === eventId)?.[1];
}

/** Records the event as accepted (the oldest ones beyond the bound are dropped). */
export function rememberAccepted(staticData: IDataObject, eventId: string, now = Date.now()): void {
	const kept = acceptedEvents(staticData, now).filter(([id]) => id !== eventId);
	kept.push([eventId, now]);
	staticData[ACCEPTED_KEY] = kept.slice(-REPLAY_MAX_EVENTS);
}
