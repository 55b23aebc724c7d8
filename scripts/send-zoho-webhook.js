#!/usr/bin/env node
'use strict';
/*
 * Sends a Zoho Billing webhook call, signed the way Zoho signs it, to a Zoho Billing Trigger:
 *
 *   node scripts/send-zoho-webhook.js <webhook-url> <secret> [event-type] [--new]
 *
 *   <webhook-url>  the trigger's Production URL (or Test URL while the editor listens), e.g.
 *                  http://localhost:5678/webhook/<id>/webhook; query parameters are signed too
 *   <secret>       the webhook's secret token; "-" sends no signature (a trigger without a secret)
 *   [event-type]   one of Zoho's 24 event types, payment_declined by default
 *   --new          send it as a new event: the same data under a new event ID and time, also
 *                  added to the emulator's event log (as if Zoho had made it). Without it the event
 *                  is sent as it is in the log, as a delivery Zoho repeats; a trigger that already
 *                  received that event ID answers 200 and starts nothing.
 *
 * The body is the event as Zoho posts it by default (JSON: event_id, event_type, event_time, …,
 * data), taken from the newest event of that type in the running sandbox's Zoho emulator
 * (`npm run dev`; ZOHO_EMULATOR_URL or ZOHO_EMULATOR_PORT, default http://127.0.0.1:18081), so the
 * IDs match the sandbox, and a subscription you just created can be sent as `subscription_created`.
 * When no emulator answers, the same event comes from a fresh copy of the sandbox data.
 *
 * Signature (header X-Zoho-Webhook-Signature): HMAC-SHA256, keyed with the secret, of the URL's
 * query parameters sorted by name and written as name + value with nothing between them, followed
 * by the raw body; sent as hex.
 */

const crypto = require('node:crypto');
const path = require('node:path');

const { EVENT_TYPES, zohoTime } = require(path.join(__dirname, '..', 'test', 'emulators', 'zoho', 'events'));
const { ZOHO_DEFAULTS } = require(path.join(__dirname, '..', 'test', 'emulators', 'zoho.js'));

const USAGE = 'usage: node scripts/send-zoho-webhook.js <webhook-url> <secret|-> [event-type] [--new]';

/** The string Zoho signs: sorted query parameters (name + value), then the raw body. */
function stringToSign(url, rawBody) {
  const params = [...new URL(url).searchParams];
  params.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return params.map(([k, v]) => `${k}${v}`).join('') + rawBody;
}

/** The X-Zoho-Webhook-Signature of a call (hex HMAC-SHA256). */
function zohoSignature(secret, url, rawBody) {
  return crypto.createHmac('sha256', secret).update(stringToSign(url, rawBody), 'utf8').digest('hex');
}

/** The webhook body of an event as GET /events/{id} holds it: its payload, parsed. */
function webhookBody(event) {
  const payload = typeof event.payload === 'string' ? JSON.parse(event.payload) : event.payload;
  return payload && typeof payload === 'object' ? payload : { event_id: event.event_id, event_type: event.event_type, event_time: event.event_time };
}

/** The event as a new one: landed in the running emulator (a new ID from it), or a new ID and time here. */
async function asNewEvent(found, base) {
  const payload = webhookBody(found.event);
  if (found.fromEmulator) {
    const res = await fetch(`${base}/__emulator__/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event_type: payload.event_type, event_source: payload.event_source, data: payload.data }),
      signal: AbortSignal.timeout(3000),
    });
    if (res.ok) {
      const [event] = (await res.json()).events;
      return { event, source: `${found.source} (a new event, now in its log)` };
    }
  }
  const time = zohoTime();
  const id = String(903000009800000000n + BigInt(Date.now() % 100000000));
  return { event: { ...found.event, event_id: id, event_time: time, payload: { ...payload, event_id: id, event_time: time, created_time: time, event_time_formatted: time.slice(0, 10) } }, source: `${found.source} (as a new event)` };
}

/** The newest event of a type in a running Zoho emulator, or null when none answers. */
async function eventFromEmulator(base, type) {
  const headers = {
    Authorization: `Zoho-oauthtoken ${ZOHO_DEFAULTS.accessToken}`,
    'X-com-zoho-subscriptions-organizationid': ZOHO_DEFAULTS.organizationId,
  };
  let res;
  try {
    res = await fetch(`${base}/billing/v1/events?event_type=${encodeURIComponent(type)}&per_page=1`, { headers, signal: AbortSignal.timeout(3000) });
  } catch {
    return null; // not running
  }
  if (!res.ok) return null;
  const body = await res.json();
  return body.events && body.events[0] ? { event: body.events[0], source: `the Zoho emulator at ${base}`, fromEmulator: true } : null;
}

/** The newest event of a type in a fresh copy of the sandbox data. */
async function eventFromSandbox(type) {
  const { startZohoEmulator } = require(path.join(__dirname, '..', 'test', 'emulators'));
  const emu = await startZohoEmulator({ sandbox: true });
  try {
    const events = emu.state.events.filter((e) => e.event_type === type);
    events.sort((a, b) => (a.event_time < b.event_time ? 1 : a.event_time > b.event_time ? -1 : 0));
    return events[0] ? { event: JSON.parse(JSON.stringify(events[0])), source: 'the sandbox data' } : null;
  } finally {
    await emu.close();
  }
}

async function main(argv) {
  const flags = argv.filter((a) => /^--?[a-z]/i.test(a));
  const [url, secret, type = 'payment_declined'] = argv.filter((a) => !flags.includes(a));
  const unknown = flags.filter((f) => !['--new', '--help', '-h'].includes(f));
  if (unknown.length) {
    process.stderr.write(`unknown option: ${unknown.join(' ')}\n${USAGE}\n`);
    return 2;
  }
  if (!url || secret === undefined || flags.includes('--help') || flags.includes('-h')) {
    process.stderr.write(`${USAGE}\n\nevent types: ${EVENT_TYPES.join(', ')}\n`);
    return 2;
  }
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) throw new Error('not http(s)');
  } catch {
    process.stderr.write(`not a webhook URL: ${url}\n${USAGE}\n`);
    return 2;
  }
  if (!EVENT_TYPES.includes(type)) {
    process.stderr.write(`unknown event type: ${type}\nevent types: ${EVENT_TYPES.join(', ')}\n`);
    return 2;
  }

  const base = process.env.ZOHO_EMULATOR_URL || `http://127.0.0.1:${process.env.ZOHO_EMULATOR_PORT || 18081}`;
  let found = (await eventFromEmulator(base, type)) || (await eventFromSandbox(type));
  if (!found) {
    process.stderr.write(`no ${type} event found\n`);
    return 1;
  }
  if (flags.includes('--new')) found = await asNewEvent(found, base);
  const rawBody = JSON.stringify(webhookBody(found.event));
  const headers = { 'content-type': 'application/json' };
  if (secret !== '-' && secret !== '') headers['x-zoho-webhook-signature'] = zohoSignature(secret, url, rawBody);

  process.stdout.write(`POST ${url}\n  event ${found.event.event_id} (${type}) from ${found.source}\n`);
  process.stdout.write(`  ${headers['x-zoho-webhook-signature'] ? 'signed (X-Zoho-Webhook-Signature)' : 'not signed'}\n`);
  let res;
  try {
    res = await fetch(url, { method: 'POST', headers, body: rawBody, signal: AbortSignal.timeout(30_000) });
  } catch (err) {
    process.stderr.write(`could not reach ${url}: ${err.cause ? err.cause.message : err.message}\n`);
    return 1;
  }
  const text = await res.text();
  process.stdout.write(`  HTTP ${res.status} ${text.slice(0, 500)}\n`);
  if (res.status === 404) process.stdout.write('  (is the workflow published? the Test URL works only while the editor listens)\n');
  if (/already received/.test(text)) process.stdout.write('  (the trigger has had this event already: add --new to send it as a new event)\n');
  return res.status < 400 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
      process.exit(1);
    },
  );
}

module.exports = { stringToSign, zohoSignature, webhookBody, main };
