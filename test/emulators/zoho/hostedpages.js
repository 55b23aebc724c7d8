'use strict';
/**
 * Zoho Billing Hosted Pages (OAS hosted-pages.yml): seven kinds of page, retrieve and list.
 *
 * Contract:
 *  - POST /hostedpages/{newsubscription|updatesubscription|updatecard|buyonetimeaddon|
 *    addpaymentmethod|invoicepayment|updatepaymentmethod} → 201 `hostedpage { hostedpage_id,
 *    status: "fresh", url, action, expiring_time (one hour later), created_time }`. Each checks what
 *    its page needs: a customer (customer_id or customer {display_name, email}) and plan for a new
 *    subscription; an existing subscription_id (+ plan, or add-ons) for the others; an existing
 *    customer_id; an invoice_id with a balance; one of card_id / account_id / paypal_id.
 *  - GET /hostedpages/{id} → the page's fields at the top level next to code and message (no
 *    wrapper), with `data` ({} until the checkout succeeds, then { subscription, invoice })
 *  - GET /hostedpages → `hosted_pages: [ {hostedpage_id, status, url, action, expiring_time, created_time} ]`
 *  - 404 { code 1002, "Hosted page does not exist." }; 400 {2, "Invalid value passed for <field>"}
 *
 * Test hook (not Zoho's API): POST /hostedpage/{id}/checkout (no auth, as the customer's browser
 * would submit the page) carries the page's action out and sets status success and `data`.
 */
const { HttpError, clone, randomHex, isAbsoluteUrl } = require('../common');

const NOT_FOUND = { code: 1002, message: 'Hosted page does not exist.' };
const fail = (status, code, message) => new HttpError({ status, body: { code, message } });
const invalid = (field) => fail(400, 2, `Invalid value passed for ${field}`);
const missing = (field) => fail(400, 4, `Please enter a valid value for ${field}.`);
const isBlank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const PUBLIC_KEYS = ['hostedpage_id', 'status', 'url', 'action', 'expiring_time', 'created_time'];

function billing() {
  return require('./subscriptions').billing;
}

function publicPage(rec) {
  const out = {};
  for (const key of PUBLIC_KEYS) out[key] = rec[key];
  return out;
}

function subscriptionOf(ctx, body) {
  if (isBlank(body.subscription_id)) throw missing('subscription_id');
  const sub = ctx.state.subscriptions.get(body.subscription_id);
  if (!sub) throw invalid('subscription_id');
  return sub;
}

function checkCommon(body, kit) {
  if (body.redirect_url !== undefined && body.redirect_url !== '' && !isAbsoluteUrl(body.redirect_url)) throw invalid('redirect_url');
  if (body.payment_gateways !== undefined) {
    if (!Array.isArray(body.payment_gateways) || body.payment_gateways.some((g) => !kit.isPlainObject(g) || isBlank(g.payment_gateway))) {
      throw invalid('payment_gateways');
    }
  }
}

/** What each kind of page checks before it is created. */
const KINDS = {
  newsubscription: {
    action: 'new_subscription',
    check(ctx, body, kit) {
      if (!kit.isPlainObject(body.plan) || isBlank(body.plan.plan_code)) throw missing('plan_code');
      billing().planFor(ctx, body.plan.plan_code);
      if (!isBlank(body.customer_id)) {
        if (ctx.state.customers && !ctx.state.customers.has(body.customer_id)) throw invalid('customer_id');
      } else {
        if (!kit.isPlainObject(body.customer)) throw missing('customer_id');
        if (isBlank(body.customer.display_name)) throw missing('display_name');
        if (isBlank(body.customer.email)) throw missing('email');
      }
      if (body.starts_at !== undefined && !billing().isDate(body.starts_at)) throw invalid('starts_at');
      for (const a of body.addons || []) billing().addonLine(ctx, a);
      if (!isBlank(body.coupon_code)) billing().couponFor(ctx, body.coupon_code);
    },
  },
  updatesubscription: {
    action: 'update_subscription',
    check(ctx, body, kit) {
      const sub = subscriptionOf(ctx, body);
      if (['cancelled', 'expired'].includes(sub.status)) throw fail(400, 3008, `A ${sub.status} subscription cannot be updated.`);
      if (!kit.isPlainObject(body.plan) || isBlank(body.plan.plan_code)) throw missing('plan_code');
      if (body.plan.plan_code !== sub.plan.plan_code) billing().planFor(ctx, body.plan.plan_code);
      for (const a of body.addons || []) billing().addonLine(ctx, a);
    },
  },
  updatecard: {
    action: 'update_card',
    check(ctx, body) {
      subscriptionOf(ctx, body);
    },
  },
  buyonetimeaddon: {
    action: 'one_time_addon',
    check(ctx, body) {
      subscriptionOf(ctx, body);
      if (!Array.isArray(body.addons) || body.addons.length === 0) throw missing('addons');
      for (const a of body.addons) billing().addonLine(ctx, a, { oneTime: true });
    },
  },
  addpaymentmethod: {
    action: 'add_payment_method',
    check(ctx, body) {
      if (isBlank(body.customer_id)) throw missing('customer_id');
      if (ctx.state.customers && !ctx.state.customers.has(body.customer_id)) throw invalid('customer_id');
    },
  },
  invoicepayment: {
    action: 'invoice_payment',
    check(ctx, body) {
      if (isBlank(body.invoice_id)) throw missing('invoice_id');
      const col = billing().invoiceCollection(ctx);
      const invoice = col.get(body.invoice_id);
      if (!invoice) throw invalid('invoice_id');
      if (invoice.status === 'void' || invoice.status === 'paid' || Number(invoice.balance) === 0) {
        throw fail(400, 3201, 'The invoice has no balance to pay.');
      }
    },
  },
  updatepaymentmethod: {
    action: 'update_payment_method',
    check(ctx, body) {
      const given = ['card_id', 'account_id', 'paypal_id'].filter((k) => !isBlank(body[k]));
      if (given.length === 0) throw missing('card_id');
      if (given.length > 1) throw fail(400, 2, 'Pass only one of card_id, account_id or paypal_id.');
      if (given[0] === 'card_id' && ctx.state.cards && !ctx.state.cards.has(body.card_id)) throw invalid('card_id');
      if (given[0] === 'account_id' && ctx.state.bankaccounts && !ctx.state.bankaccounts.has(body.account_id)) throw invalid('account_id');
    },
  },
};

/** Carries out a page's action when the customer submits it (the checkout test hook). */
function checkout(ctx, kit, page) {
  const { createSubscription, updateSubscription, findSubscription, raiseInvoice, addonLine } = billing();
  const body = clone(page.request);
  const data = {};
  const newCard = (customerId) => {
    if (!ctx.state.cards) return { card_id: String(ctx.state.hosted_pages.generateId()) };
    return ctx.state.cards.insert({
      customer_id: String(customerId),
      status: 'active',
      last_four_digits: '1111',
      expiry_month: 12,
      expiry_year: 2030,
      payment_gateway: 'test_gateway',
      created_time: kit.zohoTime(),
    });
  };
  switch (page.action) {
    case 'new_subscription': {
      let customerId = body.customer_id;
      if (isBlank(customerId)) {
        const customer = billing().customerFor(ctx, body, kit);
        customerId = customer.customer_id;
        delete body.customer;
      }
      const card = newCard(customerId);
      const sub = createSubscription(ctx, kit, { ...body, customer_id: customerId, card_id: card.card_id, auto_collect: true });
      data.subscription = clone(sub);
      if (sub.child_invoice_id) data.invoice = clone(billing().invoiceCollection(ctx).get(sub.child_invoice_id));
      break;
    }
    case 'update_subscription': {
      const sub = findSubscription(ctx, body.subscription_id);
      updateSubscription(ctx, kit, sub, body);
      data.subscription = clone(sub);
      break;
    }
    case 'update_card': {
      const sub = findSubscription(ctx, body.subscription_id);
      const card = newCard(sub.customer_id);
      sub.card = { card_id: String(card.card_id), last_four_digits: card.last_four_digits, payment_gateway: card.payment_gateway, expiry_month: card.expiry_month, expiry_year: card.expiry_year };
      sub.auto_collect = true;
      sub.updated_time = kit.zohoTime();
      data.subscription = clone(sub);
      break;
    }
    case 'one_time_addon': {
      const sub = findSubscription(ctx, body.subscription_id);
      const lines = body.addons.map((a) => addonLine(ctx, a, { oneTime: true }))
        .map((l) => ({ name: l.name, code: l.addon_code, price: l.price, quantity: l.quantity }));
      data.invoice = clone(raiseInvoice(ctx, kit, { ...sub, auto_collect: true, card: sub.card || { card_id: 'hosted' } }, lines, 'one_time_addon'));
      data.subscription = clone(sub);
      break;
    }
    case 'add_payment_method':
      data.card = clone(newCard(body.customer_id));
      break;
    case 'invoice_payment': {
      const invoice = billing().invoiceCollection(ctx).get(body.invoice_id);
      invoice.payment_made = Number(invoice.payment_made || 0) + Number(invoice.balance);
      invoice.balance = 0;
      invoice.status = 'paid';
      invoice.updated_time = kit.zohoTime();
      data.invoice = clone(invoice);
      break;
    }
    default:
      break;
  }
  return data;
}

function routes(router, kit) {
  const { API, ok, bodyObject, zohoTime, listResponse } = kit;
  const base = `${API}/hostedpages`;

  const find = (ctx) => {
    const rec = ctx.state.hosted_pages.get(ctx.params.id);
    if (!rec) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return rec;
  };

  router.get(base, (ctx) =>
    listResponse(ctx, ctx.state.hosted_pages.all().map(publicPage), { plural: 'hosted_pages', reportName: 'Hosted Pages', applied: undefined }),
  );

  router.get(`${base}/:id`, (ctx) => {
    const rec = find(ctx);
    if (rec.status === 'fresh') rec.status = 'read';
    return ok({ ...publicPage(rec), data: clone(rec.data || {}) });
  });

  for (const [path, kind] of Object.entries(KINDS)) {
    router.post(`${base}/${path}`, (ctx) => {
      const body = bodyObject(ctx);
      checkCommon(body, kit);
      kind.check(ctx, body, kit);
      const id = randomHex(32);
      const now = new Date();
      const rec = ctx.state.hosted_pages.insert({
        hostedpage_id: id,
        status: 'fresh',
        url: `https://billing.zoho.com/hostedpage/${id}/checkout`,
        action: kind.action,
        expiring_time: zohoTime(new Date(now.getTime() + 3600 * 1000)),
        created_time: zohoTime(now),
        data: {},
        request: clone(body),
      });
      return ok({ hostedpage: publicPage(rec) }, 'Hosted page has been created successfully.', 201);
    });
  }

  // test hook: the customer submits the page
  router.post(
    '/hostedpage/:id/checkout',
    (ctx) => {
      const rec = find(ctx);
      if (rec.status === 'success') return { status: 400, body: { code: 3202, message: 'This hosted page has already been used.' } };
      rec.data = checkout(ctx, kit, rec);
      rec.status = 'success';
      return { status: 200, body: { code: 0, message: 'success', data: clone(rec.data) } };
    },
    { public: true },
  );
}

module.exports = {
  modules: [
    {
      collection: 'hosted_pages',
      path: 'hostedpages',
      idField: 'hostedpage_id',
      singular: 'hostedpage',
      plural: 'hosted_pages',
      generic: false, // every route is in routes() above
      fields: [],
      defaults: {},
      notFound: NOT_FOUND,
      messages: {},
      sample: (i) => ({
        hostedpage_id: randomHex(32),
        status: i % 3 === 0 ? 'success' : 'fresh',
        action: ['new_subscription', 'update_card', 'one_time_addon'][i % 3],
        url: `https://billing.zoho.com/hostedpage/seeded-${i + 1}/checkout`,
        expiring_time: '2025-01-01T11:00:00-0700',
        created_time: '2025-01-01T10:00:00-0700',
        data: {},
        request: {},
      }),
    },
  ],
  routes,
};
