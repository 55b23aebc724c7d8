'use strict';
/**
 * Zoho Billing Subscriptions (OAS subscription.yml): every route is written out here, because a
 * subscription is built from other modules' records and its actions have side effects.
 *
 * Contract (OAS, reference §2.2 notes and §2.3):
 *  - create: `customer_id` (an existing customer) or `customer { display_name, email, … }` (a new
 *    customer, stored in the `customers` collection when that module is loaded); `plan { plan_code,
 *    quantity, price, … }` (the plan is looked up in `plans` when loaded: its name, price, interval
 *    and trial carry over); `addons[]`, `coupon_code`, `starts_at` (yyyy-mm-dd), `auto_collect`
 *    with `card_id` / `account_id`, `reference_id`, `custom_fields`, `contactpersons`, …
 *    Status: `future` when starts_at is after today, `trial` with trial days, else `live` (and a
 *    first invoice is raised, or an unbilled charge with add_to_unbilled_charges).
 *  - list: filter_by SubscriptionStatus.{All|ACTIVE|LIVE|FUTURE|TRIAL|PAST_DUE|UNPAID|NON_RENEWING|
 *    CANCELLED_FROM_DUNNING|CANCELLED|EXPIRED|TRIAL_EXPIRED|CANCELLED_LAST_MONTH|CANCELLED_THIS_MONTH}
 *    or SubscriptionMode.{ONLINE|OFFLINE}; customer_id; reference_contains. List records are the
 *    list shape (customer_name, email, plan_name, plan_code, …), not the full subscription.
 *  - cancel?cancel_at_end=true → non_renewing, false → cancelled; reactivate: non_renewing → live
 *  - update with end_of_term=true keeps plan/add-on/coupon changes for GET …/scheduledchanges
 *  - charge / buyonetimeaddon raise an invoice (in `invoices` when the invoices module is loaded,
 *    else in `subscription_invoices`) and answer `invoice`, or with add_to_unbilled_charges add to
 *    the subscription's open unbilled charge (`unbilled_charges`) and answer `unbilled_charge`
 *  - add a note answers `note: { notes: [ {note_id, description, commented_by, commented_time} ] }`
 *  - custom fields answer `data: [ {customfield_id, index, label, value, data_type} ]`
 *  - errors: 404 {1002, "Subscription does not exist."}; 400 {4, "Please enter a valid value for
 *    <field>."} for a missing field; 400 {2, "Invalid value passed for <field>"} for a bad or
 *    unknown one; 400 with Zoho-like codes for actions the status does not allow.
 *
 * Exports `billing` (helpers for unbilledcharges.js and hostedpages.js; ignored by the loader).
 */
const { HttpError, clone, randomHex } = require('../common');

let invoiceDocuments = null;
try {
  invoiceDocuments = require('./invoices').documents || null;
} catch (_) {
  invoiceDocuments = null;
}

const NOT_FOUND = { code: 1002, message: 'Subscription does not exist.' };
const ACTIVE = ['live', 'trial', 'future', 'non_renewing', 'dunning', 'unpaid'];
const ENDED = ['cancelled', 'expired', 'trial_expired', 'cancelled_from_dunning', 'creation_failed'];
const CURRENCY_SYMBOLS = { USD: '$', EUR: '€', GBP: '£', INR: '₹', JPY: '¥', AUD: '$', CAD: '$' };

const fail = (status, code, message) => new HttpError({ status, body: { code, message } });
const invalid = (field) => fail(400, 2, `Invalid value passed for ${field}`);
const missing = (field) => fail(400, 4, `Please enter a valid value for ${field}.`);
const isBlank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const round2 = (n) => Math.round(Number(n) * 100) / 100;
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isWhole = (v, min) => Number.isInteger(v) && v >= min;
const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/* ------------------------------------------------------------------------------------------------
 * Dates (yyyy-mm-dd, UTC arithmetic)
 * ---------------------------------------------------------------------------------------------- */

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addInterval(date, count, unit) {
  const d = new Date(`${date}T00:00:00Z`);
  if (unit === 'years') d.setUTCFullYear(d.getUTCFullYear() + count);
  else if (unit === 'weeks') d.setUTCDate(d.getUTCDate() + 7 * count);
  else d.setUTCMonth(d.getUTCMonth() + count);
  return d.toISOString().slice(0, 10);
}

/* ------------------------------------------------------------------------------------------------
 * Lookups in other modules (each optional: a module that is not loaded is not checked)
 * ---------------------------------------------------------------------------------------------- */

function moduleOf(ctx, collection) {
  return (ctx.emu.modules || []).find((m) => m.collection === collection);
}

function findSubscription(ctx, id = ctx.params.id) {
  const rec = ctx.state.subscriptions.get(id);
  if (!rec) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
  return rec;
}

/** The plan of a plan_code: from `plans` when loaded (active plans only), else a bare plan. */
function planFor(ctx, code) {
  if (isBlank(code)) throw missing('plan_code');
  const plans = ctx.state.plans;
  if (!plans) {
    return { plan_code: String(code), name: String(code), recurring_price: 0, interval: 1, interval_unit: 'months', trial_period: 0, setup_fee: 0, billing_cycles: -1 };
  }
  const plan = plans.get(code);
  if (!plan || plan.status === 'inactive') throw invalid('plan_code');
  return plan;
}

function productName(ctx, productId) {
  const product = ctx.state.products && productId !== undefined ? ctx.state.products.get(productId) : undefined;
  return product ? product.name : undefined;
}

/** The customer of a request: an existing customer_id, or a new customer object (created). */
function customerFor(ctx, body, kit) {
  const customers = ctx.state.customers;
  if (!isBlank(body.customer_id)) {
    if (!customers) return { customer_id: String(body.customer_id), display_name: `Customer ${body.customer_id}`, email: '' };
    const customer = customers.get(body.customer_id);
    if (!customer) throw invalid('customer_id');
    return customer;
  }
  const given = body.customer;
  if (!kit.isPlainObject(given)) throw missing('customer_id');
  if (isBlank(given.display_name)) throw missing('display_name');
  if (isBlank(given.email)) throw missing('email');
  if (!/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(String(given.email))) throw invalid('email');
  if (given.currency_code !== undefined && !/^[A-Z]{3}$/.test(String(given.currency_code))) throw invalid('currency_code');
  const fields = { status: 'active', currency_code: 'USD', billing_address: {}, shipping_address: {}, ...clone(given) };
  const mod = moduleOf(ctx, 'customers');
  if (!customers || !mod) return { customer_id: String(ctx.state.subscriptions.generateId()), ...fields };
  const created = customers.insert(ctx.emu.buildRecord(mod, fields));
  created.currency_symbol = CURRENCY_SYMBOLS[created.currency_code] || created.currency_code;
  return created;
}

/** The customer object a subscription carries (OAS `customer`). */
function customerSummary(customer) {
  const out = { customer_id: String(customer.customer_id) };
  for (const key of ['display_name', 'salutation', 'first_name', 'last_name', 'email', 'company_name', 'billing_address', 'shipping_address', 'payment_terms', 'payment_terms_label']) {
    if (customer[key] !== undefined) out[key] = clone(customer[key]);
  }
  return out;
}

function checkCard(ctx, customerId, cardId) {
  if (isBlank(cardId)) return undefined;
  const cards = ctx.state.cards;
  if (!cards) return { card_id: String(cardId) };
  const card = cards.get(cardId);
  if (!card || String(card.customer_id) !== String(customerId) || (card.status && card.status !== 'active')) throw invalid('card_id');
  const out = { card_id: String(card.card_id) };
  for (const key of ['last_four_digits', 'payment_gateway', 'expiry_month', 'expiry_year']) if (card[key] !== undefined) out[key] = card[key];
  return out;
}

function checkBankAccount(ctx, customerId, accountId) {
  if (isBlank(accountId)) return undefined;
  const accounts = ctx.state.bankaccounts;
  if (!accounts) return String(accountId);
  const account = accounts.get(accountId);
  if (!account || String(account.customer_id) !== String(customerId)) throw invalid('account_id');
  return String(account.account_id);
}

function checkContactPersons(ctx, customerId, list) {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw invalid('contactpersons');
  return list.map((c) => {
    if (!c || isBlank(c.contactperson_id)) throw missing('contactperson_id');
    const people = ctx.state.contactpersons;
    if (people) {
      const person = people.get(c.contactperson_id);
      if (!person || String(person.customer_id) !== String(customerId)) throw invalid('contactperson_id');
      return { contactperson_id: String(person.contactperson_id), ...(person.email ? { email: person.email } : {}) };
    }
    return { contactperson_id: String(c.contactperson_id) };
  });
}

/** An add-on line of a subscription or a one-time purchase; the price comes from the add-on's first bracket. */
function addonLine(ctx, entry, { oneTime = false } = {}) {
  if (!entry || isBlank(entry.addon_code)) throw missing('addon_code');
  const quantity = entry.quantity === undefined ? 1 : entry.quantity;
  if (!isNumber(quantity) || quantity <= 0) throw invalid('quantity');
  if (entry.price !== undefined && !(isNumber(entry.price) && entry.price >= 0)) throw invalid('price');
  const addons = ctx.state.addons;
  let addon;
  if (addons) {
    addon = addons.get(entry.addon_code);
    if (!addon || addon.status === 'inactive') throw invalid('addon_code');
    if (oneTime && addon.type && addon.type !== 'one_time') throw fail(400, 3005, `The addon ${addon.addon_code} is not a one-time addon.`);
  }
  const listPrice = addon && Array.isArray(addon.price_brackets) && addon.price_brackets[0] ? Number(addon.price_brackets[0].price) : 0;
  const price = entry.price === undefined ? listPrice : entry.price;
  const line = {
    addon_code: String(entry.addon_code),
    name: addon ? addon.name : String(entry.addon_code),
    quantity,
    price,
    discount: 0,
    total: round2(price * quantity),
  };
  if (!isBlank(entry.addon_description)) line.addon_description = entry.addon_description;
  if (!isBlank(entry.tax_id)) line.tax_id = String(entry.tax_id);
  if (addon && addon.type) line.type = addon.type;
  return line;
}

function couponFor(ctx, code) {
  if (isBlank(code)) return undefined;
  const coupons = ctx.state.coupons;
  if (!coupons) return { coupon_code: String(code), discount_by: 'flat', discount_value: 0 };
  const coupon = coupons.get(code);
  if (!coupon || (coupon.status && coupon.status !== 'active')) throw invalid('coupon_code');
  return coupon;
}

function discountOf(coupon, amount) {
  if (!coupon) return 0;
  const value = Number(coupon.discount_value || 0);
  const discount = coupon.discount_by === 'percentage' ? (amount * value) / 100 : value;
  return round2(Math.min(amount, Math.max(0, discount)));
}

function normalizeCustomFields(ctx, current, given) {
  if (!Array.isArray(given)) throw invalid('custom_fields');
  const fields = clone(current || []);
  for (const f of given) {
    if (!f || (isBlank(f.label) && isBlank(f.customfield_id))) throw missing('label');
    let field = fields.find((x) => (!isBlank(f.customfield_id) && String(x.customfield_id) === String(f.customfield_id)) || (!isBlank(f.label) && x.label === f.label));
    if (!field) {
      if (!isBlank(f.customfield_id) && isBlank(f.label)) throw invalid('customfield_id');
      field = { customfield_id: String(ctx.state.subscriptions.generateId()), index: fields.length + 1, label: f.label, data_type: 'text' };
      fields.push(field);
    }
    field.value = f.value === undefined || f.value === null ? '' : String(f.value);
  }
  return fields;
}

/* ------------------------------------------------------------------------------------------------
 * Money: invoices and unbilled charges raised for a subscription
 * ---------------------------------------------------------------------------------------------- */

function invoiceCollection(ctx) {
  return ctx.state.invoices || ctx.state.subscription_invoices;
}

function nextNumber(col, prefix) {
  col.numberSequence = (col.numberSequence || 0) + 1;
  return `${prefix}-${String(col.numberSequence).padStart(6, '0')}`;
}

/**
 * Raises an invoice for a subscription from lines [{ name, code, description, price, quantity,
 * account_id? }]: paid at once when the subscription is online with a card or bank account.
 */
function raiseInvoice(ctx, kit, sub, lines, transactionType) {
  const col = invoiceCollection(ctx);
  const today = kit.zohoDate();
  const items = lines.map((l) => ({
    item_id: String(col.generateId()),
    name: l.name,
    description: l.description === undefined ? '' : l.description,
    code: l.code,
    price: l.price,
    quantity: l.quantity,
    discount_amount: l.discount_amount || 0,
    item_total: round2(l.price * l.quantity - (l.discount_amount || 0)),
    ...(l.account_id ? { account_id: l.account_id } : {}),
    ...(l.product_id ? { product_id: l.product_id } : {}),
  }));
  const total = round2(items.reduce((n, i) => n + i.item_total, 0));
  const paid = sub.auto_collect === true && (sub.card !== undefined || sub.account_id !== undefined) && total > 0;
  const number = nextNumber(col, 'INV');
  const fields = {
    invoice_number: number,
    number,
    date: today,
    invoice_date: today,
    due_date: addDays(today, Number(sub.payment_terms || 0)),
    status: paid || total === 0 ? 'paid' : 'sent',
    transaction_type: transactionType,
    customer_id: sub.customer_id,
    customer_name: sub.customer_name,
    email: sub.email,
    subscription_id: sub.subscription_id,
    subscriptions: [{ subscription_id: sub.subscription_id }],
    invoice_items: items,
    sub_total: total,
    total,
    payment_made: paid ? total : 0,
    balance: paid || total === 0 ? 0 : total,
    credits_applied: 0,
    write_off_amount: 0,
    payments: paid
      ? [{ payment_id: String(col.generateId()), payment_mode: 'autotransaction', amount: total, date: today, description: '', reference_number: number }]
      : [],
    currency_code: sub.currency_code,
    currency_symbol: sub.currency_symbol,
    billing_address: clone((sub.customer && sub.customer.billing_address) || {}),
    shipping_address: clone((sub.customer && sub.customer.shipping_address) || {}),
    comments: [],
  };
  const mod = moduleOf(ctx, 'invoices');
  let rec = col.insert(ctx.state.invoices && mod ? ctx.emu.buildRecord(mod, fields) : { ...fields, created_time: kit.zohoTime(), updated_time: kit.zohoTime() });
  if (ctx.state.invoices && invoiceDocuments && invoiceDocuments.completeInvoice) rec = invoiceDocuments.completeInvoice(rec);
  sub.child_invoice_id = rec.invoice_id;
  logActivity(ctx, kit, sub, `Invoice created - ${number}`);
  return rec;
}

/** Adds lines to the subscription's open unbilled charge (or opens one). */
function addUnbilled(ctx, kit, sub, lines) {
  const col = ctx.state.unbilled_charges;
  let rec = sub.unbilled_charge_id ? col.get(sub.unbilled_charge_id) : undefined;
  if (!rec || rec.status !== 'open') {
    rec = col.insert({
      number: nextNumber(col, 'UNBILL'),
      status: 'open',
      unbilled_charge_date: kit.zohoDate(),
      customer_id: sub.customer_id,
      customer_name: sub.customer_name,
      email: sub.email,
      subscription_id: sub.subscription_id,
      unbilled_charge_items: [],
      coupons: [],
      total: 0,
      currency_code: sub.currency_code,
      currency_symbol: sub.currency_symbol,
      created_time: kit.zohoTime(),
      updated_time: kit.zohoTime(),
      billing_address: clone((sub.customer && sub.customer.billing_address) || {}),
      shipping_address: clone((sub.customer && sub.customer.shipping_address) || {}),
    });
  }
  for (const l of lines) {
    rec.unbilled_charge_items.push({
      unbilled_charge_item_id: String(col.generateId()),
      ...(l.product_id ? { product_id: l.product_id } : {}),
      name: l.name,
      description: l.description === undefined ? '' : l.description,
      code: l.code,
      price: l.price,
      quantity: l.quantity,
      discount_amount: l.discount_amount || 0,
      item_total: round2(l.price * l.quantity - (l.discount_amount || 0)),
      ...(l.account_id ? { account_id: l.account_id } : {}),
    });
  }
  rec.total = round2(rec.unbilled_charge_items.reduce((n, i) => n + i.item_total, 0));
  rec.updated_time = kit.zohoTime();
  sub.unbilled_charge_id = rec.unbilled_charge_id;
  logActivity(ctx, kit, sub, `Unbilled charge updated - ${rec.number}`);
  return rec;
}

function logActivity(ctx, kit, sub, description) {
  ctx.state.subscription_activities.insert({
    subscription_id: sub.subscription_id,
    description,
    activity_time: kit.zohoTime(),
    commented_by: 'Zoho Billing',
  });
}

/* ------------------------------------------------------------------------------------------------
 * Building and changing subscriptions
 * ---------------------------------------------------------------------------------------------- */

/** Plan, add-ons and coupon of a subscription from a request, with the amounts Zoho computes. */
function priced(ctx, body, previous) {
  const given = body.plan;
  const samePlan = Boolean(previous && previous.plan && previous.plan.plan_code === given.plan_code);
  // the current plan of a subscription stays usable even when it is not (or no longer) in the catalog
  const plan = samePlan && !(ctx.state.plans && ctx.state.plans.has(given.plan_code))
    ? {
        plan_code: previous.plan.plan_code,
        name: previous.plan.name,
        recurring_price: previous.plan.price,
        interval: previous.interval,
        interval_unit: previous.interval_unit,
        product_id: previous.product_id,
        setup_fee: previous.plan.setup_fee,
        trial_period: previous.plan.trial_days,
        description: previous.plan.plan_description,
        billing_cycles: previous.billing_cycles === undefined ? -1 : previous.billing_cycles,
      }
    : planFor(ctx, given.plan_code);
  const quantity = given.quantity !== undefined ? given.quantity : samePlan ? previous.plan.quantity : 1;
  if (!isWhole(quantity, 1)) throw invalid('quantity');
  const price = given.price !== undefined ? given.price : samePlan ? previous.plan.price : Number(plan.recurring_price || 0);
  if (!(isNumber(price) && price >= 0)) throw invalid('price');
  for (const key of ['setup_fee']) if (given[key] !== undefined && !(isNumber(given[key]) && given[key] >= 0)) throw invalid(key);
  if (given.trial_days !== undefined && !isWhole(given.trial_days, 0)) throw invalid('trial_days');
  if (given.billing_cycles !== undefined && !(given.billing_cycles === -1 || isWhole(given.billing_cycles, 1))) throw invalid('billing_cycles');
  const addons = body.addons !== undefined ? (Array.isArray(body.addons) ? body.addons : (() => { throw invalid('addons'); })()).map((a) => addonLine(ctx, a)) : previous ? clone(previous.addons || []) : [];
  const couponCode = body.coupon_code !== undefined ? body.coupon_code : previous && previous.coupon ? previous.coupon.coupon_code : undefined;
  const coupon = couponFor(ctx, couponCode);
  const planLine = {
    plan_code: plan.plan_code,
    name: plan.name,
    quantity,
    price,
    discount: 0,
    total: round2(price * quantity),
    setup_fee: given.setup_fee !== undefined ? given.setup_fee : Number(plan.setup_fee || 0),
    plan_description: given.plan_description !== undefined ? given.plan_description : samePlan ? previous.plan.plan_description || '' : plan.description || '',
    tax_id: given.tax_id !== undefined ? String(given.tax_id) : (samePlan && previous.plan.tax_id) || plan.tax_id || '',
    trial_days: given.trial_days !== undefined ? given.trial_days : Number(plan.trial_period || 0),
  };
  const gross = round2(planLine.total + addons.reduce((n, a) => n + a.total, 0));
  const discount = discountOf(coupon, gross);
  planLine.discount = Math.min(discount, planLine.total);
  planLine.total = round2(planLine.total - planLine.discount);
  return {
    plan,
    planLine,
    addons,
    coupon: coupon ? { coupon_code: coupon.coupon_code, ...(coupon.name ? { coupon_name: coupon.name } : {}), discount_amount: discount } : undefined,
    amount: round2(gross - discount),
    billingCycles: given.billing_cycles !== undefined ? given.billing_cycles : Number(plan.billing_cycles === undefined ? -1 : plan.billing_cycles),
  };
}

function applyPricing(sub, pricing, ctx) {
  const samePlan = sub.plan && sub.plan.plan_code === pricing.plan.plan_code && sub.name;
  sub.plan = pricing.planLine;
  sub.addons = pricing.addons;
  if (pricing.coupon) sub.coupon = pricing.coupon;
  else delete sub.coupon;
  sub.amount = pricing.amount;
  sub.plan_code = pricing.plan.plan_code;
  sub.plan_name = pricing.plan.name;
  sub.interval = Number(pricing.plan.interval || 1);
  sub.interval_unit = pricing.plan.interval_unit || 'months';
  sub.product_id = pricing.plan.product_id;
  sub.product_name = productName(ctx, pricing.plan.product_id) || sub.product_name || '';
  if (!samePlan) sub.name = sub.product_name ? `${sub.product_name}-${pricing.plan.name}` : pricing.plan.name;
}

/** Fields of create and update that are copied as they come (after their checks). */
function applySimpleFields(sub, body, kit) {
  if (body.reference_id !== undefined) sub.reference_id = String(body.reference_id);
  if (body.salesperson_id !== undefined) sub.salesperson_id = String(body.salesperson_id);
  if (body.salesperson_name !== undefined) sub.salesperson_name = String(body.salesperson_name);
  if (body.payment_terms !== undefined) {
    if (!isWhole(body.payment_terms, 0)) throw invalid('payment_terms');
    sub.payment_terms = body.payment_terms;
  }
  if (body.payment_terms_label !== undefined) sub.payment_terms_label = String(body.payment_terms_label);
  if (body.template_id !== undefined) sub.template_id = String(body.template_id);
  if (body.exchange_rate !== undefined) {
    if (!(isNumber(body.exchange_rate) && body.exchange_rate > 0)) throw invalid('exchange_rate');
    sub.exchange_rate = body.exchange_rate;
  }
  if (body.place_of_supply !== undefined) sub.place_of_supply = String(body.place_of_supply);
  if (body.payment_gateways !== undefined) {
    if (!Array.isArray(body.payment_gateways) || body.payment_gateways.some((g) => !kit.isPlainObject(g) || isBlank(g.payment_gateway))) {
      throw invalid('payment_gateways');
    }
    sub.payment_gateways = clone(body.payment_gateways);
  }
  for (const key of ['can_charge_setup_fee_immediately', 'allow_partial_payments']) {
    if (body[key] !== undefined) {
      if (typeof body[key] !== 'boolean') throw invalid(key);
      sub[key] = body[key];
    }
  }
}

function applyPaymentMethod(ctx, sub, body) {
  if (body.auto_collect !== undefined && typeof body.auto_collect !== 'boolean') throw invalid('auto_collect');
  const card = checkCard(ctx, sub.customer_id, body.card_id);
  const account = checkBankAccount(ctx, sub.customer_id, body.account_id);
  if (card) sub.card = card;
  if (account) sub.account_id = account;
  if (body.auto_collect !== undefined) sub.auto_collect = body.auto_collect;
  else if (card || account) sub.auto_collect = true;
  if (sub.auto_collect === true && !sub.card && !sub.account_id) {
    throw fail(400, 2, 'Invalid value passed for card_id: an online subscription (auto_collect true) needs a card_id or an account_id.');
  }
}

/** Creates a subscription from a request body (also used by the hosted pages' checkout). */
function createSubscription(ctx, kit, body) {
  if (!kit.isPlainObject(body.plan)) throw missing('plan_code');
  if (body.starts_at !== undefined && !isDate(body.starts_at)) throw invalid('starts_at');
  const pricing = priced(ctx, body);
  const customer = customerFor(ctx, body, kit);
  const contactpersons = checkContactPersons(ctx, customer.customer_id, body.contactpersons);
  const today = kit.zohoDate();
  const startsAt = body.starts_at || today;
  const currency = customer.currency_code || 'USD';
  const sub = {
    name: '',
    status: 'live',
    amount: 0,
    created_at: today,
    customer_id: String(customer.customer_id),
    customer_name: customer.display_name,
    email: customer.email || '',
    auto_collect: false,
    reference_id: '',
    salesperson_id: '',
    salesperson_name: '',
    currency_code: currency,
    currency_symbol: customer.currency_symbol || CURRENCY_SYMBOLS[currency] || currency,
    end_of_term: false,
    payment_terms: Number(customer.payment_terms || 0),
    payment_terms_label: customer.payment_terms_label || 'Due On Receipt',
    can_add_bank_account: true,
    customer: customerSummary(customer),
    custom_fields: [],
    taxes: [],
    contactpersons: contactpersons || [],
    notes: [],
    payment_gateways: [],
  };
  applyPricing(sub, pricing, ctx);
  applySimpleFields(sub, body, kit);
  if (body.custom_fields !== undefined) sub.custom_fields = normalizeCustomFields(ctx, [], body.custom_fields);
  applyPaymentMethod(ctx, sub, body);

  const trialDays = body.plan.exclude_trial === true ? 0 : pricing.planLine.trial_days;
  if (startsAt > today) {
    sub.status = 'future';
    sub.starts_at = startsAt;
    sub.current_term_starts_at = startsAt;
    sub.next_billing_at = startsAt;
    sub.current_term_ends_at = addInterval(startsAt, sub.interval, sub.interval_unit);
  } else if (trialDays > 0) {
    sub.status = 'trial';
    sub.trial_starts_at = startsAt;
    sub.trial_ends_at = addDays(startsAt, trialDays);
    sub.current_term_starts_at = startsAt;
    sub.current_term_ends_at = sub.trial_ends_at;
    sub.next_billing_at = sub.trial_ends_at;
  } else {
    sub.activated_at = startsAt;
    sub.last_billing_at = startsAt;
    sub.current_term_starts_at = startsAt;
    sub.next_billing_at = addInterval(startsAt, sub.interval, sub.interval_unit);
    sub.current_term_ends_at = sub.next_billing_at;
  }
  if (pricing.billingCycles > 0) {
    sub.billing_cycles = pricing.billingCycles;
    sub.expires_at = addInterval(sub.trial_ends_at || startsAt, sub.interval * pricing.billingCycles, sub.interval_unit);
  }
  const stored = ctx.state.subscriptions.insert(ctx.emu.buildRecord(moduleOf(ctx, 'subscriptions'), sub));
  logActivity(ctx, kit, stored, 'Subscription created');
  if (stored.status === 'live') {
    const lines = firstTermLines(stored, body.plan.exclude_setup_fee === true);
    if (body.add_to_unbilled_charges === true) addUnbilled(ctx, kit, stored, lines);
    else raiseInvoice(ctx, kit, stored, lines, 'new');
  }
  return stored;
}

function firstTermLines(sub, excludeSetupFee) {
  const lines = [
    { name: sub.plan.name, code: sub.plan.plan_code, description: sub.plan.plan_description || '', price: sub.plan.price, quantity: sub.plan.quantity, discount_amount: sub.plan.discount, product_id: sub.product_id },
    ...sub.addons.map((a) => ({ name: a.name, code: a.addon_code, description: a.addon_description || '', price: a.price, quantity: a.quantity })),
  ];
  if (!excludeSetupFee && Number(sub.plan.setup_fee) > 0) lines.push({ name: 'Setup Fee', code: sub.plan.plan_code, description: '', price: Number(sub.plan.setup_fee), quantity: 1 });
  return lines;
}

function assertOpen(sub, what) {
  if (ENDED.includes(sub.status)) throw fail(400, 3008, `${what} is not possible for a ${sub.status.replace(/_/g, ' ')} subscription.`);
}

/** Applies an update body (PUT) to a subscription; plan changes wait for the term end with end_of_term. */
function updateSubscription(ctx, kit, sub, body) {
  assertOpen(sub, 'Updating');
  if (!kit.isPlainObject(body.plan) || isBlank(body.plan.plan_code)) throw missing('plan_code');
  if (body.end_of_term !== undefined && typeof body.end_of_term !== 'boolean') throw invalid('end_of_term');
  if (body.customer_id !== undefined && String(body.customer_id) !== String(sub.customer_id)) throw invalid('customer_id');
  const pricing = priced(ctx, body, sub);
  const contactpersons = checkContactPersons(ctx, sub.customer_id, body.contactpersons);
  const next = clone(sub);
  applySimpleFields(next, body, kit);
  applyPaymentMethod(ctx, next, body);
  if (contactpersons) next.contactpersons = contactpersons;
  if (body.custom_fields !== undefined) next.custom_fields = normalizeCustomFields(ctx, sub.custom_fields, body.custom_fields);
  if (body.end_of_term === true) {
    const scheduled = clone(next);
    applyPricing(scheduled, pricing, ctx);
    ctx.state.subscription_scheduled_changes.remove(sub.subscription_id);
    ctx.state.subscription_scheduled_changes.insert({ subscription_id: sub.subscription_id, changes: scheduled });
    next.end_of_term = true;
  } else {
    applyPricing(next, pricing, ctx);
    ctx.state.subscription_scheduled_changes.remove(sub.subscription_id);
    next.end_of_term = false;
  }
  for (const key of Object.keys(sub)) if (!(key in next)) delete sub[key];
  Object.assign(sub, next, { updated_time: kit.zohoTime() });
  logActivity(ctx, kit, sub, body.end_of_term === true ? 'Subscription changes scheduled for the end of the term' : 'Subscription updated');
  return sub;
}

/** The list shape of a subscription (GET /subscriptions). */
function listShape(sub) {
  const out = {};
  for (const key of [
    'customer_id', 'customer_name', 'email', 'plan_name', 'plan_code', 'subscription_id', 'name', 'status', 'amount',
    'created_at', 'activated_at', 'current_term_ends_at', 'current_term_starts_at', 'last_billing_at', 'next_billing_at',
    'expires_at', 'interval', 'interval_unit', 'auto_collect', 'created_time', 'updated_time', 'reference_id',
    'salesperson_id', 'salesperson_name', 'currency_code', 'currency_symbol',
  ]) {
    if (sub[key] !== undefined) out[key] = clone(sub[key]);
  }
  return out;
}

function monthOf(date, offset) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + offset);
  return d.toISOString().slice(0, 7);
}

const STATUS_FILTERS = {
  All: null,
  ACTIVE: (r) => ['live', 'trial', 'non_renewing', 'dunning'].includes(r.status),
  LIVE: (r) => r.status === 'live',
  FUTURE: (r) => r.status === 'future',
  TRIAL: (r) => r.status === 'trial',
  PAST_DUE: (r) => r.status === 'dunning',
  UNPAID: (r) => r.status === 'unpaid',
  NON_RENEWING: (r) => r.status === 'non_renewing',
  CANCELLED_FROM_DUNNING: (r) => r.status === 'cancelled_from_dunning',
  CANCELLED: (r) => r.status === 'cancelled',
  EXPIRED: (r) => r.status === 'expired',
  TRIAL_EXPIRED: (r) => r.status === 'trial_expired',
  CANCELLED_LAST_MONTH: (r, today) => r.status === 'cancelled' && String(r.cancelled_at || '').slice(0, 7) === monthOf(today, -1),
  CANCELLED_THIS_MONTH: (r, today) => r.status === 'cancelled' && String(r.cancelled_at || '').slice(0, 7) === monthOf(today, 0),
};
const MODE_FILTERS = { ONLINE: (r) => r.auto_collect === true, OFFLINE: (r) => r.auto_collect !== true };

/* ------------------------------------------------------------------------------------------------
 * Routes
 * ---------------------------------------------------------------------------------------------- */

function routes(router, kit) {
  const { API, ok, bodyObject, queryValue, zohoTime, zohoDate, listResponse } = kit;
  const base = `${API}/subscriptions`;
  const out = (sub) => clone(sub);

  router.get(base, (ctx) => {
    let items = ctx.state.subscriptions.all();
    let applied = 'SubscriptionStatus.All';
    const filterBy = queryValue(ctx.query, 'filter_by');
    if (filterBy !== undefined && filterBy !== '') {
      const [prefix, value] = String(filterBy).split('.');
      const table = prefix === 'SubscriptionStatus' ? STATUS_FILTERS : prefix === 'SubscriptionMode' ? MODE_FILTERS : null;
      if (!table || !Object.prototype.hasOwnProperty.call(table, value)) throw invalid('filter_by');
      applied = filterBy;
      const today = zohoDate();
      if (table[value]) items = items.filter((r) => table[value](r, today));
    }
    const customerId = queryValue(ctx.query, 'customer_id');
    if (!isBlank(customerId)) items = items.filter((r) => String(r.customer_id) === String(customerId));
    const reference = queryValue(ctx.query, 'reference_contains');
    if (!isBlank(reference)) {
      const needle = String(reference).toLowerCase();
      items = items.filter((r) => String(r.reference_id || '').toLowerCase().includes(needle));
    }
    return listResponse(ctx, items.map(listShape), { plural: 'subscriptions', reportName: 'Subscriptions', applied });
  });

  router.post(base, (ctx) => {
    const sub = createSubscription(ctx, kit, bodyObject(ctx));
    return ok({ subscription: out(sub) }, 'Subscription has been created successfully.', 201);
  });

  router.get(`${base}/:id`, (ctx) => ok({ subscription: out(findSubscription(ctx)) }));

  router.put(`${base}/:id`, (ctx) => {
    const sub = findSubscription(ctx);
    updateSubscription(ctx, kit, sub, bodyObject(ctx));
    return ok({ subscription: out(sub) }, 'Subscription has been updated successfully.');
  });

  router.delete(`${base}/:id`, (ctx) => {
    const sub = findSubscription(ctx);
    ctx.state.subscriptions.remove(sub.subscription_id);
    ctx.state.subscription_scheduled_changes.remove(sub.subscription_id);
    for (const a of ctx.state.subscription_activities.filter((r) => r.subscription_id === sub.subscription_id)) {
      ctx.state.subscription_activities.remove(a.activity_id);
    }
    return ok({}, 'The subscription has been deleted.');
  });

  router.post(`${base}/:id/cancel`, (ctx) => {
    const sub = findSubscription(ctx);
    const raw = queryValue(ctx.query, 'cancel_at_end');
    if (raw !== undefined && raw !== 'true' && raw !== 'false') throw invalid('cancel_at_end');
    const atEnd = raw === 'true';
    if (ENDED.includes(sub.status)) throw fail(400, 3008, 'The subscription has already been cancelled.');
    if (atEnd && sub.status === 'non_renewing') throw fail(400, 3009, 'The subscription is already set to cancel at the end of the current term.');
    if (atEnd && sub.status !== 'future') {
      sub.status = 'non_renewing';
      sub.cancelled_at = sub.current_term_ends_at;
      logActivity(ctx, kit, sub, `Subscription will be cancelled on ${sub.cancelled_at}`);
    } else {
      sub.status = 'cancelled';
      sub.cancelled_at = zohoDate();
      delete sub.next_billing_at;
      logActivity(ctx, kit, sub, 'Subscription cancelled');
    }
    sub.updated_time = zohoTime();
    return ok(
      { subscription: out(sub) },
      sub.status === 'non_renewing' ? 'Your subscription will be cancelled at the end of the current term.' : 'Your subscription has been cancelled.',
    );
  });

  router.post(`${base}/:id/reactivate`, (ctx) => {
    const sub = findSubscription(ctx);
    if (sub.status !== 'non_renewing') {
      throw fail(400, 3010, `Only non-renewing subscriptions can be reactivated; this one is ${sub.status.replace(/_/g, ' ')}.`);
    }
    sub.status = sub.trial_ends_at && sub.trial_ends_at > zohoDate() ? 'trial' : 'live';
    delete sub.cancelled_at;
    sub.updated_time = zohoTime();
    logActivity(ctx, kit, sub, 'Subscription reactivated');
    return ok({ subscription: out(sub) }, 'Subscription has been reactivated successfully.');
  });

  router.get(`${base}/:id/scheduledchanges`, (ctx) => {
    const sub = findSubscription(ctx);
    const scheduled = ctx.state.subscription_scheduled_changes.get(sub.subscription_id);
    const view = scheduled ? scheduled.changes : sub;
    const keys = [
      'subscription_id', 'name', 'status', 'amount', 'created_at', 'activated_at', 'current_term_ends_at', 'current_term_starts_at',
      'last_billing_at', 'next_billing_at', 'expires_at', 'interval', 'interval_unit', 'auto_collect', 'created_time', 'updated_time',
      'reference_id', 'salesperson_id', 'salesperson_name', 'currency_code', 'currency_symbol', 'product_id', 'plan', 'addons', 'taxes', 'coupon',
    ];
    const shown = {};
    for (const key of keys) if (view[key] !== undefined) shown[key] = clone(view[key]);
    return ok({ subscription: shown });
  });

  router.get(`${base}/:id/recentactivities`, (ctx) => {
    const sub = findSubscription(ctx);
    const activities = ctx.state.subscription_activities
      .filter((a) => a.subscription_id === sub.subscription_id)
      .reverse()
      .map(({ subscription_id: _s, ...a }) => a);
    return ok({ activities });
  });

  router.post(`${base}/:id/buyonetimeaddon`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    assertOpen(sub, 'Buying an addon');
    if (!Array.isArray(body.addons) || body.addons.length === 0) throw missing('addons');
    if (body.exchange_rate !== undefined && !(isNumber(body.exchange_rate) && body.exchange_rate > 0)) throw invalid('exchange_rate');
    const lines = body.addons.map((a) => addonLine(ctx, a, { oneTime: true }));
    const coupon = couponFor(ctx, body.coupon_code);
    const gross = round2(lines.reduce((n, l) => n + l.total, 0));
    let discount = discountOf(coupon, gross);
    const charged = lines.map((l) => {
      const share = Math.min(discount, l.total);
      discount = round2(discount - share);
      return { name: l.name, code: l.addon_code, description: l.addon_description || '', price: l.price, quantity: l.quantity, discount_amount: share };
    });
    if (body.add_to_unbilled_charges === true) {
      const unbilled = addUnbilled(ctx, kit, sub, charged);
      return ok({ unbilled_charge: clone(unbilled) }, 'One-time addon has been added to the unbilled charges.');
    }
    const invoice = raiseInvoice(ctx, kit, sub, charged, 'one_time_addon');
    return ok({ invoice: clone(invoice) }, 'One-time addon has been purchased successfully.');
  });

  router.post(`${base}/:id/coupons/:coupon_code`, (ctx) => {
    const sub = findSubscription(ctx);
    assertOpen(sub, 'Applying a coupon');
    const pricing = priced(ctx, { plan: { plan_code: sub.plan.plan_code }, coupon_code: ctx.params.coupon_code }, sub);
    applyPricing(sub, pricing, ctx);
    sub.updated_time = zohoTime();
    logActivity(ctx, kit, sub, `Coupon ${ctx.params.coupon_code} applied`);
    return ok({}, 'The coupon has been added to the subscription.');
  });

  router.delete(`${base}/:id/coupons`, (ctx) => {
    const sub = findSubscription(ctx);
    if (!sub.coupon) throw fail(400, 3011, 'There is no coupon associated with this subscription.');
    const pricing = priced(ctx, { plan: { plan_code: sub.plan.plan_code }, coupon_code: '' }, sub);
    applyPricing(sub, pricing, ctx);
    sub.updated_time = zohoTime();
    logActivity(ctx, kit, sub, 'Coupon removed');
    return ok({}, 'The coupon has been removed from the subscription.');
  });

  router.post(`${base}/:id/card`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    assertOpen(sub, 'Updating the card');
    if (isBlank(body.card_id)) throw missing('card_id');
    if (body.auto_collect !== undefined && typeof body.auto_collect !== 'boolean') throw invalid('auto_collect');
    sub.card = checkCard(ctx, sub.customer_id, body.card_id);
    sub.auto_collect = body.auto_collect === undefined ? true : body.auto_collect;
    sub.updated_time = zohoTime();
    logActivity(ctx, kit, sub, 'Card updated');
    return ok({ subscription: out(sub) }, 'Card has been updated successfully.');
  });

  router.delete(`${base}/:id/card`, (ctx) => {
    const sub = findSubscription(ctx);
    if (!sub.card) throw fail(400, 3012, 'There is no card associated with this subscription.');
    delete sub.card;
    if (!sub.account_id) sub.auto_collect = false;
    sub.updated_time = zohoTime();
    logActivity(ctx, kit, sub, 'Card removed');
    return ok({}, 'Card has been successfully removed from the subscription.');
  });

  router.post(`${base}/:id/charge`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    assertOpen(sub, 'Adding a charge');
    if (body.amount === undefined || body.amount === null || body.amount === '') throw missing('amount');
    if (!(isNumber(body.amount) && body.amount > 0)) throw invalid('amount');
    const line = {
      name: 'One-time charge',
      code: '',
      description: body.description === undefined ? '' : String(body.description),
      price: body.amount,
      quantity: 1,
      ...(isBlank(body.account_id) ? {} : { account_id: String(body.account_id) }),
    };
    if (body.add_to_unbilled_charges === true) {
      const unbilled = addUnbilled(ctx, kit, sub, [line]);
      return ok({ unbilled_charge: clone(unbilled) }, 'The charge has been added to the unbilled charges.');
    }
    const invoice = raiseInvoice(ctx, kit, sub, [line], 'one_time_charge');
    return ok({ invoice: clone(invoice) }, 'One time charge has been added successfully.');
  });

  router.post(`${base}/:id/contactpersons`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    if (!Array.isArray(body.contactpersons) || body.contactpersons.length === 0) throw missing('contactpersons');
    const people = checkContactPersons(ctx, sub.customer_id, body.contactpersons);
    const byId = new Map((sub.contactpersons || []).map((c) => [c.contactperson_id, c]));
    for (const p of people) byId.set(p.contactperson_id, p);
    sub.contactpersons = [...byId.values()];
    sub.updated_time = zohoTime();
    return ok({ subscription: out(sub) }, "The contact person's information has been added.");
  });

  router.post(`${base}/:id/postpone`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    assertOpen(sub, 'Postponing the renewal');
    if (isBlank(body.renewal_at)) throw missing('renewal_at');
    if (!isDate(body.renewal_at)) throw invalid('renewal_at');
    if (sub.next_billing_at && body.renewal_at <= sub.next_billing_at) {
      throw fail(400, 3013, `The renewal date can only be postponed: choose a date after ${sub.next_billing_at}.`);
    }
    sub.next_billing_at = body.renewal_at;
    sub.current_term_ends_at = body.renewal_at;
    sub.updated_time = zohoTime();
    logActivity(ctx, kit, sub, `Renewal postponed to ${body.renewal_at}`);
    return ok({ subscription: out(sub) }, 'Billing date of the subscription has been changed.');
  });

  router.post(`${base}/:id/lineitems/:code`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    if (body.description === undefined || body.description === null) throw missing('description');
    const code = ctx.params.code;
    if (sub.plan && sub.plan.plan_code === code) sub.plan.plan_description = String(body.description);
    else {
      const addon = (sub.addons || []).find((a) => a.addon_code === code);
      if (!addon) throw fail(404, 1002, 'The plan or addon is not part of this subscription.');
      addon.addon_description = String(body.description);
    }
    sub.updated_time = zohoTime();
    return ok({}, 'Item description has been updated successfully.');
  });

  router.post(`${base}/:id/autocollect`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    if (body.auto_collect === undefined) throw missing('auto_collect');
    if (typeof body.auto_collect !== 'boolean') throw invalid('auto_collect');
    if (body.auto_collect && !sub.card && !sub.account_id) {
      throw fail(400, 3014, 'The subscription has no card or bank account to charge: update the card first.');
    }
    sub.auto_collect = body.auto_collect;
    sub.updated_time = zohoTime();
    logActivity(ctx, kit, sub, `Subscription changed to ${body.auto_collect ? 'online' : 'offline'} mode`);
    return ok({ subscription: out(sub) }, 'Auto charge Status has been changed successfully.');
  });

  router.post(`${base}/:id/reference`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    if (body.reference_id === undefined || body.reference_id === null) throw missing('reference_id');
    sub.reference_id = String(body.reference_id);
    sub.updated_time = zohoTime();
    return ok({ subscription: out(sub) }, 'Subscription has been updated successfully.');
  });

  router.post(`${base}/:id/salesperson`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    if (isBlank(body.salesperson_name)) throw missing('salesperson_name');
    sub.salesperson_name = String(body.salesperson_name);
    sub.salesperson_id = isBlank(body.salesperson_id) ? '' : String(body.salesperson_id);
    sub.updated_time = zohoTime();
    return ok({ subscription: out(sub) }, 'Sales Person has been updated successfully.');
  });

  router.post(`${base}/:id/customfields`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    if (!Array.isArray(body.custom_fields) || body.custom_fields.length === 0) throw missing('custom_fields');
    sub.custom_fields = normalizeCustomFields(ctx, sub.custom_fields, body.custom_fields);
    sub.updated_time = zohoTime();
    const touched = sub.custom_fields.filter((f) =>
      body.custom_fields.some((g) => (!isBlank(g.customfield_id) && String(g.customfield_id) === f.customfield_id) || g.label === f.label),
    );
    return ok({ data: clone(touched) }, 'Custom Fields Updated Successfully.');
  });

  router.post(`${base}/:id/notes`, (ctx) => {
    const sub = findSubscription(ctx);
    const body = bodyObject(ctx);
    if (isBlank(body.description)) throw missing('description');
    const note = {
      note_id: String(ctx.state.subscriptions.generateId()),
      description: String(body.description),
      commented_by: 'Piper Owner',
      commented_time: zohoTime(),
    };
    sub.notes = [...(sub.notes || []), note];
    sub.updated_time = zohoTime();
    return ok({ note: { notes: [clone(note)] } }, 'Notes added.');
  });

  router.delete(`${base}/:id/notes/:note_id`, (ctx) => {
    const sub = findSubscription(ctx);
    const notes = sub.notes || [];
    if (!notes.some((n) => n.note_id === ctx.params.note_id)) throw fail(404, 1002, 'Note does not exist.');
    sub.notes = notes.filter((n) => n.note_id !== ctx.params.note_id);
    sub.updated_time = zohoTime();
    return ok({}, 'The note has been deleted.');
  });

}

/* ------------------------------------------------------------------------------------------------
 * Module
 * ---------------------------------------------------------------------------------------------- */

const SUBSCRIPTIONS = {
  collection: 'subscriptions',
  path: 'subscriptions',
  idField: 'subscription_id',
  singular: 'subscription',
  plural: 'subscriptions',
  generic: false, // every route is in routes() above
  fields: [],
  defaults: {},
  notFound: NOT_FOUND,
  messages: {},
  /** Seeded subscriptions (emu.seed('subscriptions', …)): live monthly ones unless told otherwise. */
  sample: (i) => ({
    name: `PiperHost-Basic ${i + 1}`,
    status: 'live',
    amount: 10,
    customer_id: `90300000000${String(1000 + i)}`,
    customer_name: `Customer ${String(i + 1).padStart(4, '0')}`,
    email: `customer${i + 1}@example.com`,
    plan_name: 'Basic',
    plan_code: 'basic-monthly',
    plan: { plan_code: 'basic-monthly', name: 'Basic', quantity: 1, price: 10, discount: 0, total: 10, setup_fee: 0, plan_description: '', tax_id: '', trial_days: 0 },
    addons: [],
    interval: 1,
    interval_unit: 'months',
    auto_collect: false,
    reference_id: `ref-${i + 1}`,
    salesperson_id: '',
    salesperson_name: '',
    currency_code: 'USD',
    currency_symbol: '$',
    created_at: '2025-01-01',
    activated_at: '2025-01-01',
    current_term_starts_at: '2025-01-01',
    current_term_ends_at: '2025-02-01',
    last_billing_at: '2025-01-01',
    next_billing_at: '2025-02-01',
    end_of_term: false,
    payment_terms: 0,
    payment_terms_label: 'Due On Receipt',
    customer: { customer_id: `90300000000${String(1000 + i)}`, display_name: `Customer ${String(i + 1).padStart(4, '0')}`, email: `customer${i + 1}@example.com` },
    custom_fields: [],
    taxes: [],
    contactpersons: [],
    notes: [],
    payment_gateways: [],
  }),
};

module.exports = {
  modules: [SUBSCRIPTIONS],
  collections: [
    { name: 'subscription_activities', idField: 'activity_id' },
    { name: 'subscription_scheduled_changes', idField: 'subscription_id' },
    // invoices raised by subscriptions when the invoices module is not loaded
    { name: 'subscription_invoices', idField: 'invoice_id' },
  ],
  routes,
  // helpers for unbilledcharges.js and hostedpages.js (ignored by the emulator's module loader)
  billing: { createSubscription, updateSubscription, raiseInvoice, addUnbilled, addonLine, couponFor, discountOf, checkCard, customerFor, planFor, findSubscription, logActivity, invoiceCollection, isDate, randomHex },
};
