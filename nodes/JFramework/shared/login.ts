import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestHelper, INode } from 'n8n-workflow';

import { networkWords, plainHttpProblem } from '../../shared/client';
import { providerError, readHttpFailure, secretScrubber, summarizeText } from '../../shared/errors';
import { apiBaseUrl, jfwWords } from './transport';

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
	/** JFramework's code, e.g. "(JFramework code InvalidCredentials)" */
	code?: string;
	/** the password, to be scrubbed from every text of the error */
	password?: string;
}

/** Each caller gets its own error object (n8n annotates errors per item). */
function loginError(failure: LoginFailure) {
	const error = providerError(CREDENTIAL_NODE, {
		message: failure.message,
		code: failure.code,
		description: failure.description,
		httpCode: failure.httpCode,
		body: failure.body,
		scrub: secretScrubber([failure.password]),
	});
	return error;
}

const CHECK_CREDENTIAL =
	'Check the Username, Password, Brand URL and environment in the JFramework credential (Authentication: Username and Password).';

/** The password is only ever sent over https, except to a server on this machine (the clients' rule). */
function assertSafe(baseUrl: string): LoginFailure | undefined {
	const problem = plainHttpProblem(baseUrl);
	if (!problem) return undefined;
	return {
		message: `JFramework credential: the base URL ${problem}`,
		description: 'The password would travel unencrypted. Use an https:// address in the JFramework credential (or pick the Live or Development environment). Nothing was sent.',
	};
}

/** A login that hangs must not hold the workflow: the node's own bound is applied by the client as well. */
const LOGIN_TIMEOUT_MS = 30_000;

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
			timeout: LOGIN_TIMEOUT_MS,
		})) as IDataObject;
	} catch (error) {
		const failure = readHttpFailure(error);
		if (failure.status === undefined) {
			throw {
				message: `JFramework login failed: JFramework could not be reached (${networkWords(failure.networkCode)})`,
				description: 'Check the environment or Base URL of the JFramework credential, then run the node again.',
			} satisfies LoginFailure;
		}
		const words = jfwWords(failure.body);
		throw {
			message: `JFramework login failed (HTTP ${failure.status}): ${words?.text ?? summarizeText(failure.text)}`,
			code: words?.code,
			description: `JFramework refused the credential's login (POST /v1/users/auth). ${CHECK_CREDENTIAL}`,
			httpCode: failure.status,
			body: failure.body,
			password,
		} satisfies LoginFailure;
	}
	const data = body && typeof body === 'object' ? (body.data as IDataObject | undefined) : undefined;
	if (!body || body.success !== true || !data || typeof data.authKey !== 'string' || !data.authKey) {
		const words = jfwWords(body);
		throw {
			message: `JFramework login failed: ${words?.text ?? 'the answer has no authKey'}`,
			code: words?.code,
			description: `JFramework did not hand out an Auth-Key for the credential's user. ${CHECK_CREDENTIAL}`,
			body,
			password,
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
