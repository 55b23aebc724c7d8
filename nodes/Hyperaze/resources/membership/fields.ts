import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
	PreSendAction,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { providerError } from '../../../shared/errors';
import { pairWithInput } from '../../../shared/output';
import { failInput, isBlank } from '../../../shared/validation';
import { membershipLocator } from '../../shared/descriptions';
import { hyperaze } from '../../shared/transport';

/**
 * Membership specifics: the membership picker, and Validate License Key, the license check that
 * answers "invalid" as data instead of as an error, with the metadata sent with it.
 */

const PROVIDER = 'Hyperaze';

export const membershipId = (operations: string[], send: { type: 'body' | 'query'; property: string }): INodeProperties =>
	membershipLocator({ resource: 'membership', operations, send });

/** HTTP statuses with which Hyperaze says a license key is not valid (its documentation: "403 | 400 on error"). */
const INVALID_KEY_STATUSES = [400, 403];

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Sends the Metadata key/value pairs as the body's `metadata` object (e.g. `{ "hwid": "…" }`).
 * Pairs with an empty value are left out: an empty device ID must never be bound to a key.
 */
export function metadataBody(parameter: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		let entries: unknown;
		try {
			entries = this.getNodeParameter(parameter, []);
		} catch {
			entries = [];
		}
		const metadata: IDataObject = {};
		for (const entry of Array.isArray(entries) ? (entries as IDataObject[]) : []) {
			const key = String(entry.key ?? '').trim();
			const value = entry.value;
			const blank = isBlank(value);
			if (!key) {
				if (blank) continue;
				failInput(this, label, 'every entry with a value needs a key, such as hwid');
			}
			if (FORBIDDEN_KEYS.has(key)) failInput(this, label, `"${key}" cannot be used as a key`);
			if (Object.prototype.hasOwnProperty.call(metadata, key)) failInput(this, label, `the key "${key}" is given twice`);
			if (blank) continue;
			metadata[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
		}
		if (Object.keys(metadata).length) {
			requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), metadata };
		}
		return requestOptions;
	};
}

const LICENSE_KEY_LABEL = 'License Key';
const MISSING_KEY = `${LICENSE_KEY_LABEL}: a value is required`;

/**
 * Sends the license key without surrounding spaces. A missing key is bad input: with "On Invalid
 * Key" set to Fail it stops the node; with Return Result it is answered without any request (see
 * validateLicenseKeySend), so that a client posting no key gets "invalid" like any bad key.
 */
export function licenseKeyInput(parameter: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = this.getNodeParameter(parameter, '') as unknown;
		const onInvalid = this.getNodeParameter('onInvalid', 'returnResult') as string;
		if (isBlank(value)) {
			if (onInvalid === 'fail') failInput(this, LICENSE_KEY_LABEL, 'a value is required');
			requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), license_key: '' };
			return requestOptions;
		}
		if (typeof value === 'object') failInput(this, LICENSE_KEY_LABEL, 'must be text, such as ABCD-EFGH-IJKL-MNOP');
		requestOptions.body = { ...((requestOptions.body as IDataObject) ?? {}), license_key: String(value).trim() };
		return requestOptions;
	};
}

/** The body Hyperaze answered with, as the client kept it in the error (scrubbed). */
function bodyOf(error: IDataObject): IDataObject | undefined {
	const context = error.context as IDataObject | undefined;
	const body = (context?.data ?? error.errorResponse) as IDataObject | undefined;
	return body && typeof body === 'object' ? body : undefined;
}

/** Hyperaze's code for a refused key (its body's `error`, e.g. "device_mismatch"), when it gives one apart from its message. */
function codeOf(error: IDataObject, reason: string): string | undefined {
	const code = bodyOf(error)?.error;
	return typeof code === 'string' && code.trim() && code !== reason ? code : undefined;
}

/** Hyperaze's own words from a mapped error (the body it answered with, else our message). */
function reasonOf(error: IDataObject, status: number): string {
	const body = bodyOf(error);
	if (body && typeof body === 'object') {
		for (const key of ['message', 'error_description', 'detail', 'error']) {
			const value = body[key];
			if (typeof value === 'string' && value.trim()) return value;
		}
	}
	const message = typeof error.message === 'string' ? error.message : '';
	const stripped = message.replace(new RegExp(`^${PROVIDER} (error \\d+|answered HTTP \\d+ with):?\\s*`), '');
	return stripped || `${PROVIDER} answered HTTP ${status}`;
}

/**
 * Validate License Key: one POST (never repeated, like every write). With "On Invalid Key" set to
 * Return Result, Hyperaze's 400 and 403 answers become `{ valid: false, status, reason, code }`; a
 * 200 becomes `{ valid: true, ...membership }`. Every other failure (401, 429, 5xx, network)
 * stays an error in both modes.
 */
export async function validateLicenseKeySend(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const onInvalid = this.getNodeParameter('onInvalid', 'returnResult') as string;
	if (isBlank((requestData.options.body as IDataObject | undefined)?.license_key)) {
		// only reached with Return Result (licenseKeyInput stops Fail): nothing is sent
		return pairWithInput(this, [{ json: { valid: false, status: null, reason: MISSING_KEY } }]);
	}
	try {
		const [answer] = await hyperaze.sendPage(this, requestData);
		return pairWithInput(this, [{ json: { valid: true, ...(answer?.json ?? {}) } }]);
	} catch (error) {
		const status = Number((error as IDataObject | undefined)?.httpCode);
		if (!INVALID_KEY_STATUSES.includes(status)) {
			// both constructors hand back an error of their own class unchanged
			if (error instanceof NodeOperationError) throw new NodeOperationError(this.getNode(), error);
			throw new NodeApiError(this.getNode(), error as JsonObject);
		}
		const reason = reasonOf(error as IDataObject, status);
		const code = codeOf(error as IDataObject, reason);
		if (onInvalid === 'fail') {
			throw providerError(this.getNode(), {
				message: `${PROVIDER}: the license key is not valid: ${reason}`,
				code: code ? `(${code})` : undefined,
				description: `${PROVIDER} refused the license key (HTTP ${status}): it is unknown, expired or revoked, belongs to another product, or is bound to another device (the Metadata sent, e.g. hwid). Nothing was changed. To get invalid keys as data ({ valid: false, reason }) instead of an error, set On Invalid Key to Return Result.`,
				httpCode: status,
				itemIndex: this.getItemIndex(),
			});
		}
		return pairWithInput(this, [{ json: { valid: false, status, reason, ...(code ? { code } : {}) } }]);
	}
}
