import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper, INode } from 'n8n-workflow';

import { providerError, readHttpFailure, summarizeText } from '../../shared/errors';
import { apiBaseUrl } from './transport';

/**
 * Logging in with the credential's username and password (`POST /v1/users/auth`), for n8n's
 * `preAuthentication`: n8n calls it when the stored session key is empty, or expired (a request
 * answered 401), and stores what it returns in the credential.
 */

export const LOGIN_MODE = 'usernamePassword';

/** Whose session a stored key is: it is only sent to the same API, brand and user it was issued for. */
export function sessionOwner(credentials: ICredentialDataDecryptedObject): string {
	const environment = String(credentials.environment ?? '');
	const base = environment === 'custom' ? String(credentials.baseUrl ?? '') : '';
	return `${environment}|${base}|${String(credentials.brandUrl ?? '')}|${String(credentials.username ?? '')}`;
}

/** The same as `sessionOwner`, as an n8n expression over `$credentials` (used by `authenticate`). */
export const SESSION_OWNER_EXPRESSION =
	'$credentials.environment + "|" + ($credentials.environment === "custom" ? $credentials.baseUrl : "") + "|" + $credentials.brandUrl + "|" + $credentials.username';

/** Errors thrown here are not raised by a node: this stands in for one in n8n's error object. */
const CREDENTIAL_NODE: INode = {
	id: 'jFrameworkApi',
	name: 'JFramework credential',
	type: 'jFrameworkApi',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

interface LoginFailure {
	message: string;
	description: string;
	httpCode?: number;
	body?: IDataObject;
}

/** Each caller gets its own error object (n8n annotates errors per item). */
function loginError(failure: LoginFailure) {
	const error = providerError(CREDENTIAL_NODE, {
		message: failure.message,
		description: failure.description,
		httpCode: failure.httpCode,
		body: failure.body,
	});
	// read by the list searches' error mapping, like an HTTP error's body
	if (failure.body) error.context.data = failure.body;
	return error;
}

const CHECK_CREDENTIAL =
	'Check the Username, Password, Brand URL and environment in the JFramework credential (Authentication: Username and Password).';

function scrub(text: string, secret: string): string {
	return secret ? text.split(secret).join('***') : text;
}

/** JFramework's words from an error envelope, without any echo of the password. */
function envelopeWords(body: IDataObject | undefined, password: string): string | undefined {
	if (!body) return undefined;
	const errors = Array.isArray(body.errors) ? (body.errors as IDataObject[]) : [];
	const words = errors
		.map((e) => {
			const text = String(e.message ?? e.details ?? '');
			const code = e.code !== undefined ? ` [${String(e.code)}]` : '';
			const correlation = e.correlationId ? ` (correlation ID ${String(e.correlationId)})` : '';
			return `${text}${code}${correlation}`.trim();
		})
		.filter(Boolean)
		.join('; ');
	const text = words || (typeof body.message === 'string' ? body.message : '');
	return text ? scrub(text, password) : undefined;
}

function safeBody(body: IDataObject | undefined, password: string): IDataObject | undefined {
	if (!body) return undefined;
	return JSON.parse(scrub(JSON.stringify(body), password)) as IDataObject;
}

/** The password is only ever sent over https, except to a server on this machine. */
function assertSafe(baseUrl: string): LoginFailure | undefined {
	let url: URL | undefined;
	try {
		url = new URL(baseUrl);
	} catch {
		url = undefined;
	}
	const loopback = url && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url && (url.protocol === 'https:' || (loopback && url.protocol === 'http:'))) return undefined;
	return {
		message: `JFramework credential: the Base URL "${baseUrl}" must start with https://`,
		description: 'The password would travel unencrypted. Fix the Base URL in the JFramework credential (or pick the Live or Development environment). Nothing was sent.',
	};
}

async function login(helpers: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
	const username = String(credentials.username ?? '').trim();
	const password = String(credentials.password ?? '');
	if (!username || !password) {
		throw {
			message: 'JFramework credential: the Username and the Password are required to log in',
			description: `${CHECK_CREDENTIAL} Nothing was sent.`,
		} satisfies LoginFailure;
	}
	const baseUrl = apiBaseUrl(credentials);
	const unsafe = assertSafe(baseUrl);
	if (unsafe) throw unsafe;

	let body: IDataObject;
	try {
		body = (await helpers.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/v1/users/auth`,
			headers: { 'Brand-URL': String(credentials.brandUrl ?? ''), Accept: 'application/json', 'Content-Type': 'application/json' },
			body: { username, password },
			json: true,
		})) as IDataObject;
	} catch (error) {
		const failure = readHttpFailure(error);
		if (failure.status === undefined) {
			throw {
				message: `JFramework login failed: JFramework could not be reached (${failure.networkCode ?? 'network error'})`,
				description: 'Check the environment or Base URL of the JFramework credential, then run the node again.',
			} satisfies LoginFailure;
		}
		const words = envelopeWords(failure.body, password) ?? scrub(summarizeText(failure.text), password);
		throw {
			message: `JFramework login failed (HTTP ${failure.status}): ${words}`,
			description: `JFramework refused the credential's login (POST /v1/users/auth). ${CHECK_CREDENTIAL}`,
			httpCode: failure.status,
			body: safeBody(failure.body, password),
		} satisfies LoginFailure;
	}
	const data = body && typeof body === 'object' ? (body.data as IDataObject | undefined) : undefined;
	if (!body || body.success !== true || !data || typeof data.authKey !== 'string' || !data.authKey) {
		throw {
			message: `JFramework login failed: ${envelopeWords(body, password) ?? 'the answer has no authKey'}`,
			description: `JFramework did not hand out an Auth-Key for the credential's user. ${CHECK_CREDENTIAL}`,
			body: safeBody(body, password),
		} satisfies LoginFailure;
	}
	return { sessionAuthKey: data.authKey, sessionOwner: sessionOwner(credentials) };
}

/**
 * Logins in flight, by user and password: n8n starts every item's request at once, so without
 * this a run of many items would log in once per item. Callers that arrive while a login for the
 * same user is running share it; nothing is kept once it has finished.
 */
const inFlight = new Map<string, Promise<IDataObject>>();

/** n8n's `preAuthentication` for the JFramework credential. */
export async function jfwPreAuthentication(
	helpers: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	// with a pasted Auth-Key there is nothing to do (n8n keeps the credential unchanged)
	if (credentials.authentication !== LOGIN_MODE) return {};
	const key = `${sessionOwner(credentials)}\n${String(credentials.password ?? '')}`;
	let pending = inFlight.get(key);
	if (!pending) {
		pending = login(helpers, credentials);
		inFlight.set(key, pending);
		const forget = () => inFlight.delete(key);
		pending.then(forget, forget);
	}
	try {
		return { ...(await pending) };
	} catch (failure) {
		throw loginError(failure as LoginFailure);
	}
}
