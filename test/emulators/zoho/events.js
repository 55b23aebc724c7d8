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
          event_source: 'user',
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

module.exports = {
  EVENT_TYPES,
  zohoTime,
  addEvent,
  addEvents,
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
