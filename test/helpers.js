'use strict';
/** Credentials that point the package's credential types at the emulators. */

function zohoCredentials(emu, overrides = {}) {
	return {
		zohoBillingOAuth2Api: {
			dataCenter: 'com',
			organizationId: '10234695',
			clientId: 'zoho-client-id',
			clientSecret: 'zoho-client-secret',
			// the token endpoint of the emulator; api_domain in the token data points the node at it
			accessTokenUrl: `${emu.url}/oauth/v2/token`,
			authUrl: `${emu.url}/oauth/v2/auth`,
			// the emulator has no limit unless a test sets one: the credential's budget says so
			// (tests of the budget itself pass Requests per Minute of their own)
			requestsPerMinute: 1_000_000,
			oauthTokenData: {
				access_token: 'zoho-access-token',
				refresh_token: 'zoho-refresh-token',
				api_domain: emu.url,
				token_type: 'Bearer',
				expires_in: 3600,
			},
			...overrides,
		},
	};
}

function hyperazeCredentials(emu, overrides = {}) {
	return { hyperazeApi: { apiKey: 'hz-test-key', baseUrl: `${emu.url}/api/v1`, ...overrides } };
}

function jframeworkCredentials(emu, overrides = {}) {
	return {
		jFrameworkApi: {
			environment: 'custom',
			baseUrl: `${emu.url}/api`,
			brandUrl: 'brand.example.com',
			authKey: 'jfw-auth-key',
			...overrides,
		},
	};
}

/** Resource-locator values as the editor stores them. */
const byId = (value) => ({ __rl: true, mode: 'id', value });
const fromList = (value) => ({ __rl: true, mode: 'list', value });

/** Every secret a credential holds, for "never in output or error" assertions. */
const SECRETS = ['zoho-access-token', 'zoho-refresh-token', 'zoho-client-secret', 'hz-test-key', 'jfw-auth-key', 'wrong-key-123', 'owner-password', 'jfw-wrong-password-77'];

/** Walks a value including errors' non-enumerable fields (message, cause, context). */
function collectStrings(value, out = [], seen = new Set(), depth = 0) {
	if (value === null || value === undefined || depth > 12) return out;
	if (typeof value === 'string') {
		out.push(value);
		return out;
	}
	if (typeof value !== 'object' && typeof value !== 'function') return out;
	if (seen.has(value)) return out;
	seen.add(value);
	for (const key of Object.getOwnPropertyNames(value)) {
		if (key === 'node' || key === 'workflow') continue; // the node definition holds no secrets, and is huge
		let child;
		try {
			child = value[key];
		} catch {
			continue;
		}
		collectStrings(child, out, seen, depth + 1);
	}
	return out;
}

function assertNoSecrets(value) {
	const strings = collectStrings(value);
	for (const secret of SECRETS) {
		const hit = strings.find((s) => s.includes(secret));
		if (hit) throw new Error(`secret "${secret}" leaked into: ${hit.slice(0, 300)}`);
	}
}

module.exports = { zohoCredentials, hyperazeCredentials, jframeworkCredentials, byId, fromList, assertNoSecrets, SECRETS };
