'use strict';
/**
 * Zoho Billing Credit Notes (OAS credit-notes.yml): create, retrieve, delete, email, void,
 * convert a voided note to open, and apply credits to invoices. Zoho documents no list endpoint
 * (reference §2.2 notes), so there is none here either: GET /creditnotes is Zoho's "Invalid URL".
 * Answers carry the note as `credit_note`; statuses are open, closed and void.
 */
const { documents } = require('./invoices');

const { checkEmails, completeInvoice, round2, isBlank } = documents;
const NOT_FOUND = { code: 1002, message: 'Credit note does not exist.' };

function nextNumber(col) {
  col.numberSequence = (col.numberSequence || 0) + 1;
  return `CN-${String(col.numberSequence).padStart(5, '0')}`;
}

function findNote(ctx, kit) {
  const rec = ctx.state.creditnotes.get(ctx.params.id);
  if (!rec) throw kit.fail(404, NOT_FOUND.code, NOT_FOUND.message);
  return rec;
}

function noteItem(col, item, kit) {
  if (!kit.isPlainObject(item)) throw kit.fail(400, 2, 'Invalid value passed for creditnote_items');
  if (isBlank(item.code) && isBlank(item.item_id)) throw kit.fail(400, 4, 'Please enter a valid value for code.');
  if (isBlank(item.price) || !Number.isFinite(Number(item.price))) throw kit.fail(400, 4, 'Please enter a valid value for price.');
  const quantity = item.quantity === undefined ? 1 : Number(item.quantity);
  if (!Number.isFinite(quantity) || quantity <= 0) throw kit.fail(400, 2, 'Invalid value passed for quantity');
  return {
    item_id: item.item_id || col.generateId(),
    ...item,
    price: Number(item.price),
    quantity,
    item_total: round2(Number(item.price) * quantity),
  };
}

const WRITABLE = [
  'customer_id', 'contact_persons', 'date', 'exchange_rate', 'reference_number', 'custom_fields', 'notes', 'terms',
  'template_id', 'tax_treatment', 'cfdi_usage', 'cfdi_reference_type',
];

function routes(router, kit) {
  const { API, ok, fail, bodyObject, checkRequired, clone, zohoTime } = kit;
  const base = `${API}/creditnotes`;

  router.post(base, (ctx) => {
    const body = bodyObject(ctx);
    checkRequired(body, ['customer_id', 'date']);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(body.date))) throw fail(400, 2, 'Invalid value passed for date');
    if (!Array.isArray(body.creditnote_items) || body.creditnote_items.length === 0) {
      throw fail(400, 4, 'Please enter a valid value for creditnote_items.');
    }
    const col = ctx.state.creditnotes;
    const manual = body.ignore_auto_number_generation === true;
    if (manual && isBlank(body.creditnote_number)) throw fail(400, 4, 'Please enter a valid value for creditnote_number.');
    const number = manual ? String(body.creditnote_number) : nextNumber(col);
    if (col.find((r) => r.creditnote_number === number)) throw fail(400, 1001, `Credit note "${number}" already exists.`);
    const items = body.creditnote_items.map((item) => noteItem(col, item, kit));
    const total = round2(items.reduce((n, i) => n + i.item_total, 0));
    const fields = {};
    for (const key of WRITABLE) if (body[key] !== undefined) fields[key] = clone(body[key]);
    const customers = ctx.state.customers;
    const customer = customers && typeof customers.get === 'function' ? customers.get(body.customer_id) : undefined;
    const rec = col.insert({
      ...fields,
      creditnote_number: number,
      status: 'open',
      customer_name: (customer && customer.display_name) || `Customer ${body.customer_id}`,
      creditnote_items: items,
      invoices: [],
      total,
      balance: total,
      currency_code: 'USD',
      custom_fields: fields.custom_fields || [],
      created_time: zohoTime(),
      updated_time: zohoTime(),
    });
    return ok({ credit_note: clone(rec) }, 'The credit note has been created.', 201);
  });

  router.get(`${base}/:id`, (ctx) => ok({ credit_note: clone(findNote(ctx, kit)) }));

  router.delete(`${base}/:id`, (ctx) => {
    const rec = findNote(ctx, kit);
    if ((rec.invoices || []).length > 0) throw fail(400, 1040, 'Credit notes that have been applied to invoices cannot be deleted.');
    ctx.state.creditnotes.remove(ctx.params.id);
    return ok({}, 'The credit note has been deleted.');
  });

  router.post(`${base}/:id/email`, (ctx) => {
    const rec = findNote(ctx, kit);
    const body = bodyObject(ctx);
    checkEmails(fail, body.to_mail_ids, 'to_mail_ids', true);
    checkEmails(fail, body.cc_mail_ids, 'cc_mail_ids', false);
    checkRequired(body, ['subject', 'body']);
    rec.is_emailed = true;
    return ok({}, 'Your credit note has been sent.');
  });

  router.post(`${base}/:id/void`, (ctx) => {
    const rec = findNote(ctx, kit);
    if (rec.status === 'void') throw fail(400, 1008, 'The credit note has already been voided.');
    if ((rec.invoices || []).length > 0) throw fail(400, 1041, 'Credit notes that have been applied to invoices cannot be voided.');
    rec.status = 'void';
    rec.balance = 0;
    rec.updated_time = zohoTime();
    return ok({}, 'The credit note has been voided.');
  });

  router.post(`${base}/:id/converttoopen`, (ctx) => {
    const rec = findNote(ctx, kit);
    if (rec.status !== 'void') throw fail(400, 1007, 'Only a voided credit note can be converted to open.');
    rec.status = 'open';
    rec.balance = rec.total;
    rec.updated_time = zohoTime();
    return ok({}, 'The credit note has been converted to open.');
  });

  router.post(`${base}/:id/invoices`, (ctx) => {
    const rec = findNote(ctx, kit);
    const body = bodyObject(ctx);
    if (!Array.isArray(body.invoices) || body.invoices.length === 0) throw fail(400, 4, 'Please enter a valid value for invoices.');
    if (rec.status !== 'open') throw fail(400, 1016, 'Credits can be applied only from an open credit note.');
    let total = 0;
    const plan = body.invoices.map((entry) => {
      if (!kit.isPlainObject(entry) || isBlank(entry.invoice_id)) throw fail(400, 4, 'Please enter a valid value for invoice_id.');
      const amount = Number(entry.amount_applied);
      if (!Number.isFinite(amount) || amount <= 0) throw fail(400, 2, 'Invalid value passed for amount_applied');
      const invoice = ctx.state.invoices.get(entry.invoice_id);
      if (!invoice) throw fail(404, 1002, 'Invoice does not exist.');
      completeInvoice(invoice);
      if (invoice.status === 'void' || invoice.status === 'draft' || amount > invoice.balance + 1e-9) {
        throw fail(400, 1017, `The amount applied exceeds the balance due of ${invoice.invoice_number}.`);
      }
      total += amount;
      return { invoice, amount };
    });
    if (total > rec.balance + 1e-9) throw fail(400, 1016, 'The amount applied exceeds the available credits.');
    for (const { invoice, amount } of plan) {
      invoice.credits_applied = round2(invoice.credits_applied + amount);
      invoice.balance = round2(invoice.balance - amount);
      invoice.status = invoice.balance === 0 ? 'paid' : 'partially_paid';
      invoice.updated_time = zohoTime();
      rec.invoices.push({ invoice_id: invoice.invoice_id, invoice_number: invoice.invoice_number, amount });
    }
    rec.balance = round2(rec.balance - total);
    if (rec.balance === 0) rec.status = 'closed';
    rec.updated_time = zohoTime();
    return ok(
      { invoices: plan.map(({ invoice, amount }) => ({ invoice_id: invoice.invoice_id, amount_applied: amount })) },
      'Credits have been applied to the invoice(s).',
    );
  });
}

module.exports = {
  modules: [
    {
      collection: 'creditnotes',
      path: 'creditnotes',
      idField: 'creditnote_id',
      singular: 'credit_note',
      plural: 'creditnotes',
      generic: false, // every route is in routes() above; Zoho documents no list
      fields: [],
      defaults: {},
      notFound: NOT_FOUND,
      messages: {},
      sample: (i) => ({
        creditnote_number: `CN-S${String(i + 1).padStart(4, '0')}`,
        date: '2025-01-15',
        status: 'open',
        customer_id: '903000000000099',
        customer_name: 'Bowman Furniture',
        creditnote_items: [{ item_id: '903000000070001', code: 'basic-monthly', price: 50, quantity: 1, item_total: 50 }],
        invoices: [],
        total: 50,
        balance: 50,
        currency_code: 'USD',
      }),
    },
  ],
  routes,
};
