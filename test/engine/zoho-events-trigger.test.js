'use strict';
/**
 * Zoho Billing Events Trigger (polling GET /events) in n8n-core's PollContext, against the Zoho
 * emulator's event log: first activation, exactly-once and in-order emission across polls with
 * same-second bursts, page boundaries, a failing page 2, events landing during a poll, the per-poll
 * cap, the type filter, "Fetch Test Event", and n8n 2.40's durable cursors; events listed late,
 * and a poll due while the previous one still runs.
 */
const { runPoll } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { addEvent, addEvents, zohoTime } = require('../emulators/zoho/events');
const { zohoCredentials, assertNoSecrets } = require('../helpers');

let emu;
let credentials;
beforeAll(async () => {
	emu = await startZohoEmulator();
});
afterAll(async () => {
	await emu.close();
});
beforeEach(() => {
	emu.reset();
	emu.eventsMaxPerPage = undefined;
	emu.eventsListWithoutPayload = false;
	credentials = zohoCredentials(emu);
});

/** A Zoho time `seconds` from now (whole seconds, as Zoho writes them). */
const at = (seconds) => zohoTime(new Date(Math.floor(Date.now() / 1000) * 1000 + seconds * 1000));
const eventRequests = () => emu.requests.filter((r) => r.path.startsWith('/billing/v1/events'));

/** A trigger as n8n keeps it between polls: its static data, and everything it emitted. */
function trigger(parameters = {}, extra = {}) {
	let staticData = {};
	const emitted = [];
	return {
		emitted,
		get staticData() {
			return staticData;
		},
		async poll(more = {}) {
			const r = await runPoll({
				type: 'zohoBillingEventsTrigger',
				parameters: { events: [], options: {}, ...parameters },
				credentials,
				staticData,
				...extra,
				...more,
			});
			staticData = r.staticData;
			emitted.push(...r.items);
			return r;
		},
	};
}

const ids = (items) => items.map((i) => i.event_id);
/** The order a correct trigger emits in: by time, then by ID. */
const inOrder = (events) =>
	[...events]
		.sort((a, b) => Date.parse(a.event_time.replace(/(\d{2})(\d{2})$/, '$1:$2')) - Date.parse(b.event_time.replace(/(\d{2})(\d{2})$/, '$1:$2')) || (BigInt(a.event_id) < BigInt(b.event_id) ? -1 : 1))
		.map((e) => e.event_id);

describe('Zoho Billing Events Trigger', () => {
	it('first activation emits nothing (no history), then each new event once, oldest first, with its payload parsed', async () => {
		addEvents(emu, 3, { event_time: at(-3600) });
		const t = trigger();
		const first = await t.poll();
		expect(first.error).toBeNull();
		expect(first.items).toEqual([]);
		expect(first.staticData.pollCursor).toMatchObject({ scope: 'zoho-events:|start=', seen: expect.any(Array) });
		expect(first.staticData.pollCursor.seen).toHaveLength(3);

		const later = addEvent(emu, { event_type: 'invoice_created', event_time: at(5) });
		const earlier = addEvent(emu, { event_type: 'payment_thankyou', event_time: at(2) });
		const second = await t.poll();
		expect(second.error).toBeNull();
		expect(ids(second.items)).toEqual([earlier.event_id, later.event_id]);
		expect(second.items[0]).toMatchObject({
			event_id: earlier.event_id,
			event_type: 'payment_thankyou',
			event_time: earlier.event_time,
			payload: { event_id: earlier.event_id, event_type: 'payment_thankyou', data: { payment: expect.any(Object) } },
		});
		expect(Object.keys(second.items[0]).slice(0, 2)).toEqual(['event_id', 'event_type']);

		expect((await t.poll()).items).toEqual([]);
		expect((await t.poll()).items).toEqual([]);
		assertNoSecrets(t.emitted);
	});

	it('asks Zoho for a date window from the cursor, with the organization header, and reads every page', async () => {
		const t = trigger();
		await t.poll();
		emu.clearRequests();
		emu.eventsMaxPerPage = 2;
		const added = addEvents(emu, 5, { event_time: at(1) });
		const r = await t.poll();
		expect(ids(r.items)).toEqual(inOrder(added));
		const reqs = eventRequests();
		expect(reqs.map((q) => q.query.page)).toEqual(['1', '2', '3']);
		for (const q of reqs) {
			expect(q.query).toMatchObject({ per_page: '200', date_start: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), date_end: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
			expect(q.headers['x-com-zoho-subscriptions-organizationid']).toBe('10234695');
			expect(q.headers.authorization).toBe('Bearer zoho-access-token');
		}
		expect(reqs[0].query.date_start <= at(0).slice(0, 10)).toBe(true);
	});

	it('same-second bursts split by the per-poll cap come out over the next polls, each once, in ID order', async () => {
		const t = trigger({ options: { maxPerPoll: 3 } });
		await t.poll();
		const burst = addEvents(emu, 7, { event_time: at(1) });
		const polls = [];
		for (let i = 0; i < 4; i++) polls.push(ids((await t.poll()).items));
		expect(polls).toEqual([inOrder(burst).slice(0, 3), inOrder(burst).slice(3, 6), inOrder(burst).slice(6), []]);
		// more events land in the same second after the cursor reached it: still emitted once
		const late = addEvents(emu, 2, { event_time: at(1) });
		expect(ids((await t.poll()).items)).toEqual(inOrder(late));
		expect((await t.poll()).items).toEqual([]);
	});

	it('a page boundary between events of the same second loses and repeats nothing', async () => {
		emu.eventsMaxPerPage = 3;
		const t = trigger();
		await t.poll();
		const burst = [...addEvents(emu, 4, { event_time: at(1) }), ...addEvents(emu, 4, { event_time: at(2) })];
		expect(ids((await t.poll()).items)).toEqual(inOrder(burst));
		expect((await t.poll()).items).toEqual([]);
	});

	it('a poll that fails on page 2 emits nothing and stores nothing; the next poll emits everything once', async () => {
		emu.eventsMaxPerPage = 2;
		const t = trigger();
		await t.poll();
		const before = JSON.parse(JSON.stringify(t.staticData));
		const added = addEvents(emu, 5, { event_time: at(1) });
		emu.addFault({ path: '/billing/v1/events', when: (req) => req.query.page === '2', kind: 'status', status: 400, body: { code: 4, message: 'Page error' }, times: 1 });
		const failed = await t.poll();
		expect(failed.items).toEqual([]);
		expect(failed.error).toBeTruthy();
		expect(failed.error.message).toMatch(/Zoho Billing error 400: Page error/);
		expect(t.staticData).toEqual(before);
		assertNoSecrets(failed.error);

		expect(ids((await t.poll()).items)).toEqual(inOrder(added));
		expect((await t.poll()).items).toEqual([]);
	});

	it('repeats a page that failed with a server error (a read), so the poll still completes', async () => {
		emu.eventsMaxPerPage = 2;
		const t = trigger();
		await t.poll();
		const added = addEvents(emu, 3, { event_time: at(1) });
		emu.addFault({ path: '/billing/v1/events', when: (req) => req.query.page === '2', kind: 'status', status: 503, times: 1 });
		const r = await t.poll();
		expect(r.error).toBeNull();
		expect(ids(r.items)).toEqual(inOrder(added));
	});

	it('an event landing while a poll reads its pages is emitted once (now or next poll)', async () => {
		emu.eventsMaxPerPage = 2;
		const t = trigger();
		await t.poll();
		const added = addEvents(emu, 3, { event_time: at(1) });
		let landed;
		emu.addFault({
			path: '/billing/v1/events',
			kind: 'status',
			when: (req) => {
				if (req.query.page === '2' && !landed) landed = addEvent(emu, { event_time: at(1) });
				return false; // never answers as a fault: it only lands an event in the middle of the poll
			},
			times: Infinity,
		});
		await t.poll();
		await t.poll();
		emu.clearFaults();
		await t.poll();
		expect(ids(t.emitted)).toEqual(inOrder([...added, landed]));
	});

	it('exactly once and in order over 60 polls with random bursts, caps, page sizes and failures', async () => {
		let seed = 7;
		const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
		const t = trigger({ options: { maxPerPoll: 4 } });
		await t.poll();
		const all = [];
		let second = 1;
		for (let i = 0; i < 60; i++) {
			emu.eventsMaxPerPage = 2 + Math.floor(rand() * 4);
			const r = rand();
			if (r < 0.6) {
				if (rand() < 0.6) second += 1;
				all.push(...addEvents(emu, r < 0.2 ? 1 + Math.floor(rand() * 6) : 1, { event_time: at(second) }));
			}
			if (rand() < 0.15) emu.addFault({ path: '/billing/v1/events', when: (req) => req.query.page === '2', kind: 'status', status: 400, body: { code: 4, message: 'x' }, times: 1 });
			await t.poll();
			emu.clearFaults();
		}
		for (let i = 0; i < 30; i++) if ((await t.poll()).items.length === 0) break;
		expect(all.length).toBeGreaterThan(30);
		expect(ids(t.emitted)).toEqual(inOrder(all));
	});

	it('with durable poll cursors (the node works on a staged copy) it behaves the same', async () => {
		emu.eventsMaxPerPage = 2;
		const t = trigger({ options: { maxPerPoll: 2 } }, { durableCursor: true });
		await t.poll();
		const added = addEvents(emu, 5, { event_time: at(1) });
		emu.addFault({ path: '/billing/v1/events', when: (req) => req.query.page === '2', kind: 'status', status: 400, body: { code: 4, message: 'x' }, times: 1 });
		const failed = await t.poll();
		expect(failed.error).toBeTruthy();
		for (let i = 0; i < 5; i++) await t.poll();
		expect(ids(t.emitted)).toEqual(inOrder(added));
	});

	it('one selected type is asked of Zoho (event_type); several are filtered by the node', async () => {
		const one = trigger({ events: ['invoice_created'] });
		const several = trigger({ events: ['invoice_created', 'payment_declined'] });
		await one.poll();
		await several.poll();
		emu.clearRequests();
		const invoice = addEvent(emu, { event_type: 'invoice_created', event_time: at(1) });
		const declined = addEvent(emu, { event_type: 'payment_declined', event_time: at(2) });
		addEvent(emu, { event_type: 'subscription_created', event_time: at(3) });
		expect(ids((await one.poll()).items)).toEqual([invoice.event_id]);
		expect(eventRequests().every((q) => q.query.event_type === 'invoice_created')).toBe(true);
		emu.clearRequests();
		expect(ids((await several.poll()).items)).toEqual([invoice.event_id, declined.event_id]);
		expect(eventRequests().every((q) => q.query.event_type === undefined)).toBe(true);
	});

	it('"Fetch Test Event" returns the latest event of the selected types and stores nothing', async () => {
		addEvent(emu, { event_type: 'invoice_created', event_time: at(-60) });
		const newest = addEvent(emu, { event_type: 'invoice_created', event_time: at(-10) });
		addEvent(emu, { event_type: 'subscription_created', event_time: at(-5) });
		const r = await runPoll({ type: 'zohoBillingEventsTrigger', parameters: { events: ['invoice_created'], options: {} }, credentials, mode: 'manual' });
		expect(r.error).toBeNull();
		expect(ids(r.items)).toEqual([newest.event_id]);
		expect(r.items[0].payload).toMatchObject({ event_type: 'invoice_created' });
		expect(r.staticData).toEqual({});

		const none = await runPoll({ type: 'zohoBillingEventsTrigger', parameters: { events: ['card_deleted'], options: {} }, credentials, mode: 'manual' });
		expect(none.items).toEqual([]);
		expect(none.error.message).toBe('No events found in Zoho Billing');
	});

	it('with a Start Date, the first activation emits the events since then, oldest first, up to the cap', async () => {
		const old = addEvent(emu, { event_time: at(-7200) });
		const recent = addEvents(emu, 3, { event_time: at(-1800) });
		const t = trigger({ options: { startDate: new Date(Date.now() - 3600_000).toISOString(), maxPerPoll: 2 } });
		expect(ids((await t.poll()).items)).toEqual(inOrder(recent).slice(0, 2));
		expect(ids((await t.poll()).items)).toEqual(inOrder(recent).slice(2));
		expect(ids(t.emitted)).not.toContain(old.event_id);
	});

	it('fetches an event\'s details when the list gives no payload (Zoho\'s documented list fields)', async () => {
		emu.eventsListWithoutPayload = true;
		const t = trigger();
		await t.poll();
		const added = addEvent(emu, { event_type: 'card_expiring', event_time: at(1) });
		emu.clearRequests();
		const r = await t.poll();
		expect(r.items).toEqual([expect.objectContaining({ event_id: added.event_id, event_type: 'card_expiring', event_source: 'user', payload: expect.objectContaining({ data: { card: expect.any(Object) } }) })]);
		expect(eventRequests().some((q) => q.path === `/billing/v1/events/${added.event_id}`)).toBe(true);
	});

	it('changing the selected types starts over without replaying history', async () => {
		const t = trigger({ events: ['invoice_created'] });
		await t.poll();
		addEvent(emu, { event_type: 'payment_declined', event_time: at(1) });
		const r = await t.poll({ parameters: { events: ['payment_declined'], options: {} } });
		expect(r.items).toEqual([]);
		expect(r.staticData.pollCursor.scope).toBe('zoho-events:payment_declined|start=');
	});

	it('an expired access token is refreshed by n8n during the poll (OAuth2), and the poll completes', async () => {
		const t = trigger();
		await t.poll();
		const added = addEvent(emu, { event_time: at(1) });
		emu.expireTokens();
		const r = await t.poll();
		expect(r.error).toBeNull();
		expect(ids(r.items)).toEqual([added.event_id]);
		expect(emu.tokenRequests.map((p) => p.grant_type)).toEqual(['refresh_token']);
	});

	it('a refused token is a poll error naming Zoho\'s message; nothing is stored', async () => {
		const t = trigger();
		await t.poll();
		const before = JSON.parse(JSON.stringify(t.staticData));
		addEvent(emu, { event_time: at(1) });
		emu.addFault({ path: '/billing/v1/events', kind: 'status', status: 403, body: { code: 57, message: 'You are not authorized to perform this operation' }, times: 1 });
		const r = await t.poll();
		expect(r.items).toEqual([]);
		expect(r.error.message).toMatch(/403: You are not authorized/);
		expect(t.staticData).toEqual(before);
		assertNoSecrets(r.error);
	});

	it('an event listed late (timed 2 s before the last one emitted, visible a poll later) comes once', async () => {
		const t = trigger();
		await t.poll();
		const last = addEvent(emu, { event_time: at(5) });
		expect(ids((await t.poll()).items)).toEqual([last.event_id]);
		const late = addEvent(emu, { event_time: at(3) });
		addEvent(emu, { event_time: at(5 - 11 * 60) }); // before the 10-minute window: never
		expect(ids((await t.poll()).items)).toEqual([late.event_id]);
		expect((await t.poll()).items).toEqual([]);
	});

	it('a poll due while the previous one still runs starts nothing; the events come once', async () => {
		const t = trigger();
		await t.poll();
		const stored = t.staticData;
		const added = addEvents(emu, 3, { event_time: at(1) });
		let release;
		const held = new Promise((resolve) => {
			release = resolve;
		});
		let arrived;
		const arriving = new Promise((resolve) => {
			arrived = resolve;
		});
		emu.onRequest = async (req) => {
			if (!req.path.startsWith('/billing/v1/events')) return;
			emu.onRequest = null;
			arrived();
			await held;
		};
		const poll = (staticData) => runPoll({ type: 'zohoBillingEventsTrigger', parameters: { events: [], options: {} }, credentials, staticData });
		emu.clearRequests();
		const first = poll(stored);
		await arriving;
		const second = await poll(stored);
		expect([second.error, second.items, second.staticData]).toEqual([null, [], stored]);
		expect(eventRequests()).toHaveLength(1);
		release();
		const done = await first;
		expect(ids(done.items)).toEqual(inOrder(added));
		expect((await poll(done.staticData)).items).toEqual([]);
	});
});

