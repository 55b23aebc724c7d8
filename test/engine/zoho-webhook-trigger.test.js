'use strict';
/**
 * Zoho Billing Trigger (webhook) through n8n-core's WebhookContext, with requests shaped as n8n
 * 2.40's webhook server hands them over (parsed body plus the received bytes in rawBody): the
 * X-Zoho-Webhook-Signature check with the secret token in a Zoho Billing Webhook credential
 * (correct, wrong, missing, a replayed signature with another body, hex in both cases, base64,
 * query and form parameters in the string to sign), version 1's Secret Token field, the credential
 * test, repeated deliveries of one event (replays), the event type filter and the output.
 */
const crypto = require('crypto');
const { runWebhook, loadPackage, nodeTypeOf } = require('../harness/engine');

const SECRET = 'n8nZohoSecret2024';
const HOOK = '/webhook/5b3f0a9e-0000-4000-8000-000000000001/webhook';
const WITH_SECRET = { zohoBillingWebhookApi: { secretToken: SECRET } };

const event = (overrides = {}) => ({
	event_id: '2000000012345',
	event_type: 'subscription_created',
	event_time: '2026-01-02T10:00:00-0800',
	event_source: 'user',
	payload: JSON.stringify({ event_id: '2000000012345', event_type: 'subscription_created', data: { subscription: { subscription_id: '90343', status: 'live' } } }),
	...overrides,
});

/** Zoho's signature: sorted parameters as key+value, then the raw body; HMAC-SHA256 with the secret. */
function sign(pairs, rawBody, encoding = 'hex', secret = SECRET) {
	const text = [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k, v]) => `${k}${v}`).join('');
	return crypto.createHmac('sha256', secret).update(Buffer.concat([Buffer.from(text), Buffer.from(rawBody)])).digest(encoding);
}

/** One call of the webhook: by default a version-2 node with the secret in its credential. */
const call = ({ body = JSON.stringify(event()), url = HOOK, headers = {}, parameters = {}, credentials = WITH_SECRET, typeVersion, staticData } = {}) =>
	runWebhook({
		type: 'zohoBillingTrigger',
		parameters: { events: [], ...parameters },
		credentials,
		typeVersion,
		staticData,
		request: { method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, body },
	});

describe('Zoho Billing Trigger (webhook): signature', () => {
	it('accepts a correct signature (hex) and starts one execution with the event', async () => {
		const body = JSON.stringify(event());
		const r = await call({ body, headers: { 'x-zoho-webhook-signature': sign([], body) } });
		expect([r.status, r.started]).toEqual([200, true]);
		expect(r.items).toHaveLength(1);
	});

	it('accepts hex in upper case and base64 too', async () => {
		const body = JSON.stringify(event());
		for (const signature of [sign([], body).toUpperCase(), sign([], body, 'base64')]) {
			const r = await call({ body, headers: { 'x-zoho-webhook-signature': signature } });
			expect([signature, r.status, r.started]).toEqual([signature, 200, true]);
		}
	});

	it('answers 401 and starts nothing without a signature', async () => {
		const r = await call();
		expect([r.status, r.started, r.items]).toEqual([401, false, []]);
		expect(r.body).toEqual({ message: 'Missing X-Zoho-Webhook-Signature' });
	});

	it('answers 401 and starts nothing for a wrong signature, a wrong secret, or something that is not a digest', async () => {
		const body = JSON.stringify(event());
		for (const signature of [sign([], body).replace(/^./, (c) => (c === 'a' ? 'b' : 'a')), sign([], body, 'hex', 'another-secret-99'), 'not-a-signature', sign([], body).slice(0, 40)]) {
			const r = await call({ body, headers: { 'x-zoho-webhook-signature': signature } });
			expect([r.status, r.started]).toEqual([401, false]);
			expect(r.body).toEqual({ message: 'Invalid X-Zoho-Webhook-Signature' });
		}
	});

	it('refuses a replayed signature sent with another payload (the raw body is signed)', async () => {
		const original = JSON.stringify(event());
		const tampered = JSON.stringify(event({ event_type: 'subscription_cancelled' }));
		const r = await call({ body: tampered, headers: { 'x-zoho-webhook-signature': sign([], original) } });
		expect([r.status, r.started]).toEqual([401, false]);
		// the same JSON with other spacing is another body too
		const respaced = JSON.stringify(event(), null, 2);
		expect((await call({ body: respaced, headers: { 'x-zoho-webhook-signature': sign([], original) } })).status).toBe(401);
		expect((await call({ body: respaced, headers: { 'x-zoho-webhook-signature': sign([], respaced) } })).status).toBe(200);
	});

	it('signs the query parameters of the URL (sorted by key) before the body', async () => {
		const body = JSON.stringify(event());
		const url = `${HOOK}?subscription_id=90343&name=basic%20plan`;
		const good = sign([['subscription_id', '90343'], ['name', 'basic plan']], body);
		expect((await call({ url, body, headers: { 'x-zoho-webhook-signature': good } })).status).toBe(200);
		// the body alone is not enough when parameters were sent
		expect((await call({ url, body, headers: { 'x-zoho-webhook-signature': sign([], body) } })).status).toBe(401);
		// nor is a signature of other parameter values
		const other = sign([['subscription_id', '90344'], ['name', 'basic plan']], body);
		expect((await call({ url, body, headers: { 'x-zoho-webhook-signature': other } })).status).toBe(401);
	});

	it('signs the parameters of a form body (x-www-form-urlencoded) with the query ones, without the raw body', async () => {
		const body = 'event_id=2000000012345&event_type=invoice_created&amount=49.00';
		const url = `${HOOK}?source=zoho`;
		const signature = sign([['event_id', '2000000012345'], ['event_type', 'invoice_created'], ['amount', '49.00'], ['source', 'zoho']], '');
		const r = await call({ url, body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-zoho-webhook-signature': signature } });
		expect([r.status, r.started]).toEqual([200, true]);
		expect(r.items).toEqual([{ event_id: '2000000012345', event_type: 'invoice_created', amount: '49.00' }]);
	});

	it('checks nothing when no Zoho Billing Webhook credential is chosen', async () => {
		const r = await call({ credentials: {} });
		expect([r.status, r.started]).toEqual([200, true]);
	});

	it('version 2 has no Secret Token field: a value left in the parameters is not used', async () => {
		const r = await call({ credentials: {}, parameters: { secretToken: SECRET } });
		expect([r.status, r.started]).toEqual([200, true]);
	});

	it('refuses the call (n8n answers 500, nothing starts) when the chosen credential holds no token', async () => {
		const r = await call({ credentials: { zohoBillingWebhookApi: { secretToken: '' } } });
		expect([r.status, r.started]).toEqual([500, false]);
		expect(r.error.message).toBe('The Zoho Billing Webhook credential has no secret token');
	});
});

describe('Zoho Billing Trigger (webhook): version 1 (workflows made before the credential)', () => {
	const v1 = (options) => call({ typeVersion: 1, credentials: {}, ...options });

	it('keeps checking with its Secret Token field', async () => {
		const body = JSON.stringify(event());
		const good = await v1({ body, parameters: { secretToken: SECRET }, headers: { 'x-zoho-webhook-signature': sign([], body) } });
		expect([good.status, good.started]).toEqual([200, true]);
		const unsigned = await v1({ body, parameters: { secretToken: SECRET } });
		expect([unsigned.status, unsigned.started]).toEqual([401, false]);
		const open = await v1({ body, parameters: { secretToken: '' } });
		expect([open.status, open.started]).toEqual([200, true]);
	});

	it('a credential chosen on a version-1 node wins over the field (moving the token needs no new node, so no new URL)', async () => {
		const body = JSON.stringify(event());
		const r = await v1({
			body,
			credentials: WITH_SECRET,
			parameters: { secretToken: 'anOldTokenOf16ch' },
			headers: { 'x-zoho-webhook-signature': sign([], body) },
		});
		expect([r.status, r.started]).toEqual([200, true]);
		const old = await v1({
			body,
			credentials: WITH_SECRET,
			parameters: { secretToken: 'anOldTokenOf16ch' },
			headers: { 'x-zoho-webhook-signature': sign([], body, 'hex', 'anOldTokenOf16ch') },
		});
		expect([old.status, old.started]).toEqual([401, false]);
	});
});

describe('Zoho Billing Trigger (webhook): repeated deliveries', () => {
	it('a delivery of an event already accepted (same body, same valid signature) is answered 200 and starts nothing', async () => {
		const body = JSON.stringify(event());
		const headers = { 'x-zoho-webhook-signature': sign([], body) };
		const first = await call({ body, headers });
		expect([first.status, first.started]).toEqual([200, true]);
		const replay = await call({ body, headers, staticData: first.staticData });
		expect([replay.status, replay.started, replay.items]).toEqual([200, false, []]);
		expect(replay.body).toEqual({ received: true, ignored: expect.stringMatching(/^event 2000000012345 was already received at \d{4}-\d{2}-\d{2}T/) });
		// the same event in other bytes (re-encoded by a retry) is the same event
		const respaced = JSON.stringify(event(), null, 1);
		const again = await call({ body: respaced, headers: { 'x-zoho-webhook-signature': sign([], respaced) }, staticData: replay.staticData });
		expect([again.status, again.started]).toEqual([200, false]);
		// another event starts its execution
		const next = JSON.stringify(event({ event_id: '2000000012346' }));
		const other = await call({ body: next, headers: { 'x-zoho-webhook-signature': sign([], next) }, staticData: again.staticData });
		expect([other.status, other.started]).toEqual([200, true]);
	});

	it('remembers an event for seven days, and at most the 1,000 most recent', async () => {
		const body = JSON.stringify(event());
		const headers = { 'x-zoho-webhook-signature': sign([], body) };
		const first = await call({ body, headers });
		const [[id, at]] = first.staticData.acceptedEvents;
		expect([id, Math.abs(at - Date.now()) < 60_000]).toEqual(['2000000012345', true]);
		const day = 24 * 3600_000;
		const sixDays = { acceptedEvents: [[id, Date.now() - 6 * day]] };
		expect((await call({ body, headers, staticData: sixDays })).started).toBe(false);
		const eightDays = { acceptedEvents: [[id, Date.now() - 8 * day]] };
		expect((await call({ body, headers, staticData: eightDays })).started).toBe(true);
		// 1,000 later events push it out
		const full = { acceptedEvents: [[id, Date.now() - 1000], ...Array.from({ length: 1000 }, (_, i) => [`9${i}`, Date.now() - 500])] };
		const pushedOut = await call({ body, headers, staticData: full });
		expect(pushedOut.started).toBe(true);
		expect(pushedOut.staticData.acceptedEvents).toHaveLength(1000);
		expect(pushedOut.staticData.acceptedEvents[999][0]).toBe(id);
	});

	it('an unsigned or wrongly signed delivery is refused before it is remembered, and a call without event_id is not deduplicated', async () => {
		const body = JSON.stringify(event());
		const refused = await call({ body, headers: { 'x-zoho-webhook-signature': sign([], body, 'hex', 'another-secret-99') } });
		expect([refused.status, refused.staticData.acceptedEvents]).toEqual([401, undefined]);
		const plain = JSON.stringify({ subscription_id: '90343', status: 'live' });
		const once = await call({ body: plain, headers: { 'x-zoho-webhook-signature': sign([], plain) } });
		const twice = await call({ body: plain, headers: { 'x-zoho-webhook-signature': sign([], plain) }, staticData: once.staticData });
		expect([once.started, twice.started]).toEqual([true, true]);
	});
});

describe('Zoho Billing Trigger (webhook): events and output', () => {
	const signed = (body, parameters) => call({ body, parameters, headers: { 'x-zoho-webhook-signature': sign([], body) } });

	it('outputs the event with event_id and event_type first and the payload parsed from its JSON string', async () => {
		const r = await signed(JSON.stringify(event()));
		expect(r.items).toEqual([
			{
				event_id: '2000000012345',
				event_type: 'subscription_created',
				event_time: '2026-01-02T10:00:00-0800',
				event_source: 'user',
				payload: { event_id: '2000000012345', event_type: 'subscription_created', data: { subscription: { subscription_id: '90343', status: 'live' } } },
			},
		]);
		expect(Object.keys(r.items[0]).slice(0, 2)).toEqual(['event_id', 'event_type']);
	});

	it('takes event_id and event_type from the payload when the body has them only there, and keeps a payload object as is', async () => {
		const body = JSON.stringify({ payload: JSON.stringify({ event_id: '77', event_type: 'card_expired', data: {} }) });
		expect((await signed(body)).items[0]).toMatchObject({ event_id: '77', event_type: 'card_expired', payload: { data: {} } });
		const plain = JSON.stringify({ event_id: '78', event_type: 'invoice_created', data: { invoice: { invoice_id: '1' } } });
		expect((await signed(plain)).items[0]).toEqual({ event_id: '78', event_type: 'invoice_created', data: { invoice: { invoice_id: '1' } } });
	});

	it('starts the workflow only for the selected event types; others get 200 and start nothing', async () => {
		const parameters = { events: ['invoice_created', 'payment_declined'] };
		const wanted = await signed(JSON.stringify(event({ event_type: 'payment_declined' })), parameters);
		expect([wanted.status, wanted.started]).toEqual([200, true]);
		const other = await signed(JSON.stringify(event({ event_type: 'subscription_created' })), parameters);
		expect([other.status, other.started, other.items]).toEqual([200, false, []]);
		expect(other.body).toEqual({ received: true, ignored: 'event type subscription_created is not selected' });
	});

	it('still answers 401 to an unsigned event of a type that is not selected (the signature comes first)', async () => {
		const r = await call({ body: JSON.stringify(event()), parameters: { events: ['invoice_created'] } });
		expect([r.status, r.started]).toEqual([401, false]);
	});
});

describe('Zoho Billing Trigger (webhook): description and credential', () => {
	it('is a POST webhook with all 24 documented event types, an optional secret credential, and no usableAsTool', async () => {
		const loader = await loadPackage();
		const d = loader.nodeTypes.zohoBillingTrigger.type.description;
		expect(d.webhooks).toEqual([expect.objectContaining({ name: 'default', httpMethod: 'POST', responseMode: 'onReceived' })]);
		expect(d.usableAsTool).toBeUndefined();
		expect([d.version, d.defaultVersion]).toEqual([[1, 2], 2]);
		expect(d.credentials).toEqual([{ name: 'zohoBillingWebhookApi', required: false, testedBy: 'zohoBillingWebhookSecretTest' }]);
		expect(d.properties.find((p) => p.name === 'events').options).toHaveLength(24);
		// the field that kept the token in the workflow exists on version 1 only
		const field = d.properties.find((p) => p.name === 'secretToken');
		expect([field.typeOptions.password, field.displayOptions.show['@version']]).toEqual([true, [1]]);
		expect(d.properties.find((p) => p.name === 'setupNotice').displayName).toMatch(/Settings → Automation → Webhooks.*Zoho Billing Webhook<\/b> credential/);
	});

	it('the credential holds the token as a password, links its documentation, and says what the signature does not cover', async () => {
		const loader = await loadPackage();
		const c = loader.credentialTypes.zohoBillingWebhookApi.type;
		const token = c.properties.find((p) => p.name === 'secretToken');
		expect([token.type, token.typeOptions.password, token.required]).toEqual(['string', true, true]);
		expect(c.documentationUrl).toMatch(/^https:\/\/.*docs\/triggers\.md#zoho-billing-webhook-credential$/);
		expect(c.properties.find((p) => p.name === 'signatureNotice').displayName).toMatch(/amount=10&subscription_id=123.*amount=10subscription_id123/);
	});

	it('the credential test checks the form Zoho requires (nothing can be sent: Zoho has no API for it)', async () => {
		const node = await nodeTypeOf('zohoBillingTrigger');
		const test = (secretToken) => node.methods.credentialTest.zohoBillingWebhookSecretTest.call({}, { id: '1', name: 'x', type: 'zohoBillingWebhookApi', data: { secretToken } });
		expect(await test(SECRET)).toEqual({ status: 'OK', message: expect.stringMatching(/Nothing was sent/) });
		expect(await test('short1')).toEqual({ status: 'Error', message: expect.stringMatching(/12 to 50 letters and digits; this one has 6 characters/) });
		expect((await test('with-a-dash-123')).message).toMatch(/not all letters and digits/);
		expect((await test('a'.repeat(51))).status).toBe('Error');
	});
});
