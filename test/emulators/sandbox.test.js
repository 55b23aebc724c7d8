'use strict';
/*
 * The sandbox data (start option `sandbox: true`) and the Zoho events that follow the records.
 * The sandbox is what `npm run dev` shows; the events follow the records in every mode.
 */

const {
  startZohoEmulator,
  startJFrameworkEmulator,
  startHyperazeEmulator,
  startAllEmulators,
  ZOHO_SANDBOX_IDS: Z,
  ZOHO_RECENT_SUBSCRIPTIONS,
  JFW_IDS,
  JFW_SANDBOX_IDS,
  JFW_SANDBOX_LICENSES,
  HYPERAZE_IDS,
  HYPERAZE_LICENSE_KEYS,
  HYPERAZE_BOUND_HWID,
  HYPERAZE_SANDBOX_KEYS,
} = require('./index');
const { EVENT_TYPES, addEvent } = require('./zoho/events');

const DAY = 24 * 3600 * 1000;
const parseZohoTime = (t) => Date.parse(String(t).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));

async function call(emu, path, { method = 'GET', body } = {}) {
  const headers = { ...emu.authHeaders() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${emu.apiBaseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch (_) {
    json = undefined;
  }
  return { status: res.status, body: json };
}

/** All events of a Zoho emulator, newest first, payloads parsed. */
async function events(emu, query = '') {
  const r = await call(emu, `/events?per_page=200${query}`);
  expect(r.status).toBe(200);
  return r.body.events.map((e) => ({ ...e, payload: JSON.parse(e.payload) }));
}

describe('sandbox data is opt-in', () => {
  it('without `sandbox`, every emulator starts with its usual default data', async () => {
    const [zoho, demo, jfw, hz] = await Promise.all([startZohoEmulator(), startZohoEmulator({ demoData: true }), startJFrameworkEmulator(), startHyperazeEmulator()]);
    try {
      for (const name of ['customers', 'subscriptions', 'invoices', 'payments', 'plans', 'events']) expect([name, zoho.state[name].size]).toEqual([name, 0]);
      expect(zoho.state.products.size).toBe(0);
      expect(demo.state.products.all().map((p) => [p.product_id, p.name])).toEqual([
        [Z.productPiperHost, 'PiperHost'],
        [Z.productZillumCloud, 'ZillumCloud'],
        [Z.productLegacyMail, 'LegacyMail'],
      ]);
      expect(demo.state.subscriptions.size).toBe(0);
      expect(jfw.state.licenses.size).toBe(3);
      expect(jfw.state.packages.get(JFW_SANDBOX_IDS.pkgTeam)).toBeUndefined();
      expect(hz.state.memberships.size).toBe(5);
    } finally {
      await Promise.all([zoho, demo, jfw, hz].map((e) => e.close()));
    }
  });
});

describe('Zoho Billing sandbox', () => {
  let emu;
  beforeAll(async () => {
    emu = await startZohoEmulator({ sandbox: true });
  });
  afterAll(async () => {
    await emu.close();
  });

  it('has a subscription in every status Zoho documents, filterable as Zoho filters them', async () => {
    const filters = {
      LIVE: 'live', TRIAL: 'trial', FUTURE: 'future', PAST_DUE: 'dunning', UNPAID: 'unpaid', NON_RENEWING: 'non_renewing',
      CANCELLED: 'cancelled', CANCELLED_FROM_DUNNING: 'cancelled_from_dunning', EXPIRED: 'expired', TRIAL_EXPIRED: 'trial_expired',
    };
    for (const [filter, status] of Object.entries(filters)) {
      const r = await call(emu, `/subscriptions?filter_by=SubscriptionStatus.${filter}`);
      expect([filter, r.body.subscriptions.length > 0, [...new Set(r.body.subscriptions.map((s) => s.status))]]).toEqual([filter, true, [status]]);
    }
    const all = (await call(emu, '/subscriptions')).body.subscriptions;
    expect(new Set(all.map((s) => s.status))).toEqual(new Set([...Object.values(filters), 'creation_failed']));
    expect(all.find((s) => s.subscription_id === Z.subscriptionBowmanDunning)).toMatchObject({ customer_name: 'Bowman Furniture', status: 'dunning', plan_code: 'pro-monthly', amount: 49 });
  });

  it('three subscriptions were created in the last 24 hours, the others earlier', async () => {
    const all = (await call(emu, '/subscriptions')).body.subscriptions;
    const recent = all.filter((s) => parseZohoTime(s.created_time) > Date.now() - DAY).map((s) => s.subscription_id);
    expect(recent.sort()).toEqual([...ZOHO_RECENT_SUBSCRIPTIONS].sort());
    expect(all.length).toBeGreaterThan(recent.length + 10);
  });

  it('subscriptions are whole records: customer, plan, add-ons, coupon, card and dates that fit the status', async () => {
    const patel = (await call(emu, `/subscriptions/${Z.subscriptionPatelCloud}`)).body.subscription;
    expect(patel).toMatchObject({
      status: 'live',
      customer: { customer_id: Z.customerPatel, display_name: 'Patel Pharmacy' },
      plan: { plan_code: 'cloud-1tb', price: 29, quantity: 1 },
      addons: [{ addon_code: 'extra-storage', quantity: 3, price: 5, total: 15 }],
      coupon: { coupon_code: 'WELCOME10', discount_amount: 4.4 },
      amount: 39.6,
      auto_collect: true,
      card: { card_id: Z.cardPatel, last_four_digits: '1881' },
    });
    const today = new Date().toISOString().slice(0, 10);
    const trial = (await call(emu, `/subscriptions/${Z.subscriptionKimTrialNew}`)).body.subscription;
    expect(trial.trial_ends_at > today).toBe(true);
    const future = (await call(emu, `/subscriptions/${Z.subscriptionOkafor}`)).body.subscription;
    expect(future.starts_at > today).toBe(true);
    const nonRenewing = (await call(emu, `/subscriptions/${Z.subscriptionPatelNonRenewing}`)).body.subscription;
    expect(nonRenewing.cancelled_at).toBe(nonRenewing.current_term_ends_at);
  });

  it('customers with contact persons and cards; the catalog of plans, add-ons and coupons', async () => {
    const customers = (await call(emu, '/customers')).body.customers;
    expect(customers).toHaveLength(11);
    expect(customers[0]).toMatchObject({ customer_id: Z.customerBowman, display_name: 'Bowman Furniture', email: 'benjamin@bowman.test' });
    const people = (await call(emu, `/customers/${Z.customerBowman}/contactpersons`)).body.contact_persons;
    expect(people.map((p) => p.email)).toEqual(['accounts@bowman.test', 'it@bowman.test']);
    const cards = (await call(emu, `/customers/${Z.customerBowman}/cards`)).body.cards;
    expect(cards).toEqual([expect.objectContaining({ card_id: Z.cardBowman, last_four_digits: '4242', status: 'active' })]);
    expect((await call(emu, `/customers/${Z.customerOkafor}/cards`)).body.cards).toEqual([]); // expired: not in the active list

    const plans = (await call(emu, '/plans?filter_by=PlanStatus.ACTIVE')).body.plans;
    expect(plans.map((p) => p.plan_code)).toEqual(expect.arrayContaining(['basic-monthly', 'pro-monthly', 'cloud-1tb']));
    expect(plans.find((p) => p.plan_code === 'pro-monthly')).toMatchObject({ product_id: Z.productPiperHost, recurring_price: 49, trial_period: 14 });
    expect((await call(emu, '/addons?filter_by=AddonStatus.ONETIME')).body.addons.map((a) => a.addon_code)).toEqual(['onboarding-session']);
    expect((await call(emu, '/coupons?filter_by=CouponStatus.EXPIRED')).body.coupons.map((c) => c.coupon_code)).toEqual(['SPRING25']);
  });

  it('invoices paid and overdue, and payments (one declined)', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const overdue = (await call(emu, '/invoices?filter_by=Status.OverDue')).body.invoices;
    expect(overdue.map((i) => i.invoice_number).sort()).toEqual(['INV-000037', 'INV-000042']);
    for (const inv of overdue) expect([inv.invoice_number, inv.due_date < today, inv.balance > 0]).toEqual([inv.invoice_number, true, true]);
    const paid = (await call(emu, '/invoices?filter_by=Status.Paid')).body.invoices;
    expect(paid.length).toBeGreaterThanOrEqual(5);
    for (const inv of paid) expect([inv.invoice_number, inv.balance, inv.payments.length]).toEqual([inv.invoice_number, 0, 1]);
    const declined = (await call(emu, `/payments/${Z.paymentBowmanDeclined}`)).body.payment;
    expect(declined).toMatchObject({
      status: 'failure',
      amount: 49,
      customer_name: 'Bowman Furniture',
      invoices: [expect.objectContaining({ invoice_number: 'INV-000042' })],
      autotransaction: expect.objectContaining({ gateway_error_message: 'Your card was declined.', last_four_digits: '4242' }),
    });
    const transactions = (await call(emu, `/transactions?customer_id=${Z.customerBowman}`)).body.transactions;
    expect(transactions.map((t) => t.type).sort()).toEqual(['invoice', 'invoice', 'invoice', 'payment', 'payment', 'payment']);
  });

  it('events of all 24 types over the last days, each about a sandbox record', async () => {
    const list = await events(emu);
    expect(new Set(list.map((e) => e.event_type))).toEqual(new Set(EVENT_TYPES));
    for (const e of list) {
      const age = Date.now() - parseZohoTime(e.event_time);
      expect([e.event_type, age >= 0 && age < 15 * DAY]).toEqual([e.event_type, true]);
      expect(e.payload).toMatchObject({ event_id: e.event_id, event_type: e.event_type, data: expect.any(Object) });
      const sub = e.payload.data.subscription;
      if (sub && e.event_type !== 'subscription_deleted') expect(emu.state.subscriptions.has(sub.subscription_id)).toBe(true);
    }
    const [declined] = await events(emu, '&event_type=payment_declined');
    expect(declined.payload.data.payment).toMatchObject({ payment_id: Z.paymentBowmanDeclined, customer_name: 'Bowman Furniture', email: 'benjamin@bowman.test', currency_code: 'USD', amount: 49 });
    const deleted = list.find((e) => e.event_type === 'subscription_deleted');
    expect(emu.state.subscriptions.has(deleted.payload.data.subscription.subscription_id)).toBe(false);
  });

  it('is the same at every start (fixed IDs), and records created through the API get IDs of their own', async () => {
    const other = await startZohoEmulator({ sandbox: true });
    try {
      for (const name of ['customers', 'subscriptions', 'invoices', 'payments', 'events', 'cards', 'contactpersons']) {
        expect([name, other.state[name].all().map((r) => r[other.state[name].idField])]).toEqual([name, emu.state[name].all().map((r) => r[emu.state[name].idField])]);
      }
      const created = await call(other, '/products', { method: 'POST', body: { name: 'New product' } });
      expect(created.body.product.product_id).toBe('903000000045030');
      const invoice = await call(other, '/invoices', {
        method: 'POST',
        body: { customer_id: Z.customerKim, date: '2026-01-05', invoice_items: [{ name: 'Consulting', price: 100 }] },
      });
      expect(invoice.body.invoice.invoice_number).toBe('INV-000046'); // after the seeded INV-000031 … INV-000045
      other.reset();
      expect(other.state.products.size).toBe(3);
      expect(other.state.subscriptions.size).toBe(emu.state.subscriptions.size);
    } finally {
      await other.close();
    }
  });
});

describe('Zoho Billing events follow the records (every mode)', () => {
  let emu;
  beforeAll(async () => {
    emu = await startZohoEmulator({ demoData: true });
  });
  afterAll(async () => {
    await emu.close();
  });
  beforeEach(() => emu.reset());

  const types = async () => (await events(emu)).map((e) => e.event_type).reverse(); // oldest first
  const setupCatalog = async () => {
    const productId = emu.state.products.all()[0].product_id;
    await call(emu, '/plans', { method: 'POST', body: { plan_code: 'basic', name: 'Basic', recurring_price: 10, interval: 1, product_id: productId } });
    await call(emu, '/plans', { method: 'POST', body: { plan_code: 'pro', name: 'Pro', recurring_price: 30, interval: 1, product_id: productId } });
    const customer = (await call(emu, '/customers', { method: 'POST', body: { display_name: 'Acme', email: 'billing@acme.test' } })).body.customer;
    return { productId, customer };
  };

  it('a subscription through its life: created (with its invoice), upgraded, downgraded, date moved, cancellation scheduled, reactivated, cancelled, deleted', async () => {
    const { customer } = await setupCatalog();
    expect(await types()).toEqual([]); // products, plans and customers have no events
    const sub = (await call(emu, '/subscriptions', { method: 'POST', body: { customer_id: customer.customer_id, plan: { plan_code: 'basic' } } })).body.subscription;
    const id = sub.subscription_id;
    const steps = [
      ['PUT', '', { plan: { plan_code: 'pro' } }],
      ['PUT', '', { plan: { plan_code: 'basic' } }],
      ['POST', '/postpone', { renewal_at: '2099-01-01' }],
      ['POST', '/cancel?cancel_at_end=true'],
      ['POST', '/reactivate'],
      ['POST', '/cancel?cancel_at_end=false'],
      ['DELETE', ''],
    ];
    for (const [method, suffix, body] of steps) expect((await call(emu, `/subscriptions/${id}${suffix}`, { method, body })).status).toBeLessThan(300);
    expect(await types()).toEqual([
      'subscription_created', 'invoice_created', 'subscription_upgraded', 'subscription_downgraded', 'billing_date_changed',
      'subscription_cancellation_scheduled', 'subscription_reactivated', 'subscription_cancelled', 'subscription_deleted',
    ]);
    const list = await events(emu);
    const created = list.find((e) => e.event_type === 'subscription_created');
    expect(created.payload.data.subscription).toMatchObject({ subscription_id: id, customer_id: customer.customer_id, plan: { plan_code: 'basic' }, status: 'live' });
    expect(list.find((e) => e.event_type === 'invoice_created').payload.data.invoice).toMatchObject({ subscription_id: id, total: 10, status: 'sent' });
    expect(list.find((e) => e.event_type === 'subscription_deleted').payload.data.subscription.subscription_id).toBe(id);
    expect(list.map((e) => e.event_source)).toEqual(list.map(() => 'user'));
    // the events' IDs come from a sequence of their own: the other records' IDs do not move
    expect(list.map((e) => e.event_id).reverse()).toEqual(list.map((_, n) => String(903000009500001n + BigInt(n))));
    expect(Number(id) - Number(customer.customer_id)).toBe(1);
  });

  it('an online subscription: the first invoice is charged at once (payment_thankyou, from the system)', async () => {
    const { customer } = await setupCatalog();
    emu.seed('cards', [{ card_id: '903000000099001', customer_id: customer.customer_id }]);
    await call(emu, '/subscriptions', { method: 'POST', body: { customer_id: customer.customer_id, plan: { plan_code: 'pro' }, card_id: '903000000099001' } });
    const list = (await events(emu)).reverse();
    expect(list.map((e) => [e.event_type, e.event_source])).toEqual([['subscription_created', 'user'], ['invoice_created', 'user'], ['payment_thankyou', 'system']]);
    expect(list[2].payload.data.payment).toMatchObject({ amount: 30, payment_mode: 'autotransaction', customer_id: customer.customer_id, invoices: [expect.objectContaining({ amount_applied: 30 })] });
  });

  it('invoices, payments, collected charges, refunds, credit notes, cards and trials that end', async () => {
    const { customer } = await setupCatalog();
    const cid = customer.customer_id;
    const inv = (await call(emu, '/invoices?send=true', { method: 'POST', body: { customer_id: cid, date: '2026-01-05', invoice_items: [{ name: 'Setup', price: 80 }] } })).body.invoice;
    await call(emu, '/payments', { method: 'POST', body: { customer_id: cid, payment_mode: 'autotransaction', amount: 30, invoices: [{ invoice_id: inv.invoice_id, amount_applied: 30 }] } });
    const payment = emu.state.payments.all()[0];
    await call(emu, `/invoices/${inv.invoice_id}/collect`, { method: 'POST', body: { card_id: '903000000099002' } });
    await call(emu, `/payments/${payment.payment_id}/refunds`, { method: 'POST', body: { amount: 5 } });
    await call(emu, '/creditnotes', { method: 'POST', body: { customer_id: cid, date: '2026-01-06', creditnote_items: [{ code: 'basic', price: 10 }] } });
    emu.seed('cards', [{ card_id: '903000000099003', customer_id: cid }]);
    await call(emu, `/customers/${cid}/cards/903000000099003`, { method: 'DELETE' });
    expect(await types()).toEqual([
      'invoice_created', 'payment_thankyou', 'payment_thankyou', 'creditnote_added', 'payment_refunded', 'creditnote_added', 'card_deleted',
    ]);
    const list = await events(emu);
    expect(list.find((e) => e.event_type === 'payment_refunded').payload.data).toMatchObject({ refund: { amount: 5, payment_id: payment.payment_id }, payment: { payment_id: payment.payment_id, amount_refunded: 5 } });
    expect(list.find((e) => e.event_type === 'card_deleted').payload.data.card.card_id).toBe('903000000099003');

    // a trial that ends: activation
    const trial = (await call(emu, '/subscriptions', { method: 'POST', body: { customer_id: cid, plan: { plan_code: 'basic', trial_days: 7 } } })).body.subscription;
    expect(trial.status).toBe('trial');
    const before = (await events(emu)).length;
    expect(await types()).toContain('subscription_created');
    // status changes made by Zoho itself are not API calls: seeding and direct edits land nothing
    emu.state.subscriptions.get(trial.subscription_id).status = 'live';
    emu.seed('subscriptions', 2);
    expect((await events(emu)).length).toBe(before);
  });

  it('a refused request lands nothing; reads land nothing; reset empties the log and restarts the sequence', async () => {
    const { customer } = await setupCatalog();
    expect((await call(emu, '/subscriptions', { method: 'POST', body: { customer_id: customer.customer_id, plan: { plan_code: 'nope' } } })).status).toBe(400);
    expect((await call(emu, '/subscriptions/903000000000000/cancel', { method: 'POST' })).status).toBe(404);
    await call(emu, '/subscriptions');
    expect(await types()).toEqual([]);
    await call(emu, '/subscriptions', { method: 'POST', body: { customer_id: customer.customer_id, plan: { plan_code: 'basic' } } });
    expect((await events(emu)).map((e) => e.event_id).pop()).toBe('903000009500001');
    emu.reset();
    expect(emu.state.events.size).toBe(0);
    const { customer: again } = await setupCatalog();
    await call(emu, '/subscriptions', { method: 'POST', body: { customer_id: again.customer_id, plan: { plan_code: 'basic' } } });
    expect((await events(emu)).map((e) => e.event_id).pop()).toBe('903000009500001');
  });

  it('events landed by tests (addEvent) keep working alongside, newest first', async () => {
    const { customer } = await setupCatalog();
    const old = addEvent(emu, { event_type: 'card_expiring', event_time: '2020-01-01T00:00:00-0700' });
    await call(emu, '/subscriptions', { method: 'POST', body: { customer_id: customer.customer_id, plan: { plan_code: 'basic' } } });
    const list = await events(emu);
    expect(list.map((e) => e.event_type)).toEqual(['invoice_created', 'subscription_created', 'card_expiring']);
    expect(list[2].event_id).toBe(old.event_id);
  });
});

describe('JFramework sandbox', () => {
  let emu;
  beforeAll(async () => {
    emu = await startJFrameworkEmulator({ sandbox: true });
  });
  afterAll(async () => {
    await emu.close();
  });
  const get = async (path) => {
    const res = await fetch(`${emu.apiBaseUrl}/v1${path}`, { headers: emu.authHeaders() });
    const body = await res.json();
    expect([path, res.status, body.success]).toEqual([path, 200, true]);
    return body.data;
  };

  it('licenses in every status JFramework has, of every package, some in test mode', async () => {
    const { items } = await get('/licenses?pageSize=100');
    expect(new Set(items.map((l) => l.status))).toEqual(new Set(['Active', 'Used', 'Expired', 'Inactive', 'NotStarted']));
    expect(new Set(items.map((l) => l.packageId))).toEqual(new Set([JFW_IDS.pkgBasic, JFW_IDS.pkgPro, JFW_SANDBOX_IDS.pkgTeam]));
    expect(items.filter((l) => l.testMode).map((l) => l.code).sort()).toEqual([JFW_SANDBOX_LICENSES.basicTest, JFW_SANDBOX_LICENSES.teamTest]);
    expect(items.find((l) => l.type === 'Refunded')).toMatchObject({ code: JFW_SANDBOX_LICENSES.refunded });
    const live = await get('/licenses?testMode=false&pageSize=100');
    expect(live.totalItems).toBe(items.length - 2);
    // the default active license is current: started, not ended
    const active = await get(`/licenses/${JFW_IDS.licenseActive}`);
    expect(Date.parse(active.startDate) < Date.now() && Date.parse(active.endDate) > Date.now()).toBe(true);
    expect(await get(`/licenses/check?licenseCode=${JFW_SANDBOX_LICENSES.active}`)).toBe(true);
    expect(await get(`/licenses/check?licenseCode=${JFW_SANDBOX_LICENSES.used}`)).toBe(false);
  });

  it('a Team package with its prices; payments of the last days; an overdue unpaid invoice', async () => {
    const team = await get(`/packages/${JFW_SANDBOX_IDS.pkgTeam}`);
    expect(team).toMatchObject({ code: 'team', name: 'Team' });
    expect(team.prices.map((p) => [p.code, p.amount])).toEqual([['team-monthly', 79], ['team-yearly', 790]]);
    expect(team.features).toHaveLength(2);
    const payments = await get('/payments?status=Completed&pageSize=100');
    expect(payments.items.some((p) => Date.now() - Date.parse(p.createdDate) < DAY)).toBe(true);
    const unpaid = await get(`/invoices?status=Unpaid&userId=${JFW_IDS.userBuyer}`);
    expect(unpaid.items).toEqual([expect.objectContaining({ id: JFW_SANDBOX_IDS.invoiceOverdue, amountDue: 79 })]);
    expect(Date.parse(unpaid.items[0].overdueDate)).toBeLessThan(Date.now());
  });
});

describe('Hyperaze sandbox', () => {
  let emu;
  beforeAll(async () => {
    emu = await startHyperazeEmulator({ sandbox: true });
  });
  afterAll(async () => {
    await emu.close();
  });
  const validate = async (body) => {
    const res = await fetch(`${emu.apiBaseUrl}/memberships/validate_license_key`, {
      method: 'POST',
      headers: { ...emu.authHeaders(), 'content-type': 'application/json' },
      body: JSON.stringify({ product_id: HYPERAZE_IDS.productDemo, ...body }),
    });
    return { status: res.status, body: await res.json() };
  };

  it('license keys valid, bound to a device, of another product, inactive and unknown', async () => {
    expect((await validate({ license_key: HYPERAZE_SANDBOX_KEYS.fresh, metadata: { hwid: 'PC-1' } })).status).toBe(200);
    expect((await validate({ license_key: HYPERAZE_LICENSE_KEYS.bound, metadata: { hwid: HYPERAZE_BOUND_HWID } })).status).toBe(200);
    expect(await validate({ license_key: HYPERAZE_LICENSE_KEYS.bound, metadata: { hwid: 'PC-2' } })).toEqual({ status: 403, body: { error: 'device_mismatch', message: 'The license key is bound to another device.' } });
    expect((await validate({ license_key: HYPERAZE_SANDBOX_KEYS.lifetime, metadata: { hwid: 'PC-3' } })).status).toBe(403);
    expect((await validate({ license_key: HYPERAZE_LICENSE_KEYS.pro })).body.error).toBe('invalid_license_key');
    expect((await validate({ license_key: HYPERAZE_LICENSE_KEYS.cancelled })).status).toBe(403);
    expect((await validate({ license_key: 'NOT-A-REAL-KEY' })).status).toBe(400);
  });

  it('payments of the last days and three checkout links, one limited and one switched off', async () => {
    const payments = await (await fetch(`${emu.apiBaseUrl}/payments/list`, { headers: emu.authHeaders() })).json();
    expect(payments.some((p) => Date.now() - Date.parse(p.created_date) < DAY)).toBe(true);
    const checkouts = await (await fetch(`${emu.apiBaseUrl}/checkouts/list`, { headers: emu.authHeaders() })).json();
    expect(checkouts.map((c) => [c.active, c.stocks])).toEqual([[true, null], [true, 50], [false, null]]);
  });
});

describe('startAllEmulators({ sandbox: true })', () => {
  it('starts the three with their sandbox data', async () => {
    const all = await startAllEmulators({ sandbox: true });
    try {
      expect(all.zoho.state.subscriptions.has(Z.subscriptionBowmanDunning)).toBe(true);
      expect(all.jframework.state.packages.has(JFW_SANDBOX_IDS.pkgTeam)).toBe(true);
      expect(all.hyperaze.state.memberships.size).toBe(7);
    } finally {
      await all.close();
    }
  });
});
