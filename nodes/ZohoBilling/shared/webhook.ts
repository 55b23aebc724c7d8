import { constantTimeEqual, decodeDigest, hmacSha256, toBytes } from '../../shared/hmac';

/**
 * Zoho Billing webhook signatures (Zoho's "Securing webhooks" help page). With a secret token set
 * on the webhook, Zoho sends `X-Zoho-Webhook-Signature`. The string it signs is:
 *   1. every query-string parameter of the webhook URL and, for an x-www-form-urlencoded body,
 *      every form parameter, decoded, sorted by key, each written as key + value with nothing in
 *      between (`namebasicsubscription_id90343`);
 *   2. followed by the raw body as received, when the body is not a form (JSON or raw text).
 * The signature is HMAC-SHA256 of that string keyed with the secret token, accepted in hex (either
 * case) or base64.
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
	const raw = request.rawBody === undefined ? new Uint8Array(0) : toBytes(request.rawBody);
	const form = isForm(request.contentType);
	if (form) pairs.push(...pairsOf(Buffer.from(raw).toString('utf8')));
	// stable sort: parameters with the same key keep their order
	pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return { parameters: pairs.map(([key, value]) => `${key}${value}`).join(''), body: form ? new Uint8Array(0) : raw };
}

/** The signature Zoho computes for a request (32 bytes). */
export function zohoSignature(secret: string, request: WebhookRequestParts): Uint8Array {
	const { parameters, body } = stringToSign(request);
	return hmacSha256(secret, parameters, body);
}

/** Whether the header holds the request's signature (hex or base64), compared in constant time. */
export function verifyZohoSignature(secret: string, header: string | undefined, request: WebhookRequestParts): boolean {
	if (!header) return false;
	const provided = decodeDigest(header.replace(/^sha256=/i, ''));
	if (!provided) return false;
	return constantTimeEqual(provided, zohoSignature(secret, request));
}
