'use strict';
/**
 * Zoho Billing Quotes (OAS quotes.yml; Zoho's paths and keys say "estimates"): CRUD and list,
 * statuses (draft → sent → accepted / declined), email one or many (at most 10), email content,
 * bulk export and bulk print as one PDF (at most 25), PDF templates and comments.
 *
 * List: filter_by Status.{All|Sent|Draft|Invoiced|Accepted|Declined|Expired}, customer_id,
 * zcrm_potential_id, search_text (number, reference, customer name), sort_column + sort_order.
 */
const { documents } = require('./invoices');

const { minimalPdf, wantsPdf, pdfResponse, checkEmails, round2, isBlank } = documents;
const NOT_FOUND = { code: 1002, message: 'Quote does not exist.' };
const STATUS_FILTERS = {
  All: null,
  Sent: (r) => r.status === 'sent',
  Draft: (r) => r.status === 'draft',
  Invoiced: (r) => r.status === 'invoiced',
  Accepted: (r) => r.status === 'accepted',
  Declined: (r) => r.status === 'declined',
  Expired: (r) => r.status === 'expired',
};
const SORT_COLUMNS = ['customer_name', 'estimate_number', 'date', 'total', 'created_time'];
const TEMPLATES = [
  { template_id: '903000000000143', template_name: 'Standard', template_type: 'standard' },
  { template_id: '903000000000144', template_name: 'Spreadsheet', template_type: 'spreadsheet' },
];
const WRITABLE = [
  'customer_id', 'contact_persons', 'template_id', 'place_of_supply', 'gst_treatment', 'tax_treatment', 'gst_no',
  'estimate_number', 'reference_number', 'date', 'expiry_date', 'exchange_rate', 'discount', 'is_discount_before_tax',
  'discount_type', 'is_inclusive_tax', 'custom_body', 'custom_subject', 'salesperson_name', 'custom_fields', 'notes',
  'terms', 'shipping_charge', 'adjustment', 'adjustment_description', 'tax_id', 'tax_exemption_id',
  'tax_authority_id', 'vat_treatment', 'project_id', 'zcrm_potential_id',
];

function nextNumber(col) {
  col.numberSequence = (col.numberSequence || 0) + 1;
  return `EST-${String(col.numberSequence).padStart(5, '0')}`;
}

function quoteItem(col, item, kit) {
  if (!kit.isPlainObject(item)) throw kit.fail(400, 2, 'Invalid value passed for line_items');
  if (isBlank(item.item_id) && isBlank(item.name)) throw kit.fail(400, 4, 'Please enter a valid value for item_id.');
  const rate = item.rate === undefined ? 0 : Number(item.rate);
  if (!Number.isFinite(rate)) throw kit.fail(400, 2, 'Invalid value passed for rate');
  const quantity = item.quantity === undefined ? 1 : Number(item.quantity);
  if (!Number.isFinite(quantity) || quantity <= 0) throw kit.fail(400, 2, 'Invalid value passed for quantity');
  return { line_item_id: col.generateId(), ...item, rate, quantity, item_total: round2(rate * quantity - Number(item.discount_amount || 0)) };
}

function totals(rec) {
  rec.sub_total = round2(rec.line_items.reduce((n, i) => n + Number(i.item_total || 0), 0));
  rec.total = round2(rec.sub_total + Number(rec.shipping_charge || 0) + Number(rec.adjustment || 0));
}

function checkDates(body, kit) {
  for (const field of ['date', 'expiry_date']) {
    if (body[field] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(body[field]))) {
      throw kit.fail(400, 2, `Invalid value passed for ${field}`);
    }
  }
}

/** `estimate_ids` of the bulk routes: comma-separated, each an existing quote, at most `max`. */
function idsFrom(ctx, kit, max) {
  const raw = kit.queryValue(ctx.query, 'estimate_ids');
  if (isBlank(raw)) throw kit.fail(400, 4, 'Please enter a valid value for estimate_ids.');
  const ids = String(raw).split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length === 0) throw kit.fail(400, 4, 'Please enter a valid value for estimate_ids.');
  if (ids.length > max) throw kit.fail(400, 2, `A maximum of ${max} quotes can be processed at once.`);
  return ids.map((id) => {
    const rec = ctx.state.estimates.get(id);
    if (!rec) throw kit.fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return rec;
  });
}

function routes(router, kit) {
  const { API, ok, fail, bodyObject, checkRequired, clone, queryValue, zohoTime, zohoDate } = kit;
  const base = `${API}/estimates`;
  const find = (ctx) => {
    const rec = ctx.state.estimates.get(ctx.params.id);
    if (!rec) throw fail(404, NOT_FOUND.code, NOT_FOUND.message);
    return rec;
  };
  const addHistory = (ctx, rec, description, extra = {}) => {
    rec.comments = rec.comments || [];
    const comment = {
      comment_id: ctx.state.estimates.generateId(),
      estimate_id: rec.estimate_id,
      description,
      commented_by: 'Piper Owner',
      commented_by_id: '903000000000011',
      comment_type: 'system',
      date: zohoDate(),
      show_comment_to_clients: false,
      ...extra,
    };
    rec.comments.push(comment);
    return comment;
  };

  // fixed routes before the /:id ones (the router takes the first match)
  router.get(`${base}/templates`, () => ok({ templates: clone(TEMPLATES) }));

  router.post(`${base}/email`, (ctx) => {
    const quotes = idsFrom(ctx, kit, 10);
    for (const rec of quotes) {
      if (rec.status === 'draft') rec.status = 'sent';
      rec.is_emailed = true;
    }
    return ok({}, 'Mission accomplished! We\'ve sent all the quotes.');
  });

  router.get(`${base}/pdf`, (ctx) => {
    const quotes = idsFrom(ctx, kit, 25);
    return pdfResponse(minimalPdf(`Quotes ${quotes.map((q) => q.estimate_number).join(' ')}`), 'Quotes.pdf');
  });

  router.get(`${base}/print`, (ctx) => {
    const quotes = idsFrom(ctx, kit, 25);
    return pdfResponse(minimalPdf(`Print ${quotes.map((q) => q.estimate_number).join(' ')}`), 'Quotes-print.pdf', 'inline');
  });

  router.get(base, (ctx) => {
    let items = ctx.state.estimates.all();
    let applied = 'Status.All';
    const filterBy = queryValue(ctx.query, 'filter_by');
    if (filterBy !== undefined && filterBy !== '') {
      const [prefix, value] = String(filterBy).split('.');
      if (prefix !== 'Status' || !Object.prototype.hasOwnProperty.call(STATUS_FILTERS, value)) {
        throw fail(400, 2, 'Invalid value passed for filter_by');
      }
      if (STATUS_FILTERS[value]) items = items.filter(STATUS_FILTERS[value]);
      applied = filterBy;
    }
    for (const key of ['customer_id', 'zcrm_potential_id']) {
      const v = queryValue(ctx.query, key);
      if (v !== undefined && v !== '') items = items.filter((r) => String(r[key]) === String(v));
    }
    const search = queryValue(ctx.query, 'search_text');
    if (search) {
      const needle = String(search).toLowerCase();
      items = items.filter((r) =>
        [r.estimate_number, r.reference_number, r.customer_name].some((v) => String(v || '').toLowerCase().includes(needle)),
      );
    }
    const sortColumn = queryValue(ctx.query, 'sort_column');
    if (sortColumn !== undefined && sortColumn !== '') {
      if (!SORT_COLUMNS.includes(sortColumn)) throw fail(400, 2, 'Invalid value passed for sort_column');
      const order = String(queryValue(ctx.query, 'sort_order') || 'A').toUpperCase();
      if (order !== 'A' && order !== 'D') throw fail(400, 2, 'Invalid value passed for sort_order');
      items = [...items].sort((a, b) => {
        const x = sortColumn === 'total' ? Number(a.total) : String(a[sortColumn] || '');
        const y = sortColumn === 'total' ? Number(b.total) : String(b[sortColumn] || '');
        const c = x < y ? -1 : x > y ? 1 : 0;
        return order === 'A' ? c : -c;
      });
    }
    const summaries = items.map((r) => {
      const { line_items: _items, comments: _comments, ...summary } = r;
      return summary;
    });
    return kit.listResponse(ctx, summaries, { plural: 'estimates', reportName: 'Quotes', applied });
  });

  router.post(base, (ctx) => {
    const body = bodyObject(ctx);
    checkRequired(body, ['customer_id']);
    if (!Array.isArray(body.line_items) || body.line_items.length === 0) {
      throw fail(400, 4, 'Please enter a valid value for line_items.');
    }
    checkDates(body, kit);
    const col = ctx.state.estimates;
    const manual = String(queryValue(ctx.query, 'ignore_auto_number_generation')) === 'true';
    if (manual && isBlank(body.estimate_number)) throw fail(400, 4, 'Please enter a valid value for estimate_number.');
    const number = manual ? String(body.estimate_number) : nextNumber(col);
    if (col.find((r) => r.estimate_number === number)) throw fail(400, 1001, `Quote "${number}" already exists.`);
    const fields = {};
    for (const key of WRITABLE) if (body[key] !== undefined) fields[key] = clone(body[key]);
    const customers = ctx.state.customers;
    const customer = customers && typeof customers.get === 'function' ? customers.get(body.customer_id) : undefined;
    const send = String(queryValue(ctx.query, 'send')) === 'true';
    const rec = {
      ...fields,
      estimate_number: number,
      date: body.date || zohoDate(),
      status: send ? 'sent' : 'draft',
      customer_name: (customer && customer.display_name) || `Customer ${body.customer_id}`,
      currency_code: 'USD',
      line_items: body.line_items.map((item) => quoteItem(col, item, kit)),
      custom_fields: fields.custom_fields || [],
      template_id: fields.template_id || TEMPLATES[0].template_id,
      created_time: zohoTime(),
      last_modified_time: zohoTime(),
    };
    totals(rec);
    const stored = col.insert(rec);
    addHistory(ctx, stored, 'Quote created');
    const { comments: _c, ...out } = stored;
    return ok({ estimate: clone(out) }, 'Quote has been created.', 201);
  });

  const strip = (rec) => {
    const { comments: _c, ...out } = rec;
    return clone(out);
  };

  router.get(`${base}/:id`, (ctx) => {
    const rec = find(ctx);
    if (wantsPdf(ctx, kit)) return pdfResponse(minimalPdf(`Quote ${rec.estimate_number}`), `${rec.estimate_number}.pdf`);
    return ok({ estimate: strip(rec) });
  });

  router.put(`${base}/:id`, (ctx) => {
    const rec = find(ctx);
    const body = bodyObject(ctx);
    checkDates(body, kit);
    if (['invoiced'].includes(rec.status)) throw fail(400, 1006, 'Invoiced quotes cannot be edited.');
    if (body.estimate_number !== undefined && body.estimate_number !== rec.estimate_number && String(queryValue(ctx.query, 'ignore_auto_number_generation')) !== 'true') {
      throw fail(400, 4, 'Quote number cannot be changed while automatic numbering is on. Pass ignore_auto_number_generation=true.');
    }
    for (const key of WRITABLE) if (body[key] !== undefined) rec[key] = clone(body[key]);
    if (body.line_items !== undefined) {
      if (!Array.isArray(body.line_items) || body.line_items.length === 0) throw fail(400, 4, 'Please enter a valid value for line_items.');
      rec.line_items = body.line_items.map((item) => quoteItem(ctx.state.estimates, item, kit));
    }
    totals(rec);
    rec.last_modified_time = zohoTime();
    return ok({ estimate: strip(rec) }, 'Quote information has been updated.');
  });

  router.delete(`${base}/:id`, (ctx) => {
    find(ctx);
    ctx.state.estimates.remove(ctx.params.id);
    return ok({}, 'The quote has been deleted.');
  });

  const transition = (path, from, to, message, wrong) => {
    router.post(`${base}/:id/status/${path}`, (ctx) => {
      const rec = find(ctx);
      if (!from.includes(rec.status)) throw fail(400, 1007, wrong);
      rec.status = to;
      if (to === 'accepted') rec.accepted_date = zohoDate();
      if (to === 'declined') rec.declined_date = zohoDate();
      rec.last_modified_time = zohoTime();
      addHistory(ctx, rec, `Quote marked as ${to}`);
      return ok({}, message);
    });
  };
  transition('sent', ['draft'], 'sent', 'Quote status has been changed to Sent.', 'Only a draft quote can be marked as sent.');
  transition('accepted', ['sent', 'declined'], 'accepted', 'Quote status has been changed to Accepted.', 'Only a sent quote can be marked as accepted.');
  transition('declined', ['sent', 'accepted'], 'declined', 'Quote status has been changed to Declined.', 'Only a sent quote can be marked as declined.');

  router.post(`${base}/:id/email`, (ctx) => {
    const rec = find(ctx);
    const body = bodyObject(ctx); // optional: without it Zoho sends its default email
    checkEmails(fail, body.to_mail_ids, 'to_mail_ids', false);
    checkEmails(fail, body.cc_mail_ids, 'cc_mail_ids', false);
    if (rec.status === 'draft') rec.status = 'sent';
    rec.is_emailed = true;
    addHistory(ctx, rec, `Quote emailed to ${(body.to_mail_ids || ['the customer']).join(', ')}`);
    return ok({}, 'Your quote has been sent.');
  });

  router.get(`${base}/:id/email`, (ctx) => {
    const rec = find(ctx);
    const templateId = queryValue(ctx.query, 'email_template_id');
    if (templateId !== undefined && templateId !== '' && !/^\d+$/.test(String(templateId))) {
      throw fail(400, 2, 'Invalid value passed for email_template_id');
    }
    return ok(
      {
        body: `Dear ${rec.customer_name},<br>Thank you for your business enquiry. Please find attached quote ${rec.estimate_number}.`,
        error_list: [],
        subject: `Quote - ${rec.estimate_number} from Zillum Inc`,
        emailtemplates: [{ email_template_id: templateId || '903000000000150', name: 'Default', selected: true }],
        to_contacts: [{ first_name: rec.customer_name, selected: true, email: 'customer@example.com', contact_person_id: '903000000000201' }],
        file_name: `${rec.estimate_number}.pdf`,
        from_emails: [{ user_name: 'Piper Owner', selected: true, email: 'owner@zillum.com' }],
        customer_id: rec.customer_id,
      },
      'success',
    );
  });

  router.put(`${base}/:id/templates/:template_id`, (ctx) => {
    const rec = find(ctx);
    if (!TEMPLATES.some((t) => t.template_id === ctx.params.template_id)) throw fail(404, 1002, 'Template does not exist.');
    rec.template_id = ctx.params.template_id;
    rec.template_name = TEMPLATES.find((t) => t.template_id === ctx.params.template_id).template_name;
    rec.last_modified_time = zohoTime();
    return ok({}, 'Quote information has been updated.');
  });

  router.get(`${base}/:id/comments`, (ctx) => ok({ comments: clone(find(ctx).comments || []) }));

  router.post(`${base}/:id/comments`, (ctx) => {
    const rec = find(ctx);
    const body = bodyObject(ctx);
    checkRequired(body, ['description']);
    addHistory(ctx, rec, String(body.description), {
      comment_type: 'internal',
      show_comment_to_clients: body.show_comment_to_clients === true,
    });
    return ok({}, 'Comments added.');
  });

  router.put(`${base}/:id/comments/:comment_id`, (ctx) => {
    const rec = find(ctx);
    const body = bodyObject(ctx);
    const comment = (rec.comments || []).find((c) => c.comment_id === ctx.params.comment_id);
    if (!comment) throw fail(404, 1002, 'Comment does not exist.');
    if (comment.comment_type === 'system') throw fail(400, 1019, 'History entries cannot be edited.');
    if (body.description !== undefined) {
      if (isBlank(body.description)) throw fail(400, 4, 'Please enter a valid value for description.');
      comment.description = String(body.description);
    }
    if (body.show_comment_to_clients !== undefined) comment.show_comment_to_clients = body.show_comment_to_clients === true;
    return ok({ comment: clone(comment) }, 'Comment has been updated.');
  });

  router.delete(`${base}/:id/comments/:comment_id`, (ctx) => {
    const rec = find(ctx);
    const index = (rec.comments || []).findIndex((c) => c.comment_id === ctx.params.comment_id);
    if (index < 0) throw fail(404, 1002, 'Comment does not exist.');
    rec.comments.splice(index, 1);
    return ok({}, 'The comment has been deleted.');
  });
}

module.exports = {
  modules: [
    {
      collection: 'estimates',
      path: 'estimates',
      idField: 'estimate_id',
      singular: 'estimate',
      plural: 'estimates',
      generic: false, // every route is in routes() above
      fields: [],
      defaults: {},
      notFound: NOT_FOUND,
      messages: {},
      sample: (i) => ({
        estimate_number: `EST-S${String(i + 1).padStart(4, '0')}`,
        date: '2025-01-10',
        expiry_date: '2025-02-10',
        status: 'draft',
        customer_id: '903000000000099',
        customer_name: 'Bowman Furniture',
        reference_number: `REF-${i + 1}`,
        currency_code: 'USD',
        line_items: [{ line_item_id: `90300000080${String(i).padStart(4, '0')}`, item_id: '903000000070001', name: 'Hard Drive', rate: 120, quantity: 1, item_total: 120 }],
        sub_total: 120,
        total: 120,
        custom_fields: [],
        comments: [],
      }),
    },
  ],
  routes,
};
