'use strict';
/**
 * Zoho Billing Invoices (all routes here: totals, statuses and numbering need more than the
 * generic module routes). The `invoices` collection (id field `invoice_id`) is also where other
 * modules put the invoices they raise (subscription charges, one-time add-ons): records inserted
 * with only some fields are completed by `completeInvoice` when they are read.
 *
 * Also exports the document helpers the credit-note and quote files share: `minimalPdf` (a small
 * real PDF, with a binary comment line, whose bytes tests compare) and `parseMultipart`.
 *
 * Contract (OAS invoices.yml, reference §2.2 notes):
 *  - list: filter_by Status.{All|Sent|Draft|OverDue|Paid|PartiallyPaid|Void|Unpaid|Viewed} and
 *    Date.PaymentExpectedDate; customer_id, subscription_id, search_text, sort_column (+ sort_order)
 *  - GET /invoices/{id} with `Accept: application/pdf` or `?accept=pdf` → the PDF, with
 *    `Content-Disposition: attachment; filename="INV-000001.pdf"`
 *  - POST /invoices/{id}/attachment takes multipart/form-data: `attachment` (file) and
 *    `can_send_in_mail`; allowed extensions gif, png, jpeg, jpg, bmp, pdf
 *  - PUT /invoice/{id}/customfields (singular "invoice") takes a JSON array [{customfield_id, value}]
 */
const crypto = require('crypto');

const STATUS_FILTERS = {
  All: null,
  Sent: (r) => r.status === 'sent',
  Draft: (r) => r.status === 'draft',
  OverDue: (r) => r.status === 'overdue',
  Paid: (r) => r.status === 'paid',
  PartiallyPaid: (r) => r.status === 'partially_paid',
  Void: (r) => r.status === 'void',
  Unpaid: (r) => ['sent', 'overdue', 'partially_paid', 'pending'].includes(r.status) && Number(r.balance) > 0,
  Viewed: (r) => r.is_viewed_by_client === true,
};
const SORT_COLUMNS = ['customer_name', 'invoice_number', 'date', 'due_date', 'total', 'balance', 'created_time'];
const ATTACHMENT_EXTENSIONS = ['gif', 'png', 'jpeg', 'jpg', 'bmp', 'pdf'];
const NOT_FOUND = { code: 1002, message: 'Invoice does not exist.' };

const round2 = (n) => Math.round(Number(n) * 100) / 100;
const isBlank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/* ------------------------------------------------------------------------------------------------
 * Document helpers shared with creditnotes.js and quotes.js
 * ---------------------------------------------------------------------------------------------- */

/**
 * A small, valid PDF (one page, one line of text) whose second line is PDF's customary binary
 * comment (bytes above 0x7f), so a client that decodes the answer as text corrupts it.
 */
function minimalPdf(title) {
  const text = String(title).replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const chunks = [Buffer.from('%PDF-1.4\n', 'latin1'), Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a])];
  let offset = chunks.reduce((n, c) => n + c.length, 0);
  const offsets = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
    offsets.push(offset);
    offset += chunk.length;
    chunks.push(chunk);
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}

/** Wants the PDF form of a document: `Accept: application/pdf` or `?accept=pdf`. */
function wantsPdf(ctx, kit) {
  const accept = String(ctx.headers.accept || '').toLowerCase();
  const query = String(kit.queryValue(ctx.query, 'accept') || '').toLowerCase();
  return query === 'pdf' || (query === '' && accept.includes('application/pdf'));
}

function pdfResponse(bytes, fileName, disposition = 'attachment') {
  return {
    status: 200,
    headers: { 'content-type': 'application/pdf', 'content-disposition': `${disposition}; filename="${fileName}"` },
    body: bytes,
  };
}

/**
 * Parses a multipart/form-data body into [{ name, fileName, contentType, data: Buffer }]. The
 * emulator core keeps bodies as UTF-8 text (`rawBody`); a raw Buffer is used when the core offers
 * one (`rawBuffer`), so binary files are exact there, and UTF-8 files are exact either way.
 */
function parseMultipart(ctx) {
  const contentType = String(ctx.headers['content-type'] || '');
  const match = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) return null;
  const boundary = Buffer.from(`--${(match[1] || match[2]).trim()}`, 'latin1');
  const raw = Buffer.isBuffer(ctx.rawBuffer) ? ctx.rawBuffer : Buffer.from(ctx.rawBody || '', 'utf8');
  const parts = [];
  let start = raw.indexOf(boundary);
  if (start < 0) return parts;
  for (;;) {
    start += boundary.length;
    if (raw.slice(start, start + 2).toString('latin1') === '--') break; // closing boundary
    start += 2; // CRLF after the boundary
    const headerEnd = raw.indexOf('\r\n\r\n', start, 'latin1');
    if (headerEnd < 0) break;
    const next = raw.indexOf(Buffer.concat([Buffer.from('\r\n', 'latin1'), boundary]), headerEnd + 4);
    if (next < 0) break;
    const headers = {};
    for (const line of raw.slice(start, headerEnd).toString('utf8').split('\r\n')) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const disposition = headers['content-disposition'] || '';
    const name = /\bname="([^"]*)"/i.exec(disposition);
    const fileName = /\bfilename="([^"]*)"/i.exec(disposition);
    parts.push({
      name: name ? name[1] : undefined,
      fileName: fileName ? fileName[1] : undefined,
      contentType: headers['content-type'],
      data: raw.slice(headerEnd + 4, next),
    });
    start = next + 2;
  }
  return parts;
}

/** Validates a Zoho email list field: a non-empty array of addresses. */
function checkEmails(fail, value, field, requiredList) {
  if (value === undefined || value === null) {
    if (requiredList) throw fail(400, 4, `Please enter a valid value for ${field}.`);
    return;
  }
  if (!Array.isArray(value) || (requiredList && value.length === 0)) {
    throw fail(400, 2, `Invalid value passed for ${field}`);
  }
  for (const email of value) {
    if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw fail(400, 2, `Invalid value passed for ${field}`);
    }
  }
}

/* ------------------------------------------------------------------------------------------------
 * Invoices
 * ---------------------------------------------------------------------------------------------- */

function customerName(ctx, customerId) {
  const customers = ctx.state.customers;
  const customer = customers && typeof customers.get === 'function' ? customers.get(customerId) : undefined;
  return (customer && (customer.display_name || customer.customer_name)) || `Customer ${customerId}`;
}

function lineItem(col, item, kit) {
  if (!kit.isPlainObject(item)) throw kit.fail(400, 2, 'Invalid value passed for invoice_items');
  const price = item.price !== undefined ? item.price : item.rate;
  if (isBlank(item.product_id) && isBlank(item.code) && isBlank(item.name)) {
    throw kit.fail(400, 4, 'Please enter a valid value for product_id.');
  }
  if (isBlank(price) || !Number.isFinite(Number(price))) throw kit.fail(400, 4, 'Please enter a valid value for price.');
  const quantity = item.quantity === undefined ? 1 : Number(item.quantity);
  if (!Number.isFinite(quantity) || quantity <= 0) throw kit.fail(400, 2, 'Invalid value passed for quantity');
  const discount = Number(item.discount || 0);
  return {
    line_item_id: col.generateId(),
    ...item,
    price: Number(price),
    quantity,
    item_total: round2(Number(price) * quantity - discount),
  };
}

/** Fills in totals, numbers and the fields a partial record (seeded, or raised by another module) lacks. */
function completeInvoice(rec) {
  rec.invoice_items = Array.isArray(rec.invoice_items) ? rec.invoice_items : [];
  if (rec.total === undefined) {
    const sub = rec.invoice_items.reduce((n, i) => n + Number(i.item_total || 0), 0);
    rec.sub_total = round2(sub);
    rec.total = round2(sub + Number(rec.shipping_charge || 0) + Number(rec.adjustment || 0));
  }
  for (const key of ['payment_made', 'credits_applied', 'write_off_amount']) if (rec[key] === undefined) rec[key] = 0;
  if (rec.balance === undefined) {
    rec.balance = rec.status === 'paid' || rec.status === 'void' ? 0 : round2(rec.total - rec.payment_made - rec.credits_applied);
  }
  if (!rec.status) rec.status = 'sent';
  if (!rec.invoice_number && rec.number) rec.invoice_number = rec.number;
  rec.number = rec.invoice_number; // list records carry the number as `number`
  if (rec.date && !rec.invoice_date) rec.invoice_date = rec.date;
  if (rec.custom_fields === undefined) rec.custom_fields = [];
  if (rec.billing_address === undefined) rec.billing_address = {};
  if (rec.shipping_address === undefined) rec.shipping_address = {};
  if (rec.has_attachment === undefined) rec.has_attachment = false;
  return rec;
}

function recompute(rec) {
  const sub = rec.invoice_items.reduce((n, i) => n + Number(i.item_total || 0), 0);
  rec.sub_total = round2(sub);
  rec.total = round2(sub + Number(rec.shipping_charge || 0) + Number(rec.adjustment || 0));
  rec.balance = rec.status === 'void' ? 0 : round2(Math.max(0, rec.total - rec.payment_made - rec.credits_applied - rec.write_off_amount));
  if (rec.status !== 'void' && rec.status !== 'draft' && rec.status !== 'pending') {
    if (rec.balance === 0 && rec.total > 0) rec.status = 'paid';
    else if (rec.payment_made + rec.credits_applied > 0) rec.status = 'partially_paid';
    else if (rec.status === 'paid' || rec.status === 'partially_paid') rec.status = 'sent';
  }
}

function nextNumber(col) {
  col.numberSequence = (col.numberSequence || 0) + 1;
  return `INV-${String(col.numberSequence).padStart(6, '0')}`;
}

function findInvoice(ctx, kit) {
  const rec = ctx.state.invoices.get(ctx.params.id);
  if (!rec) throw kit.fail(404, NOT_FOUND.code, NOT_FOUND.message);
  return completeInvoice(rec);
}

const WRITABLE = [
  'customer_id', 'contact_persons', 'invoice_number', 'reference_number', 'place_of_supply', 'vat_treatment',
  'gst_treatment', 'tax_treatment', 'gst_no', 'template_id', 'date', 'payment_terms', 'payment_terms_label',
  'due_date', 'discount', 'is_discount_before_tax', 'discount_type', 'is_inclusive_tax', 'exchange_rate',
  'salesperson_name', 'custom_fields', 'project_id', 'allow_partial_payments', 'notes', 'terms',
  'shipping_charge', 'adjustment', 'adjustment_description', 'reason', 'tax_authority_id', 'tax_exemption_id',
  'payment_options', 'custom_body', 'custom_subject', 'subscription_id',
];

function checkDates(body, kit) {
  for (const field of ['date', 'due_date']) {
    if (body[field] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(body[field]))) {
      throw kit.fail(400, 2, `Invalid value passed for ${field}`);
    }
  }
}

function routes(router, kit) {
  const { API, ok, fail, bodyObject, checkRequired, clone, queryValue, zohoTime, zohoDate } = kit;
  const base = `${API}/invoices`;

  router.get(base, (ctx) => {
    let items = ctx.state.invoices.all().map(completeInvoice);
    let applied = 'Status.All';
    const filterBy = queryValue(ctx.query, 'filter_by');
    if (filterBy !== undefined && filterBy !== '') {
      const [prefix, value] = String(filterBy).split('.');
      if (prefix === 'Status' && Object.prototype.hasOwnProperty.call(STATUS_FILTERS, value)) {
        if (STATUS_FILTERS[value]) items = items.filter(STATUS_FILTERS[value]);
      } else if (filterBy === 'Date.PaymentExpectedDate') {
        items = items.filter((r) => !isBlank(r.payment_expected_date));
      } else {
        throw fail(400, 2, 'Invalid value passed for filter_by');
      }
      applied = filterBy;
    }
    for (const key of ['customer_id', 'subscription_id']) {
      const v = queryValue(ctx.query, key);
      if (v !== undefined && v !== '') items = items.filter((r) => String(r[key]) === String(v));
    }
    const search = queryValue(ctx.query, 'search_text');
    if (search) {
      const needle = String(search).toLowerCase();
      items = items.filter((r) =>
        [r.invoice_number, r.reference_number, r.customer_name].some((v) => String(v || '').toLowerCase().includes(needle)),
      );
    }
    const sortColumn = queryValue(ctx.query, 'sort_column');
    if (sortColumn !== undefined && sortColumn !== '') {
      if (!SORT_COLUMNS.includes(sortColumn)) throw fail(400, 2, 'Invalid value passed for sort_column');
      const order = String(queryValue(ctx.query, 'sort_order') || 'A').toUpperCase();
      if (order !== 'A' && order !== 'D') throw fail(400, 2, 'Invalid value passed for sort_order');
      const numeric = ['total', 'balance'].includes(sortColumn);
      items = [...items].sort((a, b) => {
        const x = numeric ? Number(a[sortColumn]) : String(a[sortColumn] || '');
        const y = numeric ? Number(b[sortColumn]) : String(b[sortColumn] || '');
        const c = x < y ? -1 : x > y ? 1 : 0;
        return order === 'A' ? c : -c;
      });
    }
    return kit.listResponse(ctx, items, { plural: 'invoices', reportName: 'Invoices', applied });
  });

  router.post(base, (ctx) => {
    const body = bodyObject(ctx);
    checkRequired(body, ['customer_id', 'date']);
    if (!Array.isArray(body.invoice_items) || body.invoice_items.length === 0) {
      throw fail(400, 4, 'Please enter a valid value for invoice_items.');
    }
    checkDates(body, kit);
    const col = ctx.state.invoices;
    const manual = String(queryValue(ctx.query, 'ignore_auto_number_generation')) === 'true';
    if (manual && isBlank(body.invoice_number)) throw fail(400, 4, 'Please enter a valid value for invoice_number.');
    const number = manual ? String(body.invoice_number) : nextNumber(col);
    if (col.find((r) => r.invoice_number === number)) throw fail(400, 1001, `Invoice "${number}" already exists.`);
    const send = String(queryValue(ctx.query, 'send')) === 'true';
    const fields = {};
    for (const key of WRITABLE) if (body[key] !== undefined) fields[key] = clone(body[key]);
    const rec = completeInvoice({
      ...fields,
      invoice_number: number,
      status: send ? 'sent' : 'draft',
      customer_name: customerName(ctx, body.customer_id),
      due_date: body.due_date || body.date,
      currency_code: 'USD',
      invoice_items: body.invoice_items.map((item) => lineItem(col, item, kit)),
      is_emailed: send,
      created_time: zohoTime(),
      updated_time: zohoTime(),
    });
    recompute(rec);
    const stored = col.insert(rec);
    return ok({ invoice: clone(stored) }, 'The invoice has been created.', 201);
  });

  router.get(`${base}/:id`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    if (wantsPdf(ctx, kit)) return pdfResponse(minimalPdf(`Invoice ${rec.invoice_number}`), `${rec.invoice_number}.pdf`);
    return ok({ invoice: clone(rec) });
  });

  router.put(`${base}/:id`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = bodyObject(ctx);
    if (rec.status === 'void') throw fail(400, 1006, 'Voided invoices cannot be edited.');
    checkDates(body, kit);
    if (body.invoice_number !== undefined && String(queryValue(ctx.query, 'ignore_auto_number_generation')) !== 'true' && body.invoice_number !== rec.invoice_number) {
      throw fail(400, 4, 'Invoice number cannot be changed while automatic numbering is on. Pass ignore_auto_number_generation=true.');
    }
    for (const key of WRITABLE) if (body[key] !== undefined) rec[key] = clone(body[key]);
    if (body.customer_id !== undefined) rec.customer_name = customerName(ctx, body.customer_id);
    if (body.invoice_items !== undefined) {
      if (!Array.isArray(body.invoice_items) || body.invoice_items.length === 0) {
        throw fail(400, 4, 'Please enter a valid value for invoice_items.');
      }
      rec.invoice_items = body.invoice_items.map((item) => lineItem(ctx.state.invoices, item, kit));
    }
    rec.number = rec.invoice_number;
    rec.invoice_date = rec.date;
    rec.updated_time = zohoTime();
    recompute(rec);
    return ok({ invoice: clone(rec) }, 'Invoice information has been updated.');
  });

  router.delete(`${base}/:id`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    if (rec.payment_made > 0 || rec.credits_applied > 0) {
      throw fail(400, 1040, 'Invoices which have payment or credits note applied cannot be deleted.');
    }
    ctx.state.invoices.remove(ctx.params.id);
    return ok({}, 'The invoice has been deleted.');
  });

  // custom fields by ID: PUT on the singular path, with a JSON array body
  router.put(`${API}/invoice/:id/customfields`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = ctx.body;
    if (!Array.isArray(body) || body.length === 0) throw fail(400, 2, 'Invalid value passed for JSONString');
    for (const entry of body) {
      if (!kit.isPlainObject(entry) || isBlank(entry.customfield_id)) throw fail(400, 4, 'Please enter a valid value for customfield_id.');
      const existing = rec.custom_fields.find((f) => String(f.customfield_id) === String(entry.customfield_id));
      if (existing) existing.value = entry.value;
      else rec.custom_fields.push({ customfield_id: String(entry.customfield_id), value: entry.value });
    }
    rec.updated_time = zohoTime();
    return ok({}, 'Custom Fields Updated Successfully');
  });

  router.post(`${base}/:id/customfields`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = bodyObject(ctx);
    if (!Array.isArray(body.custom_fields) || body.custom_fields.length === 0) {
      throw fail(400, 4, 'Please enter a valid value for custom_fields.');
    }
    for (const entry of body.custom_fields) {
      if (!kit.isPlainObject(entry) || (isBlank(entry.label) && isBlank(entry.customfield_id))) {
        throw fail(400, 4, 'Please enter a valid value for label.');
      }
      const existing = rec.custom_fields.find((f) =>
        entry.customfield_id !== undefined ? String(f.customfield_id) === String(entry.customfield_id) : f.label === entry.label,
      );
      if (existing) existing.value = entry.value;
      else rec.custom_fields.push({ ...entry });
    }
    rec.updated_time = zohoTime();
    return ok({ custom_fields: clone(rec.custom_fields) }, 'Custom fields have been updated.');
  });

  router.post(`${base}/:id/converttoopen`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    if (rec.status !== 'draft' && rec.status !== 'void') throw fail(400, 1007, 'Only draft or void invoices can be converted to open.');
    rec.status = 'sent';
    rec.updated_time = zohoTime();
    recompute(rec);
    return ok({}, 'Status of invoice changed from void to open.');
  });

  router.post(`${base}/:id/void`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    if (rec.status === 'void') throw fail(400, 1008, 'The invoice has already been voided.');
    rec.status = 'void';
    rec.payment_made = 0;
    rec.credits_applied = 0;
    rec.write_off_amount = 0;
    rec.balance = 0;
    rec.updated_time = zohoTime();
    return ok({}, 'Invoice status has been changed to Void.');
  });

  router.post(`${base}/:id/email`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = bodyObject(ctx);
    checkEmails(fail, body.to_mail_ids, 'to_mail_ids', true);
    checkEmails(fail, body.cc_mail_ids, 'cc_mail_ids', false);
    checkRequired(body, ['subject', 'body']);
    if (rec.status === 'void') throw fail(400, 1009, 'Voided invoices cannot be emailed.');
    if (rec.status === 'draft') rec.status = 'sent';
    rec.is_emailed = true;
    rec.last_emailed_to = clone(body.to_mail_ids);
    return ok({}, 'Your invoice has been sent.');
  });

  router.post(`${base}/:id/collect`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = bodyObject(ctx);
    const hasCard = !isBlank(body.card_id);
    const hasAccount = !isBlank(body.account_id);
    if (hasCard === hasAccount) throw fail(400, 4, 'Please enter a valid value for card_id or account_id (one of them).');
    if (rec.status === 'void' || rec.status === 'draft') throw fail(400, 1010, 'Charges can be collected only for open invoices.');
    if (!(rec.balance > 0)) throw fail(400, 1011, 'The invoice has already been paid.');
    const amount = rec.balance;
    rec.payment_made = round2(rec.payment_made + amount);
    rec.updated_time = zohoTime();
    recompute(rec);
    const payment = {
      payment_id: ctx.state.invoices.generateId(),
      payment_mode: 'autotransaction',
      amount,
      amount_refunded: 0,
      bank_charges: 0,
      date: zohoDate(),
      status: 'success',
      reference_number: '',
      description: `Payment for ${rec.invoice_number}`,
      customer_id: rec.customer_id,
      customer_name: rec.customer_name,
      currency_code: rec.currency_code || 'USD',
      ...(hasCard ? { card_id: body.card_id } : { account_id: body.account_id }),
      invoices: [{ invoice_id: rec.invoice_id, invoice_number: rec.invoice_number, amount_applied: amount, balance_amount: rec.balance }],
      created_time: zohoTime(),
    };
    return ok({ payment }, 'The payment has been collected.');
  });

  router.post(`${base}/:id/writeoff`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = bodyObject(ctx);
    if (rec.status === 'void' || rec.status === 'draft') throw fail(400, 1012, 'Only open invoices can be written off.');
    if (!(rec.balance > 0)) throw fail(400, 1013, 'There is no balance to write off.');
    rec.write_off_amount = round2(rec.write_off_amount + rec.balance);
    if (body.reason !== undefined) rec.write_off_reason = body.reason;
    rec.updated_time = zohoTime();
    recompute(rec);
    return ok({}, 'Invoice has been written off.');
  });

  router.post(`${base}/:id/cancelwriteoff`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    if (!(rec.write_off_amount > 0)) throw fail(400, 1014, 'The invoice has not been written off.');
    rec.write_off_amount = 0;
    delete rec.write_off_reason;
    rec.status = 'sent';
    rec.updated_time = zohoTime();
    recompute(rec);
    return ok({}, 'The write off done for this invoice has been cancelled.');
  });

  router.put(`${base}/:id/address`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = bodyObject(ctx);
    if (!kit.isPlainObject(body.billing_address) && !kit.isPlainObject(body.shipping_address)) {
      throw fail(400, 4, 'Please enter a valid value for billing_address or shipping_address.');
    }
    if (kit.isPlainObject(body.billing_address)) rec.billing_address = { ...rec.billing_address, ...body.billing_address };
    if (kit.isPlainObject(body.shipping_address)) rec.shipping_address = { ...rec.shipping_address, ...body.shipping_address };
    rec.updated_time = zohoTime();
    return ok(
      { invoice_address: { invoice_id: rec.invoice_id, billing_address: clone(rec.billing_address), shipping_address: clone(rec.shipping_address) } },
      'Address has been updated.',
    );
  });

  router.post(`${base}/:id/credits`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = bodyObject(ctx);
    if (!Array.isArray(body.apply_creditnotes) || body.apply_creditnotes.length === 0) {
      throw fail(400, 4, 'Please enter a valid value for apply_creditnotes.');
    }
    if (rec.status === 'void' || rec.status === 'draft') throw fail(400, 1015, 'Credits can be applied only to open invoices.');
    const notes = ctx.state.creditnotes;
    let total = 0;
    const plan = body.apply_creditnotes.map((entry) => {
      if (!kit.isPlainObject(entry) || isBlank(entry.creditnote_id)) throw fail(400, 4, 'Please enter a valid value for creditnote_id.');
      const amount = Number(entry.amount_applied);
      if (!Number.isFinite(amount) || amount <= 0) throw fail(400, 2, 'Invalid value passed for amount_applied');
      const note = notes && notes.get(entry.creditnote_id);
      if (!note) throw fail(404, 1002, 'Credit note does not exist.');
      if (note.status !== 'open' || amount > Number(note.balance) + 1e-9) {
        throw fail(400, 1016, `The amount applied exceeds the available credits of ${note.creditnote_number}.`);
      }
      total += amount;
      return { note, amount };
    });
    if (total > rec.balance + 1e-9) throw fail(400, 1017, 'The amount applied exceeds the balance due of the invoice.');
    for (const { note, amount } of plan) {
      note.balance = round2(note.balance - amount);
      if (note.balance === 0) note.status = 'closed';
      note.invoices = [...(note.invoices || []), { invoice_id: rec.invoice_id, invoice_number: rec.invoice_number, amount }];
    }
    rec.credits_applied = round2(rec.credits_applied + total);
    rec.updated_time = zohoTime();
    recompute(rec);
    return ok(
      { apply_creditnotes: plan.map(({ note, amount }) => ({ creditnote_id: note.creditnote_id, amount_applied: amount })) },
      'Credits have been applied to the invoice(s).',
    );
  });

  router.post(`${base}/:id/lineitems`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const body = bodyObject(ctx);
    if (!Array.isArray(body.invoice_items) || body.invoice_items.length === 0) {
      throw fail(400, 4, 'Please enter a valid value for invoice_items.');
    }
    if (!['pending', 'draft'].includes(rec.status)) throw fail(400, 1018, 'Items can be added only to a pending invoice.');
    rec.invoice_items.push(...body.invoice_items.map((item) => lineItem(ctx.state.invoices, item, kit)));
    rec.updated_time = zohoTime();
    recompute(rec);
    return ok({ invoice: clone(rec) }, 'Items have been added to the invoice.');
  });

  router.delete(`${base}/:id/lineitems/:item_id`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    if (!['pending', 'draft'].includes(rec.status)) throw fail(400, 1018, 'Items can be deleted only from a pending invoice.');
    const index = rec.invoice_items.findIndex((i) => String(i.line_item_id) === ctx.params.item_id || String(i.item_id) === ctx.params.item_id);
    if (index < 0) throw fail(404, 1002, 'Line item does not exist.');
    rec.invoice_items.splice(index, 1);
    rec.updated_time = zohoTime();
    recompute(rec);
    return ok({}, 'The item has been deleted.');
  });

  router.post(`${base}/:id/attachment`, (ctx) => {
    const rec = findInvoice(ctx, kit);
    const parts = parseMultipart(ctx);
    if (!parts) throw fail(400, 2, 'The attachment must be sent as multipart/form-data.');
    const file = parts.find((p) => p.name === 'attachment' && p.fileName !== undefined);
    if (!file) throw fail(400, 4, 'Please attach a file (attachment).');
    const extension = (/\.([a-z0-9]+)$/i.exec(file.fileName) || [])[1];
    if (!extension || !ATTACHMENT_EXTENSIONS.includes(extension.toLowerCase())) {
      throw fail(400, 33003, `Attachments of type ${extension || 'unknown'} are not allowed (gif, png, jpeg, jpg, bmp, pdf).`);
    }
    const flag = parts.find((p) => p.name === 'can_send_in_mail');
    const canSend = flag ? flag.data.toString('utf8').trim() : undefined;
    if (canSend !== undefined && canSend !== 'true' && canSend !== 'false') {
      throw fail(400, 2, 'Invalid value passed for can_send_in_mail');
    }
    rec.has_attachment = true;
    rec.attachment_name = file.fileName;
    if (canSend !== undefined) rec.can_send_in_mail = canSend === 'true';
    rec.documents = [
      ...(rec.documents || []),
      {
        document_id: ctx.state.invoices.generateId(),
        file_name: file.fileName,
        file_type: extension.toLowerCase(),
        content_type: file.contentType,
        file_size: file.data.length,
        sha256: crypto.createHash('sha256').update(file.data).digest('hex'),
      },
    ];
    rec.updated_time = zohoTime();
    return ok({}, 'Your file has been successfully attached to the invoice.');
  });
}

module.exports = {
  modules: [
    {
      collection: 'invoices',
      path: 'invoices',
      idField: 'invoice_id',
      singular: 'invoice',
      plural: 'invoices',
      generic: false, // every route is in routes() below
      fields: [],
      defaults: {},
      notFound: NOT_FOUND,
      messages: {},
      sample: (i) => ({
        invoice_number: `INV-S${String(i + 1).padStart(5, '0')}`,
        date: '2025-01-15',
        due_date: '2025-01-30',
        status: 'sent',
        customer_id: '903000000000099',
        customer_name: 'Bowman Furniture',
        currency_code: 'USD',
        invoice_items: [{ line_item_id: `90300000090${String(i).padStart(4, '0')}`, product_id: '903000000045027', name: 'Basic', price: 100, quantity: 1, item_total: 100 }],
      }),
    },
  ],
  routes,
  // helpers for the other document modules (ignored by the emulator's module loader)
  documents: { minimalPdf, wantsPdf, pdfResponse, parseMultipart, checkEmails, completeInvoice, round2, isBlank },
};
