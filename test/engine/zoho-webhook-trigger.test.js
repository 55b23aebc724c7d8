'use strict';
/**
 * Zoho Billing Trigger (webhook) through n8n-core's WebhookContext, with requests shaped as n8n
 * 2.40's webhook server hands them over (parsed body plus the received bytes in rawBody): the
 * X-Zoho-Webhook-Signature check (correct, wrong, missing, a replayed signature with another
 * body, hex in both cases, base64, query and form parameters in the string to sign), the event
 * type filter and the output.
 */
const crypto = require('crypto');
const { runWebhook, loadPackage } = require('../harness/engine');

const SECRET = 'n8nZohoSecret2024';
const HOOK = '/webhook/5b3f0a9e-0000-4000-8000-000000000001/webhook';

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

const call = ({ body = JSON.stringify(event()), url = HOOK, headers = {}, parameters = {} } = {}) =>
	runWebhook({
		type: 'zohoBillingTrigger',
		parameters: { events: [], secretToken: SECRET, ...parameters },
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

	it('checks nothing when no secret token is set', async () => {
		const r = await call({ parameters: { secretToken: '' } });
		expect([r.status, r.started]).toEqual([200, true]);
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

describe('Zoho Billing Trigger (webhook): description', () => {
	it('is a POST webhook with all 24 documented event types, a password secret, and no usableAsTool', async () => {
		const loader = await loadPackage();
		const d = loader.nodeTypes.zohoBillingTrigger.type.description;
		expect(d.webhooks).toEqual([expect.objectContaining({ name: 'default', httpMethod: 'POST', responseMode: 'onReceived' })]);
		expect(d.usableAsTool).toBeUndefined();
		expect(d.properties.find((p) => p.name === 'events').options).toHaveLength(24);
		expect(d.properties.find((p) => p.name === 'secretToken').typeOptions.password).toBe(true);
		expect(d.properties.find((p) => p.name === 'setupNotice').displayName).toMatch(/Settings → Automation → Webhooks/);
	});
});
