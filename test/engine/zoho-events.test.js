'use strict';
/** Zoho Billing node, Event resource: Get (GET /events/{event_id}) and Get Many (GET /events). */
const { runNode } = require('../harness/engine');
const { startZohoEmulator } = require('../emulators');
const { addEvent, addEvents, zohoTime } = require('../emulators/zoho/events');
const { zohoCredentials, byId, fromList, assertNoSecrets } = require('../helpers');

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

const event = (operation, parameters = {}) => runNode({ type: 'zohoBilling', parameters: { resource: 'event', operation, ...parameters }, credentials });
const eventRequests = () => emu.requests.filter((r) => r.path.startsWith('/billing/v1/events'));

describe('Zoho Billing: Event', () => {
	it('gets one event by ID (or from the list), with its payload parsed from Zoho\'s JSON string', async () => {
		const added = addEvent(emu, { event_type: 'payment_thankyou' });
		for (const eventId of [byId(added.event_id), fromList(added.event_id)]) {
			const r = await event('get', { eventId });
			expect(r.error).toBeNull();
			expect(r.items).toEqual([
				{
					event_id: added.event_id,
					event_type: 'payment_thankyou',
					event_time: added.event_time,
					event_source: 'user',
					payload: JSON.parse(added.payload),
					webhooks: [],
				},
			]);
		}
		expect(eventRequests().pop()).toMatchObject({ method: 'GET', path: `/billing/v1/events/${added.event_id}` });
	});

	it('an unknown event ID is Zoho\'s 404 in its own words', async () => {
		const r = await event('get', { eventId: byId('9999999999') });
		expect(r.error.message).toMatch(/Zoho Billing error 404: Event does not exist/);
		assertNoSecrets(r.error);
	});

	it('lists events with Return All over every page, payloads parsed', async () => {
		addEvents(emu, 450);
		const r = await event('getAll', { returnAll: true });
		expect(r.error).toBeNull();
		expect(r.items).toHaveLength(450);
		expect(typeof r.items[0].payload).toBe('object');
		expect(eventRequests().map((q) => q.query.page)).toEqual(['1', '2', '3']);
	});

	it('stops at the Limit, and sends the type and date filters as yyyy-mm-dd', async () => {
		const day = (offsetDays) => zohoTime(new Date(Date.now() + offsetDays * 86_400_000));
		addEvent(emu, { event_type: 'invoice_created', event_time: day(-10) });
		const inWindow = addEvents(emu, 3, { event_type: 'invoice_created', event_time: day(-3) });
		addEvent(emu, { event_type: 'card_expired', event_time: day(-3) });
		const start = day(-4).slice(0, 10);
		const end = day(-2).slice(0, 10);
		const r = await event('getAll', {
			returnAll: true,
			filters: { event_type: 'invoice_created', date_start: `${start}T00:00:00`, date_end: end },
		});
		expect(r.error).toBeNull();
		expect(r.items.map((i) => i.event_id).sort()).toEqual(inWindow.map((e) => e.event_id).sort());
		expect(eventRequests().pop().query).toMatchObject({ event_type: 'invoice_created', date_start: start, date_end: end });

		emu.clearRequests();
		const limited = await event('getAll', { returnAll: false, limit: 2 });
		expect(limited.items).toHaveLength(2);
		expect(eventRequests().map((q) => q.query.per_page)).toEqual(['2']);
	});

	it('the emulator lands events over HTTP too (POST /__emulator__/events, for out-of-process use)', async () => {
		const res = await fetch(`${emu.url}/__emulator__/events`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify([{ event_type: 'card_deleted' }, { event_type: 'card_expired' }]),
		});
		expect(res.status).toBe(200);
		const { events } = await res.json();
		const r = await event('getAll', { returnAll: true });
		expect(r.items.map((i) => i.event_id).sort()).toEqual(events.map((e) => e.event_id).sort());
	});

	it('refuses a date that is not a date, and an end before the start, before sending anything', async () => {
		emu.clearRequests();
		let r = await event('getAll', { returnAll: true, filters: { date_start: 'last week' } });
		expect(r.error.message).toMatch(/Date From: "last week" is not a date/);
		r = await event('getAll', { returnAll: true, filters: { date_start: '2026-02-01', date_end: '2026-01-01' } });
		expect(r.error.message).toMatch(/Date To: must be after Date From/);
		expect(eventRequests()).toHaveLength(0);
	});
});
