'use strict';
/**
 * Zoho Billing Refunds (OAS refunds.yml): POST /payments/{payment_id}/refunds,
 * POST /creditnotes/{creditnote_id}/refunds and GET /creditnotes/refunds/{refund_id}.
 *
 * Contract:
 *  - amount > 0 is required (description optional); answers carry `refund`
 *  - a payment can be refunded only when its payment_mode is autotransaction (reference §2.2
 *    notes), up to what is not refunded yet; Zoho creates a credit note for the amount and
 *    refunds it (the note is added to the credit-notes module's state when that is loaded)
 *  - a credit note (state.creditnotes) can be refunded when open, up to its balance; the balance
 *    goes down and a note refunded in full is closed
 */
const { paymentHelpers } = require('./payments');

const { MODES, round2 } = paymentHelpers;
const NOT_FOUND = { code: 1002, message: 'Refund does not exist.' };
const PAYMENT_NOT_FOUND = { code: 1002, message: 'Payment does not exist.' };
const NOTE_NOT_FOUND = { code: 1002, message: 'Credit note does not exist.' };

function routes(router, kit) {
  const { API, ok, fail, bodyObject, checkRequired, clone, zohoDate, randomHex } = kit;

  const amountOf = (body) => {
    checkRequired(body, ['amount']);
    const amount = Number(body.amount);
    if (!Number.isFinite(amount) || amount <= 0) throw fail(400, 2, 'Invalid value passed for amount');
    return round2(amount);
  };
  const notes = (ctx) => (ctx.state.creditnotes && typeof ctx.state.creditnotes.get === 'function' ? ctx.state.creditnotes : null);
  const noteNumber = (col) => {
    col.numberSequence = (col.numberSequence || 0) + 1;
    return `CN-${String(col.numberSequence).padStart(5, '0')}`;
  };
  const store = (ctx, fields) => {
    const customer = ctx.state.customers.get(fields.customer_id);
    const rec = ctx.state.refunds.insert(
      ctx.emu.buildRecord(REFUNDS, {
        date: zohoDate(),
        status: 'success',
        email: (customer && customer.email) || '',
        currency_code: (customer && customer.currency_code) || 'USD',
        currency_symbol: (customer && customer.currency_symbol) || '$',
        ...fields,
      }),
    );
    return ok({ refund: clone(rec) }, 'The refund information has been saved.', 201);
  };

  router.post(`${API}/payments/:id/refunds`, (ctx) => {
    const payment = ctx.state.payments.get(ctx.params.id);
    if (!payment) throw fail(404, PAYMENT_NOT_FOUND.code, PAYMENT_NOT_FOUND.message);
    const body = bodyObject(ctx);
    const amount = amountOf(body);
    if (payment.payment_mode !== 'autotransaction') {
      throw fail(400, 3019, 'Only payments made through a payment gateway (autotransaction) can be refunded.');
    }
    const refundable = round2(Number(payment.amount) - Number(payment.amount_refunded || 0));
    if (amount > refundable + 1e-9) throw fail(400, 3020, `The refund amount exceeds the amount that can be refunded (${refundable}).`);
    payment.amount_refunded = round2(Number(payment.amount_refunded || 0) + amount);
    const col = notes(ctx);
    const note = {
      creditnote_id: col ? col.generateId() : ctx.state.refunds.generateId(),
      creditnote_number: col ? noteNumber(col) : 'CN-00000',
      date: zohoDate(),
      amount,
      refund_amount: amount,
      balance_amount: 0,
    };
    if (col) {
      col.insert({
        creditnote_id: note.creditnote_id,
        creditnote_number: note.creditnote_number,
        customer_id: payment.customer_id,
        customer_name: payment.customer_name,
        date: note.date,
        status: 'closed',
        creditnote_items: [],
        invoices: [],
        total: amount,
        balance: 0,
        currency_code: payment.currency_code || 'USD',
        custom_fields: [],
      });
    }
    return store(ctx, {
      amount,
      description: body.description !== undefined ? String(body.description) : '',
      reference_number: payment.reference_number || '',
      refund_mode: 'autotransaction',
      customer_id: payment.customer_id,
      payment_id: payment.payment_id,
      creditnote: note,
      autotransaction: { ...(payment.autotransaction || {}), gateway_transaction_id: randomHex(6).toUpperCase() },
    });
  });

  router.post(`${API}/creditnotes/:id/refunds`, (ctx) => {
    const col = notes(ctx);
    const note = col ? col.get(ctx.params.id) : undefined;
    if (!note) throw fail(404, NOTE_NOT_FOUND.code, NOTE_NOT_FOUND.message);
    const body = bodyObject(ctx);
    const amount = amountOf(body);
    if (note.status !== 'open') throw fail(400, 3021, 'Refunds can be made only from open credit notes.');
    const balance = Number(note.balance !== undefined ? note.balance : note.total);
    if (amount > balance + 1e-9) throw fail(400, 3022, `The refund amount exceeds the balance of the credit note (${balance}).`);
    note.balance = round2(balance - amount);
    if (note.balance === 0) note.status = 'closed';
    const mode = MODES.includes(body.refund_mode) ? body.refund_mode : 'cash';
    return store(ctx, {
      amount,
      description: body.description !== undefined ? String(body.description) : '',
      reference_number: body.reference_number !== undefined ? String(body.reference_number) : '',
      refund_mode: mode,
      customer_id: note.customer_id,
      creditnote: {
        creditnote_id: note.creditnote_id,
        creditnote_number: note.creditnote_number,
        date: note.date,
        amount: note.total,
        refund_amount: amount,
        balance_amount: note.balance,
      },
    });
  });

  router.get(`${API}/creditnotes/refunds/:id`, (ctx) => {
    const rec = ctx.state.refunds.get(ctx.params.id);
    if (!rec) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return ok({ refund: clone(rec) });
  });
}

const REFUNDS = {
  collection: 'refunds',
  path: 'refunds',
  idField: 'refund_id',
  singular: 'refund',
  plural: 'refunds',
  generic: false, // routes() above
  fields: ['date', 'amount', 'description', 'reference_number', 'refund_mode', 'status', 'customer_id'],
  defaults: { status: 'success', refund_mode: 'cash', description: '', reference_number: '' },
  notFound: NOT_FOUND,
  messages: {},
  sample: (i) => ({ amount: 10 + i, date: '2026-01-15' }),
};

module.exports = { modules: [REFUNDS], routes };
