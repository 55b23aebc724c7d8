'use strict';
/**
 * Zoho Billing Payments (OAS payments.yml): POST /payments, GET/PUT/DELETE /payments/{payment_id}.
 * Zoho documents no list of payments (reference §2.2 notes), so there is none here: GET /payments
 * is Zoho's "Invalid URL".
 *
 * Contract:
 *  - create needs customer_id (an existing customer), payment_mode (check, cash, creditcard,
 *    banktransfer, bankremittance, autotransaction, others) and amount > 0;
 *    invoices [{ invoice_id, amount_applied > 0 }] whose sum is at most the amount
 *  - when the invoices module is loaded (state.invoices), each invoice must exist, belong to the
 *    customer and be open, amount_applied is at most its balance, and the payment is applied to it
 *    (payment_made, balance and status change; update and delete undo it)
 *  - a refunded payment cannot be deleted, nor its amount lowered below what was refunded
 *  - errors: 404 {code 1002, "Payment does not exist."}; 400 {code 4, "Please enter a valid value
 *    for amount."}; 400 {code 2, "Invalid value passed for payment_mode"}
 */
const { customerHelpers } = require('./customers');

const { CUSTOMER_NOT_FOUND } = customerHelpers;
const NOT_FOUND = { code: 1002, message: 'Payment does not exist.' };
const MODES = ['check', 'cash', 'creditcard', 'banktransfer', 'bankremittance', 'autotransaction', 'others'];
const WRITABLE = ['reference_number', 'description', 'account_id', 'tax_account_id', 'custom_fields'];

const round2 = (n) => Math.round(Number(n) * 100) / 100;
const isBlank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function documents() {
  try {
    return require('./invoices').documents;
  } catch (_) {
    return undefined;
  }
}

/** An invoice's balance and status after a payment was applied or taken back (as invoices.js computes them). */
function settle(inv) {
  inv.balance = inv.status === 'void' ? 0 : round2(Math.max(0, inv.total - inv.payment_made - inv.credits_applied - inv.write_off_amount));
  if (!['void', 'draft', 'pending'].includes(inv.status)) {
    if (inv.balance === 0 && inv.total > 0) inv.status = 'paid';
    else if (inv.payment_made + inv.credits_applied > 0) inv.status = 'partially_paid';
    else if (inv.status === 'paid' || inv.status === 'partially_paid') inv.status = 'sent';
  }
}

/**
 * Checks `invoices` of a request and returns the rows to store (with the invoice's number and
 * amounts when known). `previous` are the rows the payment applied before (an update).
 */
function planInvoices(ctx, kit, entries, customerId, amount, previous = []) {
  const { fail, isPlainObject } = kit;
  if (entries === undefined) return undefined;
  if (!Array.isArray(entries)) throw fail(400, 2, 'Invalid value passed for invoices');
  const seen = new Set();
  const before = {};
  for (const row of previous) before[row.invoice_id] = (before[row.invoice_id] || 0) + Number(row.amount_applied);
  const col = ctx.state.invoices;
  const rows = entries.map((entry) => {
    if (!isPlainObject(entry) || isBlank(entry.invoice_id)) throw fail(400, 4, 'Please enter a valid value for invoice_id.');
    const id = String(entry.invoice_id);
    if (seen.has(id)) throw fail(400, 2, 'Invalid value passed for invoices');
    seen.add(id);
    const applied = Number(entry.amount_applied);
    if (isBlank(entry.amount_applied) || !Number.isFinite(applied) || applied <= 0) {
      throw fail(400, 4, 'Please enter a valid value for amount_applied.');
    }
    const row = { invoice_id: id, amount_applied: round2(applied) };
    if (col && typeof col.get === 'function') {
      const inv = col.get(id);
      if (!inv) throw fail(400, 2, 'Invalid value passed for invoice_id');
      const docs = documents();
      if (docs) docs.completeInvoice(inv);
      if (String(inv.customer_id) !== String(customerId)) throw fail(400, 1016, 'The invoice does not belong to this customer.');
      if (['void', 'draft'].includes(inv.status)) throw fail(400, 1010, 'Payments can be recorded only for open invoices.');
      if (applied > Number(inv.balance) + (before[id] || 0) + 1e-9) {
        throw fail(400, 1017, 'The amount applied exceeds the balance due of the invoice.');
      }
      Object.assign(row, { invoice_number: inv.invoice_number, date: inv.date || inv.invoice_date, invoice_amount: inv.total });
    }
    return row;
  });
  const total = rows.reduce((n, r) => n + r.amount_applied, 0);
  if (total > Number(amount) + 1e-9) throw fail(400, 3005, 'The amount applied to invoices exceeds the payment amount.');
  return rows;
}

/** Applies (sign 1) or takes back (sign -1) a payment's rows on the invoices module's records. */
function applyInvoices(ctx, rows, sign) {
  const col = ctx.state.invoices;
  if (!col || typeof col.get !== 'function') return;
  for (const row of rows || []) {
    const inv = col.get(row.invoice_id);
    if (!inv) continue;
    inv.payment_made = round2(Number(inv.payment_made || 0) + sign * row.amount_applied);
    settle(inv);
    row.balance_amount = inv.balance;
  }
}

function validateScalars(kit, body) {
  const { fail } = kit;
  if (body.payment_mode !== undefined && !MODES.includes(body.payment_mode)) throw fail(400, 2, 'Invalid value passed for payment_mode');
  if (body.amount !== undefined && !(Number.isFinite(Number(body.amount)) && Number(body.amount) > 0)) {
    throw fail(400, 2, 'Invalid value passed for amount');
  }
  if (body.bank_charges !== undefined && !(Number.isFinite(Number(body.bank_charges)) && Number(body.bank_charges) >= 0)) {
    throw fail(400, 2, 'Invalid value passed for bank_charges');
  }
  if (body.exchange_rate !== undefined && !(Number.isFinite(Number(body.exchange_rate)) && Number(body.exchange_rate) > 0)) {
    throw fail(400, 2, 'Invalid value passed for exchange_rate');
  }
  if (body.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(body.date))) throw fail(400, 2, 'Invalid value passed for date');
  if (body.custom_fields !== undefined && !Array.isArray(body.custom_fields)) throw fail(400, 2, 'Invalid value passed for custom_fields');
}

function routes(router, kit) {
  const { API, ok, fail, bodyObject, checkRequired, clone, zohoTime, zohoDate, randomHex } = kit;
  const base = `${API}/payments`;

  const customerOf = (ctx, id) => {
    const customer = ctx.state.customers.get(id);
    if (!customer) throw fail(404, CUSTOMER_NOT_FOUND.code, CUSTOMER_NOT_FOUND.message);
    return customer;
  };
  const paymentOf = (ctx) => {
    const rec = ctx.state.payments.get(ctx.params.id);
    if (!rec) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return rec;
  };
  const pick = (body) => {
    const out = {};
    for (const key of WRITABLE) if (body[key] !== undefined) out[key] = clone(body[key]);
    for (const key of ['amount', 'bank_charges', 'exchange_rate']) if (body[key] !== undefined) out[key] = Number(body[key]);
    if (body.payment_mode !== undefined) out.payment_mode = body.payment_mode;
    if (body.date !== undefined) out.date = body.date;
    return out;
  };
  const gatewayDetails = (ctx) => ({
    autotransaction_id: ctx.state.payments.generateId(),
    payment_gateway: 'test_gateway',
    gateway_transaction_id: randomHex(6).toUpperCase(),
    card_id: '',
    last_four_digits: '1111',
    expiry_month: 9,
    expiry_year: 2030,
  });

  router.post(base, (ctx) => {
    const body = bodyObject(ctx);
    checkRequired(body, ['customer_id', 'payment_mode', 'amount']);
    validateScalars(kit, body);
    const customer = customerOf(ctx, body.customer_id);
    const rows = planInvoices(ctx, kit, body.invoices, customer.customer_id, body.amount) || [];
    const rec = ctx.state.payments.insert(
      ctx.emu.buildRecord(PAYMENTS, {
        ...pick(body),
        customer_id: customer.customer_id,
        customer_name: customer.display_name,
        email: customer.email || '',
        currency_code: customer.currency_code || 'USD',
        currency_symbol: customer.currency_symbol || '$',
        date: body.date || zohoDate(),
        invoices: rows,
        ...(body.payment_mode === 'autotransaction' ? { autotransaction: gatewayDetails(ctx) } : {}),
      }),
    );
    applyInvoices(ctx, rec.invoices, 1);
    return ok({ payment: clone(rec) }, 'The payment has been created.', 201);
  });

  router.get(`${base}/:id`, (ctx) => ok({ payment: clone(paymentOf(ctx)) }));

  router.put(`${base}/:id`, (ctx) => {
    const rec = paymentOf(ctx);
    const body = bodyObject(ctx);
    validateScalars(kit, body);
    const customer = body.customer_id !== undefined ? customerOf(ctx, body.customer_id) : undefined;
    const customerId = customer ? customer.customer_id : rec.customer_id;
    const amount = body.amount !== undefined ? Number(body.amount) : rec.amount;
    if (amount < Number(rec.amount_refunded || 0)) {
      throw fail(400, 3006, 'The amount cannot be less than the amount already refunded.');
    }
    const entries = body.invoices !== undefined ? body.invoices : (customerId !== rec.customer_id ? [] : undefined);
    const rows = planInvoices(ctx, kit, entries, customerId, amount, rec.invoices);
    if (rows === undefined && rec.invoices.reduce((n, r) => n + r.amount_applied, 0) > amount + 1e-9) {
      throw fail(400, 3005, 'The amount applied to invoices exceeds the payment amount.');
    }
    if (rows !== undefined) {
      applyInvoices(ctx, rec.invoices, -1);
      rec.invoices = rows;
      applyInvoices(ctx, rec.invoices, 1);
    }
    Object.assign(rec, pick(body), { updated_time: zohoTime() });
    if (customer) Object.assign(rec, { customer_id: customer.customer_id, customer_name: customer.display_name, email: customer.email || '' });
    if (rec.payment_mode === 'autotransaction' && !rec.autotransaction) rec.autotransaction = gatewayDetails(ctx);
    return ok({ payment: clone(rec) }, 'The payment details have been updated.');
  });

  router.delete(`${base}/:id`, (ctx) => {
    const rec = paymentOf(ctx);
    if (Number(rec.amount_refunded || 0) > 0) throw fail(400, 3007, 'The payment cannot be deleted as it has been refunded.');
    applyInvoices(ctx, rec.invoices, -1);
    ctx.state.payments.remove(rec.payment_id);
    return ok({}, 'The payment has been deleted.');
  });
}

const PAYMENTS = {
  collection: 'payments',
  path: 'payments',
  idField: 'payment_id',
  singular: 'payment',
  plural: 'payments',
  generic: false, // no list endpoint: routes() above
  fields: ['payment_mode', 'amount', 'amount_refunded', 'bank_charges', 'date', 'status', 'reference_number', 'description', 'customer_id'],
  defaults: {
    amount_refunded: 0,
    bank_charges: 0,
    status: 'success',
    reference_number: '',
    description: '',
    exchange_rate: 1,
    currency_code: 'USD',
    currency_symbol: '$',
    custom_fields: [],
    invoices: [],
  },
  notFound: NOT_FOUND,
  messages: {},
  sample: (i) => ({ payment_mode: 'cash', amount: 100 + i, date: '2026-01-15' }),
};

module.exports = { modules: [PAYMENTS], routes, paymentHelpers: { MODES, round2 } };
