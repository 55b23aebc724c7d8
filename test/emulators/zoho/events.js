'use strict';
/**
 * Zoho Billing Events: `GET /events` (filters `event_type`, `date_start`/`date_end` yyyy-mm-dd on
 * the event's own date, `filter_by=EventTime.All`; `page`/`per_page`; newest first) and
 * `GET /events/{event_id}`. Events are made by Zoho, never by the API, so tests add them with the
 * helpers exported here (or `POST /__emulator__/events`, which needs no auth):
 *
 *   const { addEvent, addEvents } = require('../emulators/zoho/events');
 *   addEvent(emu, { event_type: 'invoice_created' });            // now, payload built
 *   addEvents(emu, 5, { event_time: '2026-01-02T10:00:00-0700' }); // a same-second burst
 *
 * Test switches on the emulator object: `emu.eventsMaxPerPage` (cap per_page below Zoho's 200,
 * to get page boundaries with few events) and `emu.eventsListWithoutPayload` (list entries carry
 * only event_id, event_type and event_time, as Zoho's OpenAPI list schema shows).
 *
 * The log also follows the records, as Zoho's does: every API request that changes records lands
 * the matching events (`track()`, which zoho.js wraps around every route; see `eventsOfChanges`):
 * subscriptions created, deleted, cancelled (now or at the term end), reactivated, activated,
 * marked unpaid or expired, moved to a dearer or cheaper plan, renewal date moved; invoices raised
 * (also by a subscription, a charge or an add-on purchase); payments recorded or collected (also
 * the automatic charge of an online subscription's invoice; a payment with status `failure` is
 * `payment_declined`); payments refunded; credit notes added; cards deleted. The payload's `data`
 * holds the record as the API answers it (`subscription`, `invoice`, `payment` (+ `refund`),
 * `creditnote`, `card`). These events take IDs from their own sequence (`emu.eventSequence`), so
 * the IDs of every other record are the same as without them. Seeding (`emu.seed`) lands none.
 */

const EVENT_TYPES = [
  'subscription_created', 'trial_expiring', 'subscription_activation', 'subscription_ahead', 'subscription_renewed',
  'billing_date_changed', 'subscription_upgraded', 'subscription_downgraded', 'subscription_unpaid',
  'subscription_cancelled', 'subscription_reactivated', 'subscription_cancellation_scheduled',
  'subscription_move_to_free_scheduled', 'subscription_expiring', 'subscription_expired', 'subscription_deleted',
  'invoice_created', 'creditnote_added', 'payment_thankyou', 'payment_refunded', 'payment_declined', 'card_expired',
  'card_expiring', 'card_deleted',
];

const pad = (n) => String(n).padStart(2, '0');

/** Zoho's time format, e.g. 2016-06-05T17:38:06-0700 (offset in minutes, default -420). */
function zohoTime(date = new Date(), offsetMinutes = -420) {
  const shifted = new Date(date.getTime() + offsetMinutes * 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${shifted.toISOString().slice(0, 19)}${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

const parseZohoTime = (text) => Date.parse(String(text).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

/** What the event is about, by type (the `data` of the payload). */
function dataFor(type, id) {
  if (type.startsWith('invoice')) return { invoice: { invoice_id: `9030000${id}`, status: 'sent', total: 49 } };
  if (type.startsWith('payment')) return { payment: { payment_id: `9030001${id}`, amount: 49, payment_mode: 'creditcard' } };
  if (type.startsWith('creditnote')) return { creditnote: { creditnote_id: `9030002${id}`, total: 10 } };
  if (type.startsWith('card')) return { card: { card_id: `9030003${id}`, last_four_digits: '4242' } };
  return { subscription: { subscription_id: `9030004${id}`, status: 'live', plan: { plan_code: 'basic-monthly' } } };
}

/** A full event as Zoho stores it: the payload is a JSON string holding the event and its data. */
function buildEvent(col, partial = {}) {
  const type = partial.event_type || 'subscription_created';
  const time = partial.event_time || zohoTime();
  const rec = col.insert({ ...(partial.event_id ? { event_id: String(partial.event_id) } : {}), event_type: type, event_time: time });
  const id = rec.event_id;
  const payload =
    partial.payload !== undefined
      ? partial.payload
      : JSON.stringify({
          created_time: time,
          event_id: id,
          event_type: type,
          event_time: time,
          event_time_formatted: time.slice(0, 10),
          event_source: partial.event_source || 'user',
          data: partial.data || dataFor(type, id),
        });
  Object.assign(rec, {
    event_source: 'user',
    payload,
    webhooks: [],
    ...Object.fromEntries(Object.entries(partial).filter(([k]) => !['data', 'payload', 'event_id'].includes(k))),
  });
  return rec;
}

/** Adds one event (now, subscription_created by default) and returns a copy. */
function addEvent(emu, partial = {}) {
  return JSON.parse(JSON.stringify(buildEvent(emu.state.events, partial)));
}

/** Adds `count` events (or one per partial in a list), each with `common` fields; returns copies. */
function addEvents(emu, countOrList, common = {}) {
  const list = typeof countOrList === 'number' ? Array.from({ length: countOrList }, () => ({})) : countOrList;
  return list.map((partial) => addEvent(emu, { ...common, ...partial }));
}

/** Newest first; events of the same second by ID, highest first. */
function newestFirst(a, b) {
  const dt = parseZohoTime(b.event_time) - parseZohoTime(a.event_time);
  if (dt !== 0) return dt;
  const x = BigInt(a.event_id);
  const y = BigInt(b.event_id);
  return x === y ? 0 : x < y ? 1 : -1;
}

/* ------------------------------------------------------------------------------------------------
 * Events that follow the records
 * ---------------------------------------------------------------------------------------------- */

const API = '/billing/v1';
/** Where the IDs of the events the emulator makes itself start (above every other ID in use). */
const EVENT_SEQUENCE_START = 903000009500000n;
const INVOICE_COLLECTIONS = ['invoices', 'subscription_invoices'];
const copy = (value) => JSON.parse(JSON.stringify(value));
const status = (response) => (response && response.status) || 200;

/** The next ID of an event the emulator makes. */
function nextEventId(emu) {
  if (typeof emu.eventSequence !== 'bigint') emu.eventSequence = EVENT_SEQUENCE_START;
  emu.eventSequence += 1n;
  return emu.eventSequence.toString();
}

/**
 * Makes a state's collections report what a request inserts and removes (into `emu.changeLog`
 * while a request is tracked). Called by zoho.js for every fresh state.
 */
function watchCollections(emu, state) {
  for (const col of Object.values(state)) {
    if (!col || typeof col.insert !== 'function' || col.name === 'events') continue;
    const insert = col.insert.bind(col);
    const remove = col.remove.bind(col);
    col.insert = (record) => {
      const stored = insert(record);
      if (emu.changeLog) emu.changeLog.inserted.push([col.name, stored]);
      return stored;
    };
    col.remove = (id) => {
      const gone = remove(id);
      if (gone && emu.changeLog) emu.changeLog.removed.push([col.name, gone]);
      return gone;
    };
  }
}

/** The subscription a request addresses (`/subscriptions/:id/…`), as it is before the request. */
function subscriptionBefore(ctx) {
  if (!ctx.path.startsWith(`${API}/subscriptions/`) || !ctx.params || ctx.params.id === undefined) return undefined;
  const sub = ctx.state.subscriptions && ctx.state.subscriptions.get(ctx.params.id);
  return sub ? copy(sub) : undefined;
}

/** An invoice as the API answers it (completed by the invoices module when it is loaded). */
function invoiceView(invoice) {
  let view = copy(invoice);
  try {
    const docs = require('./invoices').documents;
    if (docs && docs.completeInvoice) view = docs.completeInvoice(view);
  } catch (_) {
    /* the invoices module is optional */
  }
  return view;
}

/** The payment object of a charge recorded on an invoice (an online subscription's automatic charge). */
function paymentOfInvoice(invoice, entry) {
  return {
    payment_id: String(entry.payment_id),
    payment_mode: entry.payment_mode,
    amount: entry.amount,
    date: entry.date,
    status: 'success',
    reference_number: entry.reference_number || invoice.invoice_number || '',
    description: entry.description || '',
    customer_id: invoice.customer_id,
    customer_name: invoice.customer_name,
    email: invoice.email || '',
    currency_code: invoice.currency_code,
    currency_symbol: invoice.currency_symbol,
    invoices: [{ invoice_id: invoice.invoice_id, invoice_number: invoice.invoice_number, amount_applied: entry.amount, balance_amount: invoice.balance }],
  };
}

/** The event a change of a subscription's status stands for (undefined for none). */
function statusEvent(before, after) {
  if (after === 'cancelled') return 'subscription_cancelled';
  if (after === 'non_renewing') return 'subscription_cancellation_scheduled';
  if (before === 'non_renewing' && (after === 'live' || after === 'trial')) return 'subscription_reactivated';
  if (after === 'live' && (before === 'trial' || before === 'future')) return 'subscription_activation';
  if (after === 'unpaid') return 'subscription_unpaid';
  if (after === 'expired') return 'subscription_expired';
  return undefined;
}

const planValue = (sub) => (sub && sub.plan ? Number(sub.plan.price || 0) * Number(sub.plan.quantity || 1) : 0);

/**
 * The events of what one request changed: [{ event_type, event_source, data }], in the order Zoho
 * lands them (a new subscription, its first invoice, then its automatic payment).
 */
function eventsOfChanges(ctx, log, response) {
  const out = [];
  const add = (type, data, source = 'user') => out.push({ event_type: type, event_source: source, data: copy(data) });
  const removedSubscriptions = new Set();
  for (const [name, rec] of log.removed) {
    if (name === 'subscriptions') {
      removedSubscriptions.add(rec.subscription_id);
      add('subscription_deleted', { subscription: rec });
    } else if (name === 'cards') {
      add('card_deleted', { card: rec });
    }
  }
  for (const [name, rec] of log.inserted) {
    if (name === 'subscriptions') add('subscription_created', { subscription: rec });
    else if (INVOICE_COLLECTIONS.includes(name)) {
      const invoice = invoiceView(rec);
      add('invoice_created', { invoice });
      for (const entry of invoice.payments || []) add('payment_thankyou', { payment: paymentOfInvoice(invoice, entry) }, 'system');
    } else if (name === 'payments') {
      add(rec.status === 'failure' ? 'payment_declined' : 'payment_thankyou', { payment: rec });
    } else if (name === 'refunds' && rec.payment_id) {
      const payment = ctx.state.payments && ctx.state.payments.get(rec.payment_id);
      add('payment_refunded', { refund: rec, ...(payment ? { payment } : {}) });
    } else if (name === 'creditnotes') {
      add('creditnote_added', { creditnote: rec });
    }
  }
  // an invoice's charge collected through the API (the payment is in the answer only)
  if (/^\/billing\/v1\/invoices\/[^/]+\/collect$/.test(ctx.path) && response && response.body && response.body.payment) {
    add('payment_thankyou', { payment: response.body.payment });
  }
  const before = log.before;
  const after = before && !removedSubscriptions.has(before.subscription_id) ? ctx.state.subscriptions.get(before.subscription_id) : undefined;
  if (after) {
    if (after.status !== before.status) {
      const type = statusEvent(before.status, after.status);
      if (type) add(type, { subscription: after });
    } else if (after.plan_code !== before.plan_code || (after.plan && before.plan && after.plan.quantity !== before.plan.quantity)) {
      const change = planValue(after) - planValue(before);
      if (change !== 0) add(change > 0 ? 'subscription_upgraded' : 'subscription_downgraded', { subscription: after });
    } else if (after.next_billing_at !== before.next_billing_at && after.next_billing_at) {
      add('billing_date_changed', { subscription: after });
    }
  }
  return out;
}

/**
 * Runs a route handler and lands the events of what it changed. Reads, OAuth and the emulator's
 * own routes are run as they are; a request answered with an error lands nothing.
 */
function track(ctx, handler) {
  const emu = ctx.emu;
  if (ctx.method === 'GET' || !ctx.state.events || ctx.path.startsWith('/oauth/') || ctx.path.startsWith('/__emulator__/')) {
    return handler(ctx);
  }
  const log = { inserted: [], removed: [], before: subscriptionBefore(ctx) };
  const outer = emu.changeLog;
  emu.changeLog = log;
  let response;
  try {
    response = handler(ctx);
  } finally {
    emu.changeLog = outer;
  }
  if (status(response) < 400) {
    const time = zohoTime();
    for (const event of eventsOfChanges(ctx, log, response)) {
      buildEvent(ctx.state.events, { event_id: nextEventId(emu), event_time: time, ...event });
    }
  }
  return response;
}

module.exports = {
  EVENT_TYPES,
  zohoTime,
  addEvent,
  addEvents,
  buildEvent,
  track,
  watchCollections,
  eventsOfChanges,
  nextEventId,
  EVENT_SEQUENCE_START,
  collections: [{ name: 'events', idField: 'event_id' }],
  routes(router, kit) {
    const { API, ok, fail, clone, queryValue, queryInt } = kit;

    router.get(`${API}/events`, (ctx) => {
      let items = ctx.state.events.all();
      const type = queryValue(ctx.query, 'event_type');
      if (type !== undefined && type !== '') {
        if (!EVENT_TYPES.includes(type)) throw fail(400, 2, 'Invalid value passed for event_type');
        items = items.filter((e) => e.event_type === type);
      }
      const filterBy = queryValue(ctx.query, 'filter_by');
      if (filterBy !== undefined && filterBy !== '' && filterBy !== 'EventTime.All') {
        throw fail(400, 2, 'Invalid value passed for filter_by');
      }
      for (const [name, keep] of [
        ['date_start', (day, v) => day >= v],
        ['date_end', (day, v) => day <= v],
      ]) {
        const v = queryValue(ctx.query, name);
        if (v === undefined || v === '') continue;
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw fail(400, 2, `Invalid value passed for ${name}`);
        items = items.filter((e) => keep(String(e.event_time).slice(0, 10), v));
      }
      items = items.slice().sort(newestFirst);

      let page = queryInt(queryValue(ctx.query, 'page'));
      let perPage = queryInt(queryValue(ctx.query, 'per_page'));
      if (page === undefined || Number.isNaN(page) || page < 1) page = 1;
      if (perPage === undefined || Number.isNaN(perPage) || perPage < 1) perPage = 200;
      perPage = Math.min(perPage, 200, ctx.emu.eventsMaxPerPage || 200);
      const start = (page - 1) * perPage;
      let slice = clone(items.slice(start, start + perPage));
      if (ctx.emu.eventsListWithoutPayload) {
        slice = slice.map(({ event_id, event_type, event_time }) => ({ event_id, event_type, event_time }));
      }
      return ok({
        events: slice,
        page_context: {
          page,
          per_page: perPage,
          has_more_page: start + perPage < items.length,
          report_name: 'Events',
          applied_filter: 'EventTime.All',
          sort_column: 'event_time',
          sort_order: 'D',
        },
      });
    });

    router.get(`${API}/events/:event_id`, (ctx) => {
      const rec = ctx.state.events.get(ctx.params.event_id);
      if (!rec) throw fail(404, 1002, 'Event does not exist.');
      return ok({ event: clone(rec) });
    });

    // test-only: lands events as Zoho would (body: one partial event or a list of them)
    router.post(
      '/__emulator__/events',
      (ctx) => {
        const body = ctx.body && typeof ctx.body === 'object' ? ctx.body : {};
        const list = Array.isArray(body) ? body : [body];
        return { status: 200, body: { events: list.map((partial) => clone(buildEvent(ctx.state.events, partial))) } };
      },
      { public: true },
    );
  },
};
